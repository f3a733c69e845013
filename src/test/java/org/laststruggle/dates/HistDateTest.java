package org.laststruggle.dates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HistDateTest {

    /** Columns: edtf | earliest | latest | precision | generated label | uncertain | approximate. */
    @ParameterizedTest(name = "{0} -> {1}..{2} {3} \"{4}\" ?={5} ~={6}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # single dates
            1922-12-23   | 1922-12-23 | 1922-12-23 | day     | December 23, 1922            | false | false
            1923-03      | 1923-03-01 | 1923-03-31 | month   | March 1923                   | false | false
            1922         | 1922-01-01 | 1922-12-31 | year    | 1922                         | false | false
            1923-02      | 1923-02-01 | 1923-02-28 | month   | February 1923                | false | false
            1924-02      | 1924-02-01 | 1924-02-29 | month   | February 1924                | false | false
            1924-02-29   | 1924-02-29 | 1924-02-29 | day     | February 29, 1924            | false | false
            2000-02-29   | 2000-02-29 | 2000-02-29 | day     | February 29, 2000            | false | false
            1922-04-30   | 1922-04-30 | 1922-04-30 | day     | April 30, 1922               | false | false
            0922         | 0922-01-01 | 0922-12-31 | year    | 922                          | false | false
            # qualifiers
            1923-03-09?  | 1923-03-09 | 1923-03-09 | day     | March 9, 1923 (uncertain)    | true  | false
            1923-03-09~  | 1923-03-09 | 1923-03-09 | day     | about March 9, 1923          | false | true
            1923-03-09%  | 1923-03-09 | 1923-03-09 | day     | about March 9, 1923 (uncertain) | true | true
            1923-03?     | 1923-03-01 | 1923-03-31 | month   | March 1923 (uncertain)       | true  | false
            1923-03~     | 1923-03-01 | 1923-03-31 | month   | about March 1923             | false | true
            1923-03%     | 1923-03-01 | 1923-03-31 | month   | about March 1923 (uncertain) | true  | true
            1922?        | 1922-01-01 | 1922-12-31 | year    | 1922 (uncertain)             | true  | false
            1922~        | 1922-01-01 | 1922-12-31 | year    | about 1922                   | false | true
            1922%        | 1922-01-01 | 1922-12-31 | year    | about 1922 (uncertain)       | true  | true
            # unspecified digits
            192X         | 1920-01-01 | 1929-12-31 | decade  | the 1920s                    | false | false
            190X         | 1900-01-01 | 1909-12-31 | decade  | the 1900s                    | false | false
            19XX         | 1900-01-01 | 1999-12-31 | century | the 20th century             | false | false
            18XX         | 1800-01-01 | 1899-12-31 | century | the 19th century             | false | false
            20XX         | 2000-01-01 | 2099-12-31 | century | the 21st century             | false | false
            21XX         | 2100-01-01 | 2199-12-31 | century | the 22nd century             | false | false
            22XX         | 2200-01-01 | 2299-12-31 | century | the 23rd century             | false | false
            10XX         | 1000-01-01 | 1099-12-31 | century | the 11th century             | false | false
            192X?        | 1920-01-01 | 1929-12-31 | decade  | the 1920s (uncertain)        | true  | false
            192X~        | 1920-01-01 | 1929-12-31 | decade  | about the 1920s              | false | true
            19XX%        | 1900-01-01 | 1999-12-31 | century | about the 20th century (uncertain) | true | true
            # intervals
            1922-12-13/1922-12-16 | 1922-12-13 | 1922-12-16 | range | December 13-16, 1922                  | false | false
            1922-12-13/1923-01-04 | 1922-12-13 | 1923-01-04 | range | December 13, 1922 - January 4, 1923   | false | false
            1923-03-09/1923-04-25 | 1923-03-09 | 1923-04-25 | range | March 9 - April 25, 1923              | false | false
            1922-12-13/1922-12-13 | 1922-12-13 | 1922-12-13 | range | December 13, 1922                     | false | false
            1923-03/1923-04       | 1923-03-01 | 1923-04-30 | range | March - April 1923                    | false | false
            1922-12/1923-01       | 1922-12-01 | 1923-01-31 | range | December 1922 - January 1923          | false | false
            1922/1924             | 1922-01-01 | 1924-12-31 | range | 1922-1924                             | false | false
            1922/1923-03-09       | 1922-01-01 | 1923-03-09 | range | 1922 - March 9, 1923                  | false | false
            1922-12-23/1923       | 1922-12-23 | 1923-12-31 | range | December 23, 1922 - 1923              | false | false
            1922/1922-06          | 1922-01-01 | 1922-06-30 | range | 1922 - June 1922                      | false | false
            1922-12-20/1922-12    | 1922-12-20 | 1922-12-31 | range | December 20, 1922 - December 1922     | false | false
            192X/193X             | 1920-01-01 | 1939-12-31 | range | the 1920s - the 1930s                 | false | false
            18XX/1917             | 1800-01-01 | 1917-12-31 | range | the 19th century - 1917               | false | false
            # qualified ends: each end keeps its own qualifier, either sets the flag
            1922-12-13?/1922-12-16 | 1922-12-13 | 1922-12-16 | range | December 13, 1922 (uncertain) - December 16, 1922 | true | false
            1922-12-13/1922-12-16~ | 1922-12-13 | 1922-12-16 | range | December 13, 1922 - about December 16, 1922 | false | true
            1922%/1923             | 1922-01-01 | 1923-12-31 | range | about 1922 (uncertain) - 1923        | true  | true
            1922?/1923~            | 1922-01-01 | 1923-12-31 | range | 1922 (uncertain) - about 1923        | true  | true
            # open ends
            1924-01-21/..         | 1924-01-21 |            | range | from January 21, 1924 onward          | false | false
            ../1917               |            | 1917-12-31 | range | until 1917                            | false | false
            ../1917-03~           |            | 1917-03-31 | range | until about March 1917                | false | true
            1924-01-21?/..        | 1924-01-21 |            | range | from January 21, 1924 (uncertain) onward | true | false
            192X/..               | 1920-01-01 |            | range | from the 1920s onward                 | false | false
            """)
    void parsesValidDates(String edtf, LocalDate earliest, LocalDate latest, String precision, String label,
            boolean uncertain, boolean approximate) {
        HistDate expected = new HistDate(edtf, earliest, latest, precision, label, uncertain, approximate);
        assertEquals(expected, HistDate.parse(edtf, null));
    }

    @Test
    void keepsTheGivenLabel() {
        HistDate d = HistDate.parse("1923-04-17/1923-04-25", "April 1923");
        assertEquals(new HistDate("1923-04-17/1923-04-25", LocalDate.of(1923, 4, 17), LocalDate.of(1923, 4, 25),
                "range", "April 1923", false, false), d);
        assertEquals("1956, in the journal Kommunist", HistDate.parse("1956", "1956, in the journal Kommunist").label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void generatesALabelWhenTheGivenOneIsBlank(String blank) {
        assertEquals("December 24, 1922", HistDate.parse("1922-12-24", blank).label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1922-12-23", "1923-03?", "19XX%", "../1917", "1922-12-13/1923-01-04"})
    void keepsTheEdtfStringAsGiven(String edtf) {
        assertEquals(edtf, HistDate.parse(edtf, "x").edtf());
    }

    /** Columns: edtf | exact message. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # empty, whitespace, garbage
            ""            | Invalid EDTF date '': the value is empty; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, a year YYYX or YYXX, an interval A/B of these (one end may be ..), or a set [A,B,...] of them
            " 1922"       | Invalid EDTF date ' 1922': leading or trailing whitespace; remove it ('1922')
            "1922-12-23 " | Invalid EDTF date '1922-12-23 ': leading or trailing whitespace; remove it ('1922-12-23')
            "1922 / 1923" | Invalid EDTF date '1922 / 1923': unexpected character ' ' at position 5; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, a year YYYX or YYXX, an interval A/B of these (one end may be ..), or a set [A,B,...] of them
            garbage       | Invalid EDTF date 'garbage': unexpected character 'g' at position 1; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, a year YYYX or YYXX, an interval A/B of these (one end may be ..), or a set [A,B,...] of them
            23.12.1922    | Invalid EDTF date '23.12.1922': unexpected '.'; '..' is only allowed as a whole end of an interval; expected YYYY, YYYY-MM or YYYY-MM-DD
            1922-12-23T10:00 | Invalid EDTF date '1922-12-23T10:00': unexpected character 'T' at position 11; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, a year YYYX or YYXX, an interval A/B of these (one end may be ..), or a set [A,B,...] of them
            # years
            19222         | Invalid EDTF date '19222': year '19222' has 5 characters; years must have exactly four digits (0000-9999)
            19222-01-01   | Invalid EDTF date '19222-01-01': year '19222' has 5 characters; years must have exactly four digits (0000-9999)
            922           | Invalid EDTF date '922': year '922' has 3 characters; years must have exactly four digits, zero-padded (e.g. 0922)
            -0100         | Invalid EDTF date '-0100': negative years are not supported; expected a four-digit year 0000-9999
            # unspecified digits
            192x          | Invalid EDTF date '192x': lower-case 'x' at position 4; unspecified digits are written with an upper-case 'X' (e.g. 192X)
            19xx          | Invalid EDTF date '19xx': lower-case 'x' at position 3; unspecified digits are written with an upper-case 'X' (e.g. 192X)
            1X22          | Invalid EDTF date '1X22': year '1X22': only the last one or two digits may be unspecified (YYYX for a decade, YYXX for a century)
            1XXX          | Invalid EDTF date '1XXX': year '1XXX': only the last one or two digits may be unspecified (YYYX for a decade, YYXX for a century)
            192X-03       | Invalid EDTF date '192X-03': unspecified digits (X) are only allowed in a year without month or day (YYYX or YYXX)
            # months and days
            1922-13       | Invalid EDTF date '1922-13': month 13 is out of range; expected 01-12
            1922-13-01    | Invalid EDTF date '1922-13-01': month 13 is out of range; expected 01-12
            1922-00       | Invalid EDTF date '1922-00': month 00 is out of range; expected 01-12
            1922-21       | Invalid EDTF date '1922-21': month 21 is out of range; expected 01-12 (EDTF seasons 21-24 are not supported)
            1922-3        | Invalid EDTF date '1922-3': month '3' must have two digits; expected 01-12
            1922-04-31    | Invalid EDTF date '1922-04-31': day 31 is out of range: April 1922 has 30 days; expected 01-30
            1923-02-29    | Invalid EDTF date '1923-02-29': day 29 is out of range: February 1923 has 28 days (1923 is not a leap year); expected 01-28
            1900-02-29    | Invalid EDTF date '1900-02-29': day 29 is out of range: February 1900 has 28 days (1900 is not a leap year); expected 01-28
            1924-02-30    | Invalid EDTF date '1924-02-30': day 30 is out of range: February 1924 has 29 days; expected 01-29
            1922-12-00    | Invalid EDTF date '1922-12-00': day 00 is out of range: December 1922 has 31 days; expected 01-31
            1922-12-5     | Invalid EDTF date '1922-12-5': day '5' must have two digits; expected 01-31
            1922-12-23-01 | Invalid EDTF date '1922-12-23-01': too many '-'-separated parts; expected YYYY, YYYY-MM or YYYY-MM-DD
            1922--12      | Invalid EDTF date '1922--12': an empty part (doubled or trailing '-'); expected YYYY, YYYY-MM or YYYY-MM-DD
            1922-         | Invalid EDTF date '1922-': an empty part (doubled or trailing '-'); expected YYYY, YYYY-MM or YYYY-MM-DD
            # qualifiers
            1922?~        | Invalid EDTF date '1922?~': more than one qualifier; use '%' for uncertain and approximate, e.g. 1922%
            1922?-03      | Invalid EDTF date '1922?-03': qualifier '?' must come last, e.g. 1923-03-09?
            ?             | Invalid EDTF date '?': a qualifier without a date; expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1922?
            # intervals
            1923-01-04/1922-12-24 | Invalid EDTF date '1923-01-04/1922-12-24': the interval ends (1922-12-24) before it starts (1923-01-04); expected the start to be on or before the end
            1923/1922-12          | Invalid EDTF date '1923/1922-12': the interval ends (1922-12) before it starts (1923); expected the start to be on or before the end
            ../..         | Invalid EDTF date '../..': both ends of the interval are open; at most one end may be '..', e.g. '../1917' or '1924-01-21/..'
            ..            | Invalid EDTF date '..': '..' (an open end) is only allowed as one end of an interval, e.g. '../1917' or '1924-01-21/..'
            1922/         | Invalid EDTF date '1922/': the end of the interval is empty; write '..' for an open end
            /1922         | Invalid EDTF date '/1922': the start of the interval is empty; write '..' for an open start
            1922/1923/1924 | Invalid EDTF date '1922/1923/1924': more than one '/'; an interval has exactly two ends, A/B
            1922-13/1923  | Invalid EDTF date '1922-13/1923': the start of the interval, '1922-13': month 13 is out of range; expected 01-12
            1922/1923-02-29 | Invalid EDTF date '1922/1923-02-29': the end of the interval, '1923-02-29': day 29 is out of range: February 1923 has 28 days (1923 is not a leap year); expected 01-28
            1922/...      | Invalid EDTF date '1922/...': the end of the interval, '...': unexpected '.'; '..' is only allowed as a whole end of an interval; expected YYYY, YYYY-MM or YYYY-MM-DD
            ..?/1922      | Invalid EDTF date '..?/1922': the start of the interval, '..?': unexpected '.'; '..' is only allowed as a whole end of an interval; expected YYYY, YYYY-MM or YYYY-MM-DD
            """)
    void rejectsInvalidDates(String edtf, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistDate.parse(edtf, null));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistDate.parse(null, "x"));
        assertEquals("Invalid date: no value (null); expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by"
                + " ?, ~ or %, a year YYYX or YYXX, an interval A/B of these (one end may be ..), or a set [A,B,...] of them", e.getMessage());
    }

    /** Columns: value | first day | last day. */
    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            1922       | 1922-01-01 | 1922-12-31
            1923-03    | 1923-03-01 | 1923-03-31
            1924-02    | 1924-02-01 | 1924-02-29
            1923-02    | 1923-02-01 | 1923-02-28
            1922-12-23 | 1922-12-23 | 1922-12-23
            1924-02-29 | 1924-02-29 | 1924-02-29
            """)
    void parsesQueryBounds(String value, LocalDate first, LocalDate last) {
        assertArrayEquals(new LocalDate[] {first, last}, HistDate.parseQueryBound(value));
    }

    /** Columns: value | exact message. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""          | Invalid date '': the value is empty; expected YYYY, YYYY-MM or YYYY-MM-DD
            " 1922"     | Invalid date ' 1922': leading or trailing whitespace; remove it ('1922')
            abc         | Invalid date 'abc': unexpected character 'a' at position 1; expected YYYY, YYYY-MM or YYYY-MM-DD
            1922?       | Invalid date '1922?': qualifier '?' is not allowed here; expected YYYY, YYYY-MM or YYYY-MM-DD
            1922~       | Invalid date '1922~': qualifier '~' is not allowed here; expected YYYY, YYYY-MM or YYYY-MM-DD
            1922%       | Invalid date '1922%': qualifier '%' is not allowed here; expected YYYY, YYYY-MM or YYYY-MM-DD
            192X        | Invalid date '192X': unspecified digits (X) are not allowed here; expected YYYY, YYYY-MM or YYYY-MM-DD
            192x        | Invalid date '192x': lower-case 'x' at position 4; unspecified digits are written with an upper-case 'X' (e.g. 192X)
            1922/1923   | Invalid date '1922/1923': intervals are not allowed here (use the from and to parameters for the two ends); expected YYYY, YYYY-MM or YYYY-MM-DD
            ..          | Invalid date '..': intervals are not allowed here (use the from and to parameters for the two ends); expected YYYY, YYYY-MM or YYYY-MM-DD
            1922-13     | Invalid date '1922-13': month 13 is out of range; expected 01-12
            1922-04-31  | Invalid date '1922-04-31': day 31 is out of range: April 1922 has 30 days; expected 01-30
            1923-02-29  | Invalid date '1923-02-29': day 29 is out of range: February 1923 has 28 days (1923 is not a leap year); expected 01-28
            19222       | Invalid date '19222': year '19222' has 5 characters; years must have exactly four digits (0000-9999)
            """)
    void rejectsInvalidQueryBounds(String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistDate.parseQueryBound(value));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingQueryBound(String value) {
        assertThrows(IllegalArgumentException.class, () -> HistDate.parseQueryBound(value));
    }

    @Test
    void recordRejectsInconsistentBounds() {
        assertThrows(IllegalArgumentException.class, () -> new HistDate("1923/1922", LocalDate.of(1923, 1, 1),
                LocalDate.of(1922, 12, 31), "range", "x", false, false));
        assertThrows(IllegalArgumentException.class, () -> new HistDate("1922", LocalDate.of(1922, 1, 1),
                LocalDate.of(1922, 12, 31), "week", "1922", false, false));
    }
}
