package org.laststruggle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.laststruggle.dates.HistDate;
import org.laststruggle.dates.HistDateDto;

/** How the dates of the API become CMIF's W3C date attributes. */
class CmifDatesTest {

    static List<String> attributes(String edtf) {
        return attributes(edtf, false);
    }

    static List<String> attributes(String edtf, boolean disputed) {
        return List.of(Cmif.dateAttributes(HistDateDto.of(HistDate.parse(edtf, null), null, disputed)));
    }

    @Test
    void shouldStateCertainDatesAsWhen() {
        assertEquals(List.of("when", "1922-12-24"), attributes("1922-12-24"));
        assertEquals(List.of("when", "1922-12"), attributes("1922-12"));
        assertEquals(List.of("when", "1923"), attributes("1923"));
    }

    @Test
    void shouldStateCertainSpansAsFromTo() {
        assertEquals(List.of("from", "1922-12-23", "to", "1923-01-04"), attributes("1922-12-23/1923-01-04"));
        assertEquals(List.of("from", "1922-12", "to", "1923-03"), attributes("1922-12/1923-03"));
    }

    @Test
    void shouldBoundHedgedDatesAndMarkThemLow() {
        assertEquals(List.of("notBefore", "1922-05-01", "notAfter", "1922-05-31", "cert", "low"), attributes("1922-05?"));
        assertEquals(List.of("notBefore", "1922-08-28", "notAfter", "1922-08-28", "cert", "low"), attributes("1922-08-28?"));
        assertEquals(List.of("notBefore", "1922-01-01", "notAfter", "1922-12-31", "cert", "low"), attributes("1922~"));
    }

    @Test
    void shouldBoundDisputedDatesAndSetsOfClaimedDates() {
        assertEquals(List.of("notBefore", "1922-12-24", "notAfter", "1922-12-24", "cert", "low"),
                attributes("1922-12-24", true), "a disputed date with a preferred side");
        assertEquals(List.of("notBefore", "1922-12-16", "notAfter", "1922-12-23", "cert", "low"),
                attributes("[1922-12-16,1922-12-23]", true), "the claimed dates of a dispute without a preferred side");
    }

    @Test
    void shouldBoundCoarseAndOpenDatesWithoutGuessing() {
        assertEquals(List.of("notBefore", "1920-01-01", "notAfter", "1929-12-31"), attributes("192X"));
        assertEquals(List.of("notAfter", "1923-03-31"), attributes("../1923-03"));
        assertEquals(List.of("notBefore", "1922-12-24", "notAfter", "1923-03-31", "cert", "low"),
                attributes("1922-12-24?/1923-03"));
    }

    @Test
    void shouldEscapeMarkupAndDropWhatXmlCannotCarry() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; e", Xml.escape("a & b <c> \"d\" e\u0001"));
    }
}
