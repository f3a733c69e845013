package org.laststruggle.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Loads deliberately broken copies of the curation into the running service and checks that
 * every problem is reported with file, line and reason, and that the served data is unchanged.
 */
@QuarkusTest
class CurationLoaderTest {

    @Inject
    CurationService curation;

    @TempDir
    Path dir;

    private String versionBefore;
    private String kamenevBefore;

    @BeforeEach
    void copyCuration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/curation"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        versionBefore = curation.dataVersion();
        kamenevBefore = given().get("/api/v1/sources").then().statusCode(200).extract().asString();
    }

    @AfterEach
    void restore() {
        assertEquals("unchanged", curation.loadIfChanged().state());
    }

    private CurationService.Status loadWith(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
        return curation.load(dir, null);
    }

    private void assertUnchangedAndNotReady(CurationService.Status s) {
        assertEquals("failed", s.state());
        assertEquals(versionBefore, curation.dataVersion(), "the previous data is still served");
        assertEquals(kamenevBefore, given().get("/api/v1/sources").then().statusCode(200).extract().asString());
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }

    private static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) return i + 1;
        }
        throw new IllegalArgumentException(marker);
    }

    private static void assertProblem(List<String> problems, String expectedPrefix, String expectedText) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expectedPrefix) && p.contains(expectedText)),
                "expected '" + expectedPrefix + " ... " + expectedText + "' in\n" + String.join("\n", problems));
    }

    static final String BROKEN = """
            persons:
              - id: kamenev
                name: A second Kamenev
                sortName: Kamenev, again
                summary: Defined twice on purpose.
                citations:
                  - source: pathfinder-1975
                    quote: "Kamenev"
            events:
              - id: broken-impossible-date
                title: An event on a day that never was
                type: meeting
                date: "1923-02-29"
                citations:
                  - source: pathfinder-1975
                    quote: "Comrade Stalin, having become general secretary, has unlimited power in his hands"
              - id: broken-missing-title
                type: meeting
                date: "1922-12"
                persons:
                  - { id: nobody-at-all, role: subject }
                citations:
                  - source: pathfinder-1975
                    quote: "zqxv wpfk blorft gnarq"
              - id: broken-malformed-date
                title: A date in words
                type: meeting
                date: "December 1922"
                citations:
                  - source: nowhere-1999
                    quote: "anything"
            documents:
              - id: broken-part-outside
                title: A part dated after its whole
                kind: note
                partOf: letter-to-the-congress
                date: "1925-01-01"
                citations:
                  - source: pathfinder-1975
                    quote: "Comrade Stalin, having become general secretary, has unlimited authority concentrated in his hands"
            """;

    @Test
    void shouldReportEveryProblemWithFileLineAndReasonAndKeepTheServedData() throws IOException {
        CurationService.Status s = loadWith("zz-broken.yaml", BROKEN);
        List<String> p = s.problems();
        String f = "zz-broken.yaml:";
        assertProblem(p, f + lineOf(BROKEN, "id: kamenev") + ":", "duplicate id 'kamenev': already defined at persons.yaml:");
        assertProblem(p, f + lineOf(BROKEN, "quote: \"Kamenev\"") + ":", "quote occurs");
        assertProblem(p, f + lineOf(BROKEN, "quote: \"Kamenev\"") + ":", "add 'occurrence: N' or 'after:");
        assertProblem(p, f + lineOf(BROKEN, "1923-02-29") + ":", "bad date '1923-02-29'");
        assertProblem(p, f + lineOf(BROKEN, "has unlimited power") + ":", "quote not found in pathfinder-1975");
        assertProblem(p, f + lineOf(BROKEN, "has unlimited power") + ":", "closest passage pathfinder-1975-");
        assertProblem(p, f + lineOf(BROKEN, "id: broken-missing-title") + ":", "missing required field 'title'");
        assertProblem(p, f + lineOf(BROKEN, "nobody-at-all") + ":", "unknown reference 'nobody-at-all'");
        assertProblem(p, f + lineOf(BROKEN, "zqxv wpfk") + ":", "no passage of that source resembles it");
        assertProblem(p, f + lineOf(BROKEN, "December 1922") + ":", "bad date 'December 1922'");
        assertProblem(p, f + lineOf(BROKEN, "quote: \"anything\"") + ":", "unknown source 'nowhere-1999'");
        assertProblem(p, f + lineOf(BROKEN, "1925-01-01") + ":", "outside its whole 'letter-to-the-congress'");
        assertEquals(10, p.size(), String.join("\n", p));
        assertUnchangedAndNotReady(s);
    }

    @Test
    void shouldReportYamlSyntaxErrorsWithTheirLine() throws IOException {
        String yaml = "persons:\n  - id: broken\n    name: \"unclosed\n    summary: x\n";
        CurationService.Status s = loadWith("zz-syntax.yaml", yaml);
        assertProblem(s.problems(), "zz-syntax.yaml:", "YAML syntax");
        assertUnchangedAndNotReady(s);
    }

    @Test
    void shouldReportUnknownFieldsAndAmbiguityResolvedByOccurrence() throws IOException {
        String yaml = """
                bodies:
                  - id: test-body
                    name: A body
                    kind: party-organ
                    colour: red
                    citations:
                      - source: pathfinder-1975
                        quote: "Kamenev"
                        occurrence: 2
                """;
        CurationService.Status s = loadWith("zz-fields.yaml", yaml);
        assertEquals(1, s.problems().size(), String.join("\n", s.problems()));
        assertProblem(s.problems(), "zz-fields.yaml:5:", "unknown field 'colour' in a body");
        assertUnchangedAndNotReady(s);
    }

    @Test
    void shouldDoNothingWhenTheCurationIsUnchanged() {
        CurationService.Status s = curation.load(dir, null);
        assertEquals("unchanged", s.state());
        assertEquals(versionBefore, curation.dataVersion());
    }

    @Test
    void shouldLoadAValidEditAndServeIt() throws IOException {
        String yaml = """
                bodies:
                  - id: test-body-loaded
                    name: A body loaded by a test
                    kind: other
                    citations:
                      - source: pathfinder-1975
                        quote: "Kamenev"
                        occurrence: 3
                """;
        CurationService.Status s = loadWith("zz-valid.yaml", yaml);
        assertEquals("loaded", s.state(), String.join("\n", s.problems()));
        assertTrue(!versionBefore.equals(curation.dataVersion()), "a new data version");
        given().get("/q/health/ready").then().statusCode(200);
        // the next load of the bundled files (in restore()) replaces it again
        assertEquals("loaded", curation.loadIfChanged().state());
        assertEquals(versionBefore, curation.dataVersion());
    }
}
