package org.laststruggle.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain unit tests of {@link PassageSplitter} over the five raw sources. The expected printed pages below were
 * determined by reading the book's text around each phrase (the nearest running head before it, or the bare
 * folio at the bottom of a chapter-opening page after it), not by running the splitter.
 */
class PassageSplitterTest {

    static final String BOOK = "pathfinder-1975";

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("north-2022", "000_dc5b02a6e81c30ac.txt"),
                Arguments.of("downing-2018", "001_e9fff90f432349e2.txt"),
                Arguments.of("bland-1991", "002_66bb28a8bf3a4ba0.txt"),
                Arguments.of(BOOK, "003_bbcd4ea18619e104.txt"),
                Arguments.of("globalsecurity", "004_47b3bbf5c34baaba.txt"));
    }

    static String read(String file) throws IOException {
        return Files.readString(Path.of("db/sources", file), StandardCharsets.UTF_8);
    }

    static String bookRaw;
    static PassageSplitter.Analysis book;
    static List<SourceCatalog.SourceText> catalog;
    static ReadingForm reading;

    @BeforeAll
    static void splitBook() throws IOException {
        catalog = SourceCatalog.read(Path.of("db/sources"));
        reading = SourceCatalog.readingForm(catalog);
        bookRaw = read("003_bbcd4ea18619e104.txt");
        book = analyze(BOOK);
    }

    /** A source of the catalog, split with its page layout (the book's is data in db/sources). */
    static PassageSplitter.Analysis analyze(String id) {
        return PassageSplitter.analyze(catalog.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(), reading);
    }

    // ------------------------------------------------------------------ every source

    @ParameterizedTest
    @MethodSource("sources")
    void passagesAreOrderedNonOverlappingTrimmedSpans(String id, String file) throws IOException {
        String raw = read(file);
        List<PassageDraft> ps = analyze(id).passages();
        assertFalse(ps.isEmpty(), id);
        int prevEnd = 0;
        for (int i = 0; i < ps.size(); i++) {
            PassageDraft p = ps.get(i);
            assertEquals(i, p.seq(), id + " seq");
            assertTrue(p.start() < p.end(), id + " start<end at " + i);
            assertTrue(p.start() >= prevEnd, id + " ordered, non-overlapping at " + i);
            assertTrue(p.end() <= raw.length(), id);
            String span = raw.substring(p.start(), p.end());
            assertEquals(span.strip(), span, id + " span trimmed at " + i);
            assertFalse(p.cleanText().isBlank(), id + " cleanText at " + i);
            assertEquals(p.cleanText().strip(), p.cleanText());
            assertFalse(p.cleanText().contains("\n") || p.cleanText().contains("  "), id + " collapsed at " + i);
            prevEnd = p.end();
            if (!BOOK.equals(id)) {
                assertNull(p.printedPage(), id);
                assertNull(p.part(), id);
                assertNull(p.section(), id);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void noRealTextIsDropped(String id, String file) throws IOException {
        String raw = read(file);
        PassageSplitter.Analysis a = analyze(id);
        boolean[] covered = new boolean[raw.length()];
        a.passages().forEach(p -> mark(covered, p.start(), p.end()));
        a.heads().forEach(h -> mark(covered, h.start(), h.end()));
        int debrisChars = 0;
        for (PassageSplitter.Span d : a.debris()) {
            mark(covered, d.start(), d.end());
            debrisChars += d.end() - d.start();
            assertTrue(PassageSplitter.isTiny(raw.substring(d.start(), d.end())), "only tiny debris is dropped");
        }
        assertTrue(debrisChars < 60, id + " debris " + debrisChars);
        for (int i = 0; i < raw.length(); i++) {
            if (!PassageSplitter.isSpace(raw.charAt(i))) {
                assertTrue(covered[i], id + ": character not in any passage at " + i + ": "
                        + raw.substring(Math.max(0, i - 30), Math.min(raw.length(), i + 30)));
            }
        }
    }

    static void mark(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            covered[i] = true;
        }
    }

    @Test
    void doubleSpacedPdfTextKeepsParagraphsTogether() throws IOException {
        // bland-1991 has an empty line after every wrapped line; a paragraph must not be cut per line
        String raw = read("002_66bb28a8bf3a4ba0.txt");
        PassageDraft p = analyze("bland-1991").passages().stream()
                .filter(x -> x.cleanText().contains("This is an article that formed the basis of a talk")).findFirst()
                .orElseThrow();
        assertTrue(p.cleanText().endsWith("and then printed in 1991."), p.cleanText());
    }

    // ------------------------------------------------------------------ the book: heads

    @Test
    void everyPageFrom5To160HasExactlyOneHeadOrFolio() {
        List<Integer> pages = book.heads().stream().map(PassageSplitter.PageHead::page).toList();
        assertEquals(156, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertEquals(5 + i, pages.get(i));
        }
        TreeSet<Integer> printed = new TreeSet<>();
        book.passages().stream().map(PassageDraft::printedPage).filter(x -> x != null).forEach(printed::add);
        assertEquals(5, printed.first());
        assertEquals(160, printed.last());
        assertEquals(156, printed.size(), "every page 5..160 has text");
    }

    @Test
    void damagedHeadsAreRecognisedAndInferred() {
        // "The Hifredmanaeys T5" is the OCR of "The Bureaucracy 75"; the folio of page 79 came out as "19"
        PassageSplitter.PageHead h75 = book.heads().stream().filter(h -> h.printed().contains("Hifredmanaeys"))
                .findFirst().orElseThrow();
        assertEquals(75, h75.page());
        assertTrue(h75.top() && h75.damaged());
        PassageSplitter.PageHead h79 = book.heads().stream().filter(h -> h.printed().equals("19")).findFirst()
                .orElseThrow();
        assertEquals(79, h79.page());
        assertFalse(h79.top());
        assertEquals(2, book.damagedHeads());
    }

    static final Pattern HEAD_LINE = Pattern.compile(
            "(?m)^\\s*(\\d{1,3} Lenin’s Fight Against Stalinism|(Introduction|On Lenin’s Testament|Lenin’s Testament"
                    + "|The Bureaucracy|The Monopoly of Foreign Trade|The Nationalities Question|Biographical Notes"
                    + "|Index) \\d{1,3}|The Hifredmanaeys T5)\\s*$");

    @Test
    void noRunningHeadInsideABookPassage() {
        for (PassageDraft p : book.passages()) {
            String span = bookRaw.substring(p.start(), p.end());
            if (p.printedPage() != null) {
                assertFalse(HEAD_LINE.matcher(span).find(), "head inside passage " + p.seq() + ": " + span);
                assertFalse(p.cleanText().contains("Lenin’s Fight Against Stalinism")
                        && p.cleanText().matches(".*\\d Lenin’s Fight Against Stalinism.*"), p.cleanText());
            }
            for (PassageSplitter.PageHead h : book.heads()) {
                assertTrue(h.end() <= p.start() || h.start() >= p.end(), "head " + h + " in passage " + p.seq());
            }
        }
    }

    @Test
    void passagesNeverCrossAPageAndPagesAscend() {
        Integer last = null;
        boolean numbered = false;
        for (PassageDraft p : book.passages()) {
            if (p.printedPage() != null) {
                numbered = true;
                if (last != null) {
                    assertTrue(p.printedPage() >= last, "page order at " + p.seq());
                }
                last = p.printedPage();
            } else if (numbered) {
                // only the back matter after the index is unnumbered again
                assertTrue(p.start() > bookRaw.indexOf("with, 129; brings up Trotsky’s"), "unnumbered at " + p.seq());
            }
        }
        for (PassageSplitter.PageHead h : book.heads()) {
            for (PassageDraft p : book.passages()) {
                assertTrue(p.end() <= h.start() || p.start() >= h.end());
            }
        }
    }

    @Test
    void paragraphContinuingOverAPageBreakIsSplit() {
        // "...portrayed him as the / wise, all-knowing ..." runs from page 5 onto page 6
        PassageDraft a = passage("During Stalin’s lifetime all the histories portrayed him as the");
        PassageDraft b = passage("wise, all-knowing “father of the peoples,”");
        assertEquals(5, a.printedPage());
        assertEquals(6, b.printedPage());
        assertEquals(a.seq() + 1, b.seq());
        // within page 6 the hyphenated "incap- / able" is joined
        assertTrue(b.cleanText().contains("incapable of error"), b.cleanText());
    }

    // ------------------------------------------------------------------ the book: cleanText

    @Test
    void hyphenatedLineBreaksAreJoined() {
        // raw: "...taken down by another of Lenin’s secreta-\nries, L. Fotieva."
        PassageDraft p = passage("taken down by another of Lenin’s secretaries, L. Fotieva.");
        assertTrue(bookRaw.substring(p.start(), p.end()).contains("secreta- \nries"));
        assertEquals(59, p.printedPage());
        // only before a lower-case letter: a number range keeps its hyphen and space ("712- 18).")
        PassageDraft q = passage("vol. 2, pp. 712- 18).");
        assertEquals(71, q.printedPage());
        assertEquals("Stalin is too rude", ReadingForm.read("Stalin is too \n  rude ", java.util.Set.of()));
        assertEquals("secretaries", ReadingForm.read("secreta- \nries", java.util.Set.of(7)));
        assertEquals("1922- Lenin", ReadingForm.read("1922-\nLenin", java.util.Set.of()));
    }

    // ------------------------------------------------------------------ the book: printed pages, read off the text

    static Stream<Arguments> pages() {
        return Stream.of(
                // Part I: Introduction (pp. 5-28)
                Arguments.of("Few myths have been more generally accepted", 5),
                Arguments.of("Trotsky’s reluctance to act", 24),
                Arguments.of("September 16, 1974 Russell Block", 28),
                // Part II: On Lenin's Testament (pp. 29-60)
                Arguments.of("completed on December 31, 1932. It was first published", 29),
                Arguments.of("The school of pure psychology", 30),
                Arguments.of("“Six words”", 32),
                // Part III: Lenin's Testament (pp. 61-69)
                Arguments.of("On October 18, 1926, Eastman published the “complete text”", 61),
                Arguments.of("I would urge strongly that at this congress a number of changes", 63),
                Arguments.of("Stalin is too rude and this defect, although quite tolerable", 65),
                Arguments.of("You have been so rude as to summon my wife to the telephone", 68),
                Arguments.of("think it over whether you are prepared to withdraw what you", 69),
                // Part IV: The Bureaucracy (pp. 70-112), including the damaged heads of pp. 75 and 79
                Arguments.of("confine within certain bounds; for this capitalism is essential", 75),
                Arguments.of("The present reorganization of Gosplan in outward", 79),
                Arguments.of("appearance advances Gosplan to what I proposed last year", 80),
                Arguments.of("Trotsky: January 15, 1923", 86),
                Arguments.of("In the matter of improving our state apparatus, the Workers’ and", 92),
                // Part V: The Monopoly of Foreign Trade (pp. 113-126)
                Arguments.of("The monopoly of foreign trade was one of the cornerstones", 113),
                Arguments.of("PPS: I have just been informed (1:30 a.m.)", 118),
                Arguments.of("executives have applied for a postponement", 119),
                // Part VI: The Nationalities Question (pp. 127-149)
                Arguments.of("The dispute on the nationalities question centered about the", 127),
                Arguments.of("With best comradely greetings", 139),
                Arguments.of("Goethe said long ago that old truths have to be won afresh", 140),
                Arguments.of("March 19, 1923", 148),
                // Notes to the parts
                Arguments.of("1. According to the version published in Lenin’s Collected Works", 59),
                Arguments.of("9. The plenum was actually held on October 6, 1922.", 60),
                Arguments.of("1. This is a reference to the discussion on the trade unions", 69),
                Arguments.of("1. Poor Peasant Committees were organized", 111),
                Arguments.of("8. This article, entitled “Civility and Politeness", 112),
                Arguments.of("1. Mixed companies were joint enterprises", 126),
                Arguments.of("1. Sotsialisticheskii Vestnik (Socialist Messenger)", 148),
                Arguments.of("8. The term smychka (bond)", 149),
                // Biographical notes (pp. 150-155)
                Arguments.of("Avanesov, Varlaam Aleksandrovich (1884-1930)", 150),
                Arguments.of("Kamenev, Lev Borisovich (1883-1936)", 151),
                Arguments.of("Kerzhentsev, Platon Mikhailovich (1881-1940)", 152),
                Arguments.of("Mdivani, Polikarp Gurgenovich (Budu)", 153),
                Arguments.of("Radek, Karl Berngardovich (1885-1939?)", 153),
                Arguments.of("Ulyanova, Maria Ilyinichna (1878-1937)", 155),
                Arguments.of("Zinoviev, Grigory Yevseyevich (1883-1936)", 155),
                // Index (pp. 156-160)
                Arguments.of("Only the main entries in the Biographical Notes", 156),
                Arguments.of("Kabanidze, 20, 151b", 157));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void printedPageReadOffTheBook(String phrase, int page) {
        assertEquals(page, passage(phrase).printedPage(), phrase);
    }

    @Test
    void frontAndBackMatterHaveNoPage() {
        assertNull(passage("Digitized by the Internet Archive").printedPage());
        assertNull(passage("Library of Congress Catalog Card Number").printedPage());
        assertNull(passage("In the last year of his life, Lenin joined with Trotsky").printedPage());
        assertNull(passage("In the last year of his life, Lenin joined with Trotsky").part());
    }

    // ------------------------------------------------------------------ the book: parts and sections

    @Test
    void partsAndSections() {
        assertSection("Few myths have been more generally accepted", "Part I: Introduction", "Introduction");
        assertSection("The school of pure psychology", "Part II: On Lenin's Testament", "On Lenin's Testament");
        assertSection("1. According to the version published", "Part II: On Lenin's Testament", "Notes to Part II");
        assertSection("Stalin is too rude and this defect", "Part III: Lenin's Testament", "Letter to the Congress");
        assertSection("You have been so rude as to summon my wife", "Part III: Lenin's Testament",
                "To Comrade Stalin");
        assertSection("Trotsky: January 15, 1923", "Part IV: The Bureaucracy", "Letter to the Politburo (excerpt)");
        assertSection("confine within certain bounds; for this capitalism is essential", "Part IV: The Bureaucracy",
                "Political Report to the Eleventh Party Congress");
        assertSection("PPS: I have just been informed", "Part V: The Monopoly of Foreign Trade",
                "Letter to J.V. Stalin re the Foreign Trade Monopoly");
        assertSection("Goethe said long ago", "Part VI: The Nationalities Question",
                "Thoughts on the Party: The National Question and the Education of the Party Youth");
        assertSection("Radek, Karl Berngardovich", "Biographical Notes", "Biographical Notes");
        assertSection("Kabanidze, 20, 151b", "Index", "Index");
        PassageDraft title = passage("Part III LENIN’S TESTAMENT");
        assertEquals("Part III: Lenin's Testament", title.part());
        assertNull(title.section());
    }

    @Test
    void documentsBeginOnTheirContentsPage() {
        // page numbers from the book's table of contents
        assertFirstPage("Letter to the Congress", 63);
        assertFirstPage("To Comrade Stalin", 68);
        assertFirstPage("Comments on Lenin's Proposal Concerning the Work of Deputies", 79);
        assertFirstPage("The Tasks of the Twelfth Congress", 106);
        assertFirstPage("To Comrades Frumkin and Stomonyakov", 121);
        assertFirstPage("The Question of Nationalities or \"Autonomization\"", 133);
        assertFirstPage("Biographical Notes", 150);
    }

    static void assertFirstPage(String section, int page) {
        PassageDraft first = book.passages().stream().filter(p -> section.equals(p.section())).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + section));
        assertEquals(page, first.printedPage(), section);
    }

    static void assertSection(String phrase, String part, String section) {
        PassageDraft p = passage(phrase);
        assertEquals(part, p.part(), phrase);
        assertEquals(section, p.section(), phrase);
    }

    /** The one book passage whose clean text contains the phrase. */
    static PassageDraft passage(String phrase) {
        List<PassageDraft> hits = book.passages().stream().filter(p -> p.cleanText().contains(phrase)).toList();
        assertEquals(1, hits.size(), "passages containing: " + phrase);
        PassageDraft p = hits.get(0);
        assertNotNull(p.cleanText());
        assertNotEquals(p.start(), p.end());
        return p;
    }
}
