package org.laststruggle.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.laststruggle.curation.Curation.Loc;
import org.laststruggle.curation.Curation.PersonIn;

/**
 * The rule that every person listed on an event is named in one of the event's own quotes (or, as author,
 * recipient or secretary, in a document of the event that records the role), run by the check alone on copies of
 * the curation with one thing changed: each violation is reported with its file and line.
 */
class CurationPersonsNamedTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copy() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/curation"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private List<String> checkWith(String from, String to) throws IOException {
        Path p = dir.resolve("events.yaml");
        String text = Files.readString(p);
        assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, "fixture occurs once: " + from);
        Files.writeString(p, text.replace(from, to));
        return CurationCheck.run(dir, Path.of("db/sources")).problems().stream().map(Problem::toString).toList();
    }

    private int line(String marker) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("events.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker);
    }

    private static final String GOSPLAN_NOTE = "      - { id: fotieva, role: secretary }\n"
            + "      - { id: krzhizhanovsky, role: subject }\n      - { id: pyatakov, role: subject }\n";

    @Test
    void everyEventNamesEachOfItsPersonsInItsQuotes() {
        assertEquals(List.of(), CurationCheck.run(Path.of("db/curation"), Path.of("db/sources")).problems().stream()
                .filter(p -> p.message().contains("none of its quotes names")).toList());
    }

    @Test
    void aPersonNoQuoteNamesIsReportedAtItsLine() throws IOException {
        // the review's fault: a person listed as taking part in an event the quotes do not put him in
        List<String> problems = checkWith(GOSPLAN_NOTE, GOSPLAN_NOTE + "      - { id: zinoviev, role: participant }\n");
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertEquals("events.yaml:" + line("{ id: zinoviev, role: participant }") + ": event"
                + " 'lenin-dictates-gosplan-notes-1922-12-28' lists zinoviev (role participant) but none of its quotes names"
                + " him or her (Grigory Yevseyevich Zinoviev, Zinoviev, G. Y. Zinoviev, Grigory Zinoviev, Comrade Zinoviev,"
                + " ZINOVIEV. Grigory Y.); quote the sentence that says what zinoviev did, or remove the person",
                problems.get(0));
    }

    @Test
    void aSecretaryIsCarriedByTheEventsDocumentOnlyInThatRole() throws IOException {
        // Fotieva is not named in the note's quotes ("Taken down by L.F."), but the note records her in dictatedTo
        List<String> problems = checkWith(GOSPLAN_NOTE, GOSPLAN_NOTE.replace("role: secretary", "role: participant"));
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("events.yaml:" + line("{ id: fotieva, role: participant }") + ": event"
                + " 'lenin-dictates-gosplan-notes-1922-12-28' lists fotieva (role participant)"), problems.get(0));
        copy();
        // without the documents that record them, the author and secretary roles have nothing to rest on
        problems = checkWith("    documents: [granting-legislative-functions-to-gosplan-1922-12-28, granting-legislative-functions-to-gosplan]\n",
                "");
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("lists lenin (role author)")
                && problems.get(0).endsWith("(or list a document whose authors holds lenin)"), problems.get(0));
        assertTrue(problems.get(1).contains("lists fotieva (role secretary)")
                && problems.get(1).endsWith("(or list a document whose dictatedTo holds fotieva)"), problems.get(1));
    }

    @Test
    void aNameIsFoundAsAWholeWordIgnoringCaseAndLineBreaks() {
        PersonIn trotsky = person("trotsky", "Leon Trotsky", "Trotsky", "L.D. Trotsky");
        PersonIn lenin = person("lenin", "Vladimir Ilyich Lenin", "Lenin");
        assertTrue(CurationValidator.namedIn(trotsky, CurationValidator.namingForm("a letter from Comrade\n   TROTSKY’s office")));
        assertTrue(CurationValidator.namedIn(trotsky, CurationValidator.namingForm("Leon\nTrotsky wrote")));
        assertTrue(CurationValidator.namedIn(lenin, CurationValidator.namingForm("the Lenin-Trotsky partnership")));
        assertFalse(CurationValidator.namedIn(lenin, CurationValidator.namingForm("a defence of Leninism")));
        assertFalse(CurationValidator.namedIn(trotsky, CurationValidator.namingForm("Trotskyism")));
    }

    private static PersonIn person(String id, String name, String... variants) {
        return new PersonIn(id, name, name, List.of(variants), List.of(), null, null, "", List.of(), new Loc("persons.yaml", 1));
    }
}
