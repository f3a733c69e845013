package org.laststruggle.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    private static String book() throws Exception {
        return Files.readString(Path.of("db/sources/003_bbcd4ea18619e104.txt"));
    }

    @Test
    void shouldFindAQuoteAcrossHyphenatedLineBreaksWithExactRawOffsets() throws Exception {
        String raw = book();
        QuoteLocator locator = new QuoteLocator(raw);
        List<QuoteLocator.Span> spans = locator.find(
                "The addition to the testament on January 4, 1923, was taken down by another of Lenin’s secretaries, L. Fotieva.");
        assertEquals(1, spans.size());
        QuoteLocator.Span s = spans.get(0);
        String expectedRaw = "The addition to the testa- \nment on January 4, 1923, was taken down by another of Lenin’s secreta- \nries, L. Fotieva.";
        assertEquals(expectedRaw, raw.substring(s.start(), s.end()));
        assertEquals(raw.indexOf(expectedRaw), s.start());
    }

    @Test
    void shouldAcceptTheHyphenOfACompoundBrokenOverALine() {
        QuoteLocator locator = new QuoteLocator("a well-\nknown fact and a secreta-\nry");
        assertEquals(List.of(new QuoteLocator.Span(2, 13)), locator.find("well-known"));
        assertEquals(List.of(new QuoteLocator.Span(2, 13)), locator.find("wellknown"));
        assertEquals(List.of(new QuoteLocator.Span(25, 36)), locator.find("secretary"));
    }

    @Test
    void shouldTreatLineBreaksAndNoBreakSpacesAsOneSpaceButNothingElse() {
        QuoteLocator locator = new QuoteLocator("1922\u00a0\u00a0—\u00a0 May 26,\nLenin “suffers”");
        assertEquals(1, locator.find("1922 — May 26, Lenin “suffers”").size());
        assertTrue(locator.find("1922 - May 26, Lenin").isEmpty(), "an em dash is not a hyphen");
        assertTrue(locator.find("Lenin \"suffers\"").isEmpty(), "curly quotes are not straight quotes");
    }

    @Test
    void shouldReportEveryOccurrenceInTextOrder() throws Exception {
        List<QuoteLocator.Span> spans = new QuoteLocator(book()).find("Comrade Stalin");
        assertTrue(spans.size() >= 5, "occurrences: " + spans.size());
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1).start() < spans.get(i).start());
        }
    }
}
