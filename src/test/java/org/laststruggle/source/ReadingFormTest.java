package org.laststruggle.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Soft against real hyphens at the line ends of the book, decided from the corpus, on the cases found in it (every
 * decision not backed by the same word elsewhere was read by hand; these are the ones a rule could get wrong).
 */
class ReadingFormTest {

    static List<SourceCatalog.SourceText> catalog;
    static ReadingForm reading;
    static String book;

    @BeforeAll
    static void corpus() {
        catalog = SourceCatalog.read(Path.of("db/sources"));
        reading = SourceCatalog.readingForm(catalog);
        book = catalog.stream().filter(s -> s.id().equals("pathfinder-1975")).findFirst().orElseThrow().text();
    }

    /** Columns: the raw text up to the hyphen (unique in the book) | reading | soft | evidence. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            come to an ar-                         | arrangement             | true  | JOINED_ELSEWHERE
            another of Lenin’s secreta-            | secretaries             | true  | JOINED_ELSEWHERE
            stand up for my views on the foreign-  | foreign-trade           | false | HYPHENATED_ELSEWHERE
            If it had been felt necessary to violate the principle of self- | self-determination | false | HYPHENATED_ELSEWHERE
            posed a limited, but well-             | well-defined            | false | HYPHEN_PREFIX
            the letter “T’’(Tovar-                 | Tovarishch              | true  | JOINED_STEM
            """)
    void decidesFromTheCorpus(String before, String read, boolean soft, String evidence) {
        int at = book.indexOf(before);
        assertTrue(at >= 0 && book.indexOf(before, at + 1) < 0, "unique: " + before);
        int hyphen = at + before.length() - 1;
        ReadingForm.Decision d = reading.decide(book, hyphen);
        assertEquals(soft, d.soft(), d.toString());
        assertEquals(evidence, d.evidence().name(), d.toString());
        String word = d.left() + (soft ? "" : "-") + d.right();
        assertEquals(read, word.replace("’", "").substring(0, Math.min(word.length(), read.length())));
        assertTrue(reading.read(book, at, hyphen + 40).contains(read), reading.read(book, at, hyphen + 40));
    }

    @Test
    void rulesWithoutTheSameWordElsewhere() {
        ReadingForm r = ReadingForm.of(List.of("actually especially really finally usually generally totally naturally"
                + " formally legally orally ideally ultra-left well-known the petty world the trade foreign"));
        assertEquals(ReadingForm.Evidence.COMMON_ENDING, r.decide("accident-\nally", 8).evidence());
        assertTrue(r.decide("accident-\nally", 8).soft());
        assertEquals(ReadingForm.Evidence.CAPITAL, r.decide("Anti-\nStalin", 4).evidence());
        assertFalse(r.decide("ultra-\nworld", 5).soft(), "ultra- is written with a hyphen elsewhere");
        assertEquals(ReadingForm.Evidence.TWO_WORDS, r.decide("foreign-\ntrade", 7).evidence());
        assertEquals(ReadingForm.Evidence.DEFAULT_SOFT, r.decide("incap-\nable", 5).evidence());
        assertEquals("incapable", ReadingForm.read("incap-\nable", Set.of(5)));
        assertEquals("foreign-trade", ReadingForm.read("foreign- \n trade", Set.of()));
    }

    @Test
    void theReadingFormOfASpan() {
        assertEquals("Stalin is too rude", ReadingForm.read("Stalin is too \n  rude ", Set.of()));
        assertEquals("find—it", ReadingForm.read("find—\nit", Set.of()));
        assertEquals("pp. 712- 18).", ReadingForm.read("pp. 712-\n18).", Set.of()));
        // a hyphen with a blank line after it (double-spaced text) is still a line-end hyphen
        assertEquals("secretaries", ReadingForm.read("secreta-\n\nries", Set.of(7)));
        int at = book.indexOf("I have also come to an ar-");
        assertEquals("I have also come to an arrangement with Trotsky to stand up for my views on the foreign-trade"
                + " monopoly.", reading.read(book, at, book.indexOf("monopoly.", at) + 9));
    }

    @Test
    void everyPassageReadsAsItsDecisionsSay() {
        int soft = 0;
        int real = 0;
        for (SourceCatalog.SourceText s : catalog) {
            for (PassageDraft p : PassageSplitter.analyze(s, reading).passages()) {
                for (ReadingForm.Decision d : reading.decisions(s.text(), p.start(), p.end())) {
                    String w = d.left() + (d.soft() ? "" : "-") + d.right();
                    assertTrue(p.cleanText().contains(w), p.cleanText() + " lacks " + w);
                    if (d.soft()) {
                        soft++;
                        assertTrue(p.softHyphens().contains(d.offset()));
                    } else {
                        real++;
                    }
                }
            }
        }
        System.out.println("line-end hyphens inside passages: " + soft + " soft, " + real + " real");
        assertTrue(soft > 700 && real > 20, soft + " / " + real);
    }
}
