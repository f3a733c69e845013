package org.laststruggle.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Browser tests against the packaged application: headless Chromium (Debian's package) driven by node scripts
 * under src/test/browser with playwright-core from npm (installed into target/npm, see npm-packages).
 * <ul>
 * <li>compat-test.mjs: GET /api/v1/timeline?format=timelinejs and ?format=vis with no other parameter (the whole
 * chronology, one document each), rendered by TimelineJS3 and
 * vis-timeline; every item fed has its marker / item element, no console error.</li>
 * <li>ui-test.mjs: the page at /: loads, filters change what is shown, a citation opens its passage with the quote
 * in a mark, Escape closes it; screenshots at 390x844 and 1440x900 into target/screenshots.</li>
 * </ul>
 * Without Chromium the tests are skipped with a message, except when the environment variable CI is set: there they
 * fail (run .ci/install-browser-deps first).
 */
@QuarkusIntegrationTest
class BrowserIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SCRIPTS = ROOT.resolve("src/test/browser");
    private static final Path NPM = ROOT.resolve("target/npm");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Pattern SUMMARY = Pattern.compile("(?m)^\\w+: (\\d+) passed, (\\d+) failed$");

    @TestHTTPResource("/")
    URL url;

    private static boolean npmReady;

    /** Each test is skipped (with this reason) or failed under CI when Chromium is missing. */
    @BeforeEach
    void browserInstalled() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser tests need Chromium at " + CHROMIUM + " (run .ci/install-browser-deps)";
            if (ci) {
                fail(message + "; CI is set, so they may not be skipped");
            }
            System.out.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        if (!npmReady) {
            installNpmPackages();
            npmReady = true;
        }
    }

    private static void installNpmPackages() throws Exception {
        if (!Files.exists(NPM.resolve("node_modules/playwright-core/package.json"))
                || !Files.exists(NPM.resolve("node_modules/@knight-lab/timelinejs/package.json"))
                || !Files.exists(NPM.resolve("node_modules/vis-timeline/package.json"))) {
            List<String> cmd = new ArrayList<>(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund",
                    "--prefix", NPM.toString()));
            for (String line : Files.readAllLines(SCRIPTS.resolve("npm-packages"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cmd.add(line.trim());
                }
            }
            Files.createDirectories(NPM);
            Result r = run(cmd, 600);
            assertEquals(0, r.exit, "npm install of the browser test packages failed:\n" + r.output);
        }
    }

    @Test
    void timelineJsAndVisTimelineRenderEveryItemOfOurFeeds() throws Exception {
        assertPassed(node("compat-test.mjs"), 10);
    }

    @Test
    void thePageFiltersAndOpensCitedPassages() throws Exception {
        assertPassed(node("ui-test.mjs"), 30);
    }

    private Result node(String script) throws IOException, InterruptedException {
        return run(List.of("node", SCRIPTS.resolve(script).toString(), url.toString()), 300);
    }

    private static void assertPassed(Result r, int atLeast) {
        Matcher m = SUMMARY.matcher(r.output);
        assertTrue(m.find(), "no summary line in the output:\n" + r.output);
        int passed = Integer.parseInt(m.group(1));
        int failed = Integer.parseInt(m.group(2));
        assertEquals(0, failed, "browser checks failed:\n" + r.output);
        assertTrue(passed >= atLeast, "only " + passed + " checks ran:\n" + r.output);
        assertEquals(0, r.exit, "the script exited with " + r.exit + ":\n" + r.output);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("SCREENSHOT_DIR", ROOT.resolve("target/screenshots").toString());
        pb.environment().put("CHROMIUM", CHROMIUM.toString());
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                byte[] all = p.getInputStream().readAllBytes();
                synchronized (out) {
                    out.append(new String(all, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process died; its exit code tells
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            reader.join(5000);
            fail(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s:\n" + out);
        }
        reader.join(10000);
        String output;
        synchronized (out) {
            output = out.toString();
        }
        System.out.println("---- " + String.join(" ", cmd) + "\n" + output);
        return new Result(p.exitValue(), output);
    }
}
