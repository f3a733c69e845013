package org.laststruggle.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's date rules (and its rule against a quote cited twice on one item), run by the check alone (no database) on copies of the curation with one thing put back
 * the way it was before the rules: each must be reported with its file and line.
 */
class CurationDateRulesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copy() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/curation"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private List<String> checkWith(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), "fixture: " + from);
        Files.writeString(p, text.replace(from, to));
        return CurationCheck.run(dir, Path.of("db/sources")).problems().stream().map(Problem::toString).toList();
    }

    private static int line(Path file, String marker) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker);
    }

    private static void assertOne(List<String> problems, String where, String text) {
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(where) && problems.get(0).contains(text), problems.get(0));
    }

    @Test
    void theCurationHasNoProblem() {
        assertEquals(List.of(), CurationCheck.run(Path.of("db/curation"), Path.of("db/sources")).problems());
    }

    @Test
    void aQuoteCitedTwiceOnOneItemIsReported() throws IOException {
        // it would give the item two identical annotations (and two equal citations in the API)
        String cite = "      - source: pathfinder-1975\n        quote: \"in the course of a meeting in November, Ordzhonikdze"
                + " went so far as to physically attack Kabanidze, one of the Georgian opposition leaders.\"\n";
        List<String> problems = checkWith("events.yaml", cite, cite + cite);
        int first = line(dir.resolve("events.yaml"), "in the course of a meeting in November, Ordzhonikdze");
        assertOne(problems, "events.yaml:" + (first + 2) + ":", "the same quote of pathfinder-1975 is cited twice here");
    }

    @Test
    void aDisputedDateWithNoPreferredSideMustHoldEveryClaim() throws IOException {
        // the first stroke as it was: one exact day, 26 May, where the sources also say 25 May
        List<String> problems = checkWith("events.yaml", "date: \"[1922-05-25,1922-05-26]\"", "date: \"1922-05-26\"");
        assertOne(problems, "events.yaml:" + line(dir.resolve("events.yaml"), "date: \"1922-05-26\""),
                "has no preferred claim and its claims 1922-05-25 lie outside that date; a disputed date must hold every"
                        + " claimed date: write the set [1922-05-25,1922-05-26]");
    }

    @Test
    void aDisputedDateWithAPreferredSideMustAgreeWithIt() throws IOException {
        List<String> problems = checkWith("documents.yaml", "date: \"1923-03-06\"\n    dateLabel: \"March 6, 1923\"",
                "date: \"1923-03-05\"\n    dateLabel: \"March 5, 1923\"");
        assertOne(problems, "documents.yaml:", "letter-to-mdivani-makharadze-1923-03-06 is dated 1923-03-05, but the preferred"
                + " claim of dispute 'date-of-letter-to-mdivani-makharadze' is 1923-03-06");
    }

    @Test
    void aDisputeAboutADateNeedsDatedClaimsAndAKnownField() throws IOException {
        List<String> problems = checkWith("disputes.yaml", "id: lenin-first-stroke-1922-05-26, field: date }",
                "id: lenin-first-stroke-1922-05-26, field: day }");
        assertOne(problems, "disputes.yaml:", "unknown subject field 'day'");
        copy();
        problems = checkWith("disputes.yaml", "        value: \"1922-05-25\"", "        value: the day before");
        assertOne(problems, "disputes.yaml:", "each claim's value must be an EDTF date, found 'the day before'");
    }

    @Test
    void aLabelHoldsOnlyTheDate() throws IOException {
        List<String> problems = checkWith("documents.yaml",
                "dateLabel: \"December 24, 1922\"\n    dateNote: \"Headed “Continuation of the notes.”\"",
                "dateLabel: \"Continuation of the notes. December 24, 1922\"");
        assertOne(problems, "documents.yaml:", "holds more than the date (\"Continuation of the notes\")");
    }

    @Test
    void theEdtfMustMatchItsLabel() throws IOException {
        List<String> problems = checkWith("events.yaml", "date: \"1922/1923\"\n    dateLabel: 1922-23",
                "date: \"1922\"\n    dateLabel: 1922-23");
        assertOne(problems, "events.yaml:", "the label \"1922-23\" names 1922-01-01 to 1923-12-31, which the EDTF 1922 does"
                + " not hold");
        copy();
        problems = checkWith("congresses.yaml", "date: \"1922-01/1922-03~\"\n    dateLabel: beginning of 1922",
                "date: \"1922\"\n    dateLabel: beginning of 1922");
        assertOne(problems, "congresses.yaml:", "the EDTF 1922 is wider than its label \"beginning of 1922\"");
    }

    @Test
    void aMisreadingMustBeInASourceAndNotAName() throws IOException {
        List<String> problems = checkWith("persons.yaml", "misreadings: [\"Stain\"", "misreadings: [\"Stalinx\", \"Stain\"");
        assertOne(problems, "persons.yaml:", "misreading 'Stalinx' of stalin occurs in no source");
    }
}
