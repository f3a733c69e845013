package org.laststruggle.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laststruggle.query.DateFilter;

/** The one chronological order, and EDTF sets (disputed dates). */
class ChronologyTest {

    private static String key(String edtf) {
        return Chronology.sortKey(HistDate.parse(edtf, null));
    }

    private static List<String> sorted(String... edtfs) {
        List<HistDate> dates = new ArrayList<>();
        for (String e : edtfs) {
            dates.add(HistDate.parse(e, null));
        }
        dates.sort(Chronology.ORDER);
        return dates.stream().map(HistDate::edtf).toList();
    }

    @Test
    void aMonthSortsAfterItsDaysAndAYearAfterItsMonths() {
        // "end of December 1922" (1922-12) came before 12 December; year-only items opened a December list
        assertEquals(List.of("1922-12-12", "1922-12-31", "1922-12", "1922", "1923-01-04"),
                sorted("1922", "1922-12", "1923-01-04", "1922-12-31", "1922-12-12"));
    }

    @Test
    void anIntervalSortsWhereItsStartWouldAfterTheDayItself() {
        assertEquals(List.of("1922-12-23", "1922-12-23/1923-01-04", "1922-12-24", "1922-12"),
                sorted("1922-12", "1922-12-24", "1922-12-23/1923-01-04", "1922-12-23"));
        // a shorter interval from the same day first
        assertEquals(List.of("1922-12-27/1922-12-29", "1922-12-27/1923-01"), sorted("1922-12-27/1923-01", "1922-12-27/1922-12-29"));
        // an interval that starts with a month sorts with that month's end
        assertEquals(List.of("1922-12-31", "1922-12/1923-03", "1923-01-01"), sorted("1923-01-01", "1922-12/1923-03", "1922-12-31"));
        // an open start sorts where its end would; an open end where its start would
        assertEquals(List.of("1917-12-31", "../1917", "1924-01-21/..", "1924-01-22"),
                sorted("1924-01-22", "../1917", "1924-01-21/..", "1917-12-31"));
    }

    @Test
    void aSetOfClaimedDatesSortsAtItsLastClaimAfterThatDay() {
        assertEquals(List.of("1922-12-16", "[1922-12-12,1922-12-13,1922-12-15,1922-12-16]", "1922-12-18"),
                sorted("1922-12-18", "[1922-12-12,1922-12-13,1922-12-15,1922-12-16]", "1922-12-16"));
        assertEquals("19221216119221216", key("[1922-12-12,1922-12-13,1922-12-15,1922-12-16]"));
        // a set whose last claim is a month sorts with the months
        assertEquals(key("1921-03").substring(0, 9), key("[1920-05-01,1921-03]").substring(0, 9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1922-12-23              | 19221223019221223 | 1922-12
            1922-12                 | 19221231219221231 | 1922-12
            1922                    | 19221231319221231 | 1922
            192X                    | 19291231419291231 | 192X
            19XX                    | 19991231519991231 | 19XX
            1922-12-23/1923-01-04   | 19221223019230104 | 1922-12
            1922-01/1922-03~        | 19220131219220331 | 1922-01
            1924-05/..              | 19240531299991231 | 1924-05
            ../1917                 | 19171231319171231 | 1917
            [1921-03,1922-04-03]    | 19220403119220403 | 1922-04
            """)
    void sortKeyAndGroup(String edtf, String sortKey, String group) {
        assertEquals(sortKey, key(edtf));
        assertEquals(group, Chronology.group(sortKey));
    }

    @Test
    void noDateSortsLast() {
        assertNull(Chronology.sortKey((HistDate) null));
        assertEquals("undated", Chronology.group(null));
        List<HistDate> dates = new ArrayList<>(java.util.Arrays.asList(null, HistDate.parse("1922", null)));
        dates.sort(Chronology.ORDER);
        assertNull(dates.get(1));
    }

    // ------------------------------------------------------------------ sets

    @Test
    void aSetHoldsEveryClaimedDate() {
        HistDate d = HistDate.parse("[1922-12-12,1922-12-13,1922-12-15,1922-12-16]", null);
        assertEquals(HistDate.SET, d.precision());
        assertEquals(LocalDate.of(1922, 12, 12), d.earliest());
        assertEquals(LocalDate.of(1922, 12, 16), d.latest());
        assertEquals("December 12, 13, 15 or 16, 1922", d.label());
        assertEquals(List.of("1922-12-12", "1922-12-13", "1922-12-15", "1922-12-16"),
                d.oneOf().stream().map(HistDate::edtf).toList());
        assertEquals("March 1921 or April 3, 1922", HistDate.parse("[1921-03,1922-04-03]", null).label());
        assertEquals("December 22 or 30, 1922", HistDate.parse("[1922-12-22,1922-12-30]", null).label());
        HistDate approx = HistDate.parse("[1922-10-22,1922-11-04~]", null);
        assertEquals("October 22, 1922 or about November 4, 1922", approx.label());
        assertTrue(approx.approximate());
        assertFalse(approx.uncertain());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            [1922-05-25]               | a set needs at least two dates
            [1922-05-26,1922-05-25]    | does not come after '1922-05-26'
            [1922-05,1922-05-25]       | does not come after '1922-05'
            [1922-05-25,]              | member 2 of the set is empty
            "[1922-05-25,1922-05-26"   | a set is written in square brackets
            [1922-05-25/1922-05-26,1922-06] | intervals and '..' are not supported inside a set
            [1922-13,1922-12]          | member 1 of the set, '1922-13': month 13 is out of range
            1922-05-25,1922-05-26      | a set is written in square brackets
            """)
    void rejectsBadSets(String edtf, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistDate.parse(edtf, null));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /** The window the from/to/match parameters ask for. */
    private static DateFilter window(String from, String to, String match) {
        return new DateFilter(from == null ? null : HistDate.parseQueryBound(from)[0],
                to == null ? null : HistDate.parseQueryBound(to)[1], "within".equals(match));
    }

    @Test
    void aDateFilterFindsASetUnderEachClaimedDayAndNoOther() {
        HistDate stroke = HistDate.parse("[1922-12-12,1922-12-13,1922-12-15,1922-12-16]", null);
        for (String day : List.of("1922-12-12", "1922-12-13", "1922-12-15", "1922-12-16")) {
            assertTrue(window(day, day, null).matches(stroke), day);
        }
        assertFalse(window("1922-12-14", "1922-12-14", null).matches(stroke), "no source claims December 14");
        assertTrue(window("1922-12", "1922-12", "within").matches(stroke));
        assertFalse(window("1922-12-13", "1922-12-16", "within").matches(stroke), "December 12 is claimed too");
        HistDate secretary = HistDate.parse("[1921-03,1922-04-03]", null);
        assertTrue(window("1921-03-10", null, null).matches(secretary));
        assertTrue(window("1921", "1921", null).matches(secretary));
        assertFalse(window("1921-06", "1922-03", null).matches(secretary), "between the claims");
    }
}
