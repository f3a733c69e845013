package org.laststruggle.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application is killed (SIGKILL) while it writes an edited curation over data it
 * loaded before. The database, inspected right after, holds one complete version: the previous
 * one (the write was cut off and rolled back) or, if the write had already committed, the new
 * one, with exactly the counts recorded for it. Never a mix. A restart then serves the data.
 */
class CurationKillIT {

    private static final Pattern PG_PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void shouldNeverLeaveAHalfReplacedDatabaseWhenKilledDuringALoad() throws Exception {
        Path data = tmp.resolve("pgdata");
        Path edited = tmp.resolve("curation");
        Files.createDirectories(edited);
        try (Stream<Path> files = Files.list(Path.of("db/curation"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, edited.resolve(f.getFileName()));
            }
        }
        Files.writeString(edited.resolve("zz-edit.yaml"), """
                bodies:
                  - id: body-added-by-an-edit
                    name: A body added by an edit
                    kind: other
                    citations:
                      - source: pathfinder-1975
                        quote: "Kamenev"
                        occurrence: 3
                """);

        // 1. a first start loads the bundled curation, then stops cleanly
        Process first = start(data, null);
        String pgPort = waitFor(first, PG_PORT, "Listening on");
        Map<String, Long> oldCounts;
        String oldHash;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                "postgres", "postgres")) {
            oldCounts = counts(c);
            oldHash = hash(c);
        }
        first.destroy();
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        boolean previous;
        // 2. the edited curation is being written when the process is killed
        Process second = start(data, edited);
        String port2 = waitFor(second, PG_PORT, "Writing curated data");
        second.destroyForcibly();
        assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        assertNotNull(port2);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port2 + "/postgres",
                "postgres", "postgres")) {
            waitForNoLoader(c);
            Map<String, Long> counts = counts(c);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select counts from curation_state")) {
                assertTrue(rs.next(), "a version is recorded");
                String recorded = rs.getString(1);
                for (Map.Entry<String, Long> e : counts.entrySet()) {
                    assertTrue(recorded.contains("\"" + e.getKey() + "\":" + e.getValue()),
                            e.getKey() + " has " + e.getValue() + " rows but the recorded version says " + recorded);
                }
            }
            previous = oldHash.equals(hash(c));
            Map<String, Long> expected = new LinkedHashMap<>(oldCounts);
            if (!previous) {
                expected.merge("bodies", 1L, Long::sum);
            }
            assertEquals(expected, counts, "exactly the rows of one complete version");
            assertEquals(previous ? 0 : 1, scalar(c, "select count(*) from body where id = 'body-added-by-an-edit'"));
            System.out.println("CurationKillIT: after the kill the database holds the "
                    + (previous ? "previous version (the write was rolled back)" : "new version (the write had committed)"));
        } finally {
            stopOrphanPostgres(data);
        }

        // 3. a restart on the same data serves the bundled curation again
        Process third = start(data, null);
        String state = waitFor(third, Pattern.compile("Curated data (unchanged|loaded)"), "Listening on");
        third.destroy();
        assertTrue(third.waitFor(60, TimeUnit.SECONDS));
        assertEquals(previous ? "unchanged" : "loaded", state,
                "the restart finds the bundled version intact, or replaces the complete new one");
    }

    private static Process start(Path data, Path curation) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true);
        pb.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        pb.environment().put("LASTSTRUGGLE_EMBEDDED_POSTGRES_DATA_DIR", data.toString());
        pb.environment().put("QUARKUS_HTTP_PORT", "0");
        if (curation != null) {
            pb.environment().put("LASTSTRUGGLE_DATA_CURATION_DIR", curation.toString());
        }
        return pb.start();
    }

    /** Reads the process output until {@code until} appears; returns the first group of {@code capture}. */
    private static String waitFor(Process p, Pattern capture, String until) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String captured = null;
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        for (String line; (line = r.readLine()) != null;) {
            seen.append(line).append('\n');
            Matcher m = capture.matcher(line);
            if (m.find()) captured = m.group(1);
            if (line.contains(until)) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // keep the pipe flowing
                        }
                    } catch (Exception ignored) {
                        // process gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return captured;
            }
            if (System.nanoTime() > deadline) break;
        }
        throw new AssertionError("never saw '" + until + "' in:\n" + seen);
    }

    private static void waitForNoLoader(Connection c) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (scalar(c, "select count(*) from pg_stat_activity where application_name = 'last-struggle'"
                    + " and pid <> pg_backend_pid()") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the killed application's sessions never ended");
    }

    private static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("sources", scalar(c, "select count(*) from source"));
        out.put("passages", scalar(c, "select count(*) from passage"));
        out.put("bodies", scalar(c, "select count(*) from body"));
        out.put("persons", scalar(c, "select count(*) from person"));
        out.put("congresses", scalar(c, "select count(*) from congress"));
        out.put("documents", scalar(c, "select count(*) from document"));
        out.put("events", scalar(c, "select count(*) from event"));
        out.put("disputes", scalar(c, "select count(*) from dispute"));
        out.put("citations", scalar(c, "select count(*) from citation"));
        return out;
    }

    private static String hash(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select content_hash from curation_state")) {
            assertTrue(rs.next(), "a version is recorded");
            return rs.getString(1);
        }
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The killed application could not stop its embedded server: stop it through its pid file. */
    private static void stopOrphanPostgres(Path data) throws Exception {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        for (int i = 0; i < 100 && Files.exists(pidFile); i++) {
            Thread.sleep(100);
        }
    }
}
