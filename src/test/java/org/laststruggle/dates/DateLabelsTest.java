package org.laststruggle.dates;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label of a date against its EDTF: cases taken from the curation as it was and as it is. */
class DateLabelsTest {

    /** Label and EDTF that agree. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            December 23, 1922                    | 1922-12-23
            16 December [1922]                   | 1922-12-16
            March 6th [1923]                     | 1923-03-06
            April 3 1922                         | 1922-04-03
            end of December 1922                 | 1922-12
            first weeks of December 1922         | 1922-12
            mid-February 1923                    | 1923-02
            late September 1922                  | 1922-09?
            beginning of 1922                    | 1922-01/1922-03~
            towards the end of 1921              | 1921-10~/1921-12
            summer 1922                          | 1922-06~/1922-08~
            spring (or middle) of 1922           | 1922-03~/1922-08~
            fall of 1920 - March 1921            | 1920-09~/1921-03
            1922-23                              | 1922/1923
            1928-1929                            | 1928/1929
            February 1923 - 1924                 | 1923-02/1924
            late September 1922                  | 1922-09-25/1922-09-30
            March 27-April 2, 1922               | 1922-03-27/1922-04-02
            March-April 1922                     | 1922-03/1922-04
            December 30-31, 1922                 | 1922-12-30/1922-12-31
            December 23, 1922 - January 4, 1923  | 1922-12-23/1923-01-04
            22 December [1917] - March 1918      | 1917-12-22/1918-03
            July and August 1934                 | 1934-07/1934-08
            November 1 (14), 1917                | 1917-11-14
            "November 1, 1917, old calendar (November 14, new style)" | 1917-11-14
            "October 10 and 16, 1917, old calendar (October 23 and 29, new style)" | 1917-10-23/1917-10-29
            12 March 1917 (calendar not stated by the source) | 1917-03-12
            From October 1921                    | 1921-10
            the day before the article appeared on January 25, 1923 | 1923-01-24
            one week after October 8, 1923       | 1923-10-15~
            a few weeks / months after December 25, 1927 | 1928
            after the stroke of March 1923       | 1923-03
            the first plenum after the 13th Congress, and a year later | 1924-05/..
            """)
    void agree(String label, String edtf) {
        assertNull(DateLabels.mismatch(label, HistDate.parse(edtf, label)));
    }

    /** Label and EDTF that disagree, with a word the reason must contain. */
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            beginning of 1922                              | 1922       | wider than its label
            towards the end of 1921                        | 1921       | wider than its label
            summer 1922                                    | 1922       | wider than its label
            winter of 1920-21                              | 1920/1921-03 | wider than its label
            1922-23                                        | 1922       | does not hold
            December 1917 - March 1918                     | 1917-12-22/1918-03 | does not hold
            Eleventh Party Congress (March-April 1922)     | 1922-03-27/1922-04-02 | holds more than the date
            March-April 1922                               | 1922-03-27/1922-04-02 | does not hold
            Continuation of the notes. December 24, 1922   | 1922-12-24 | Continuation of the notes
            Continuation of the notes December 31, 1922    | 1922-12-31 | Continuation of the notes
            December 1922 (received by Lenin on December 15) | 1922-12  | received by Lenin
            "Pravda, January 25, 1923"                     | 1923-01-25 | Pravda
            "March 1921, at the Tenth Congress"            | 1921-03    | at the Tenth Congress
            one week after October 8, 1923                 | 1923-10    | starts before it
            December 24, 1922                              | 1922-12-25 | does not hold
            "October 18, 1917, old calendar"               | 1917-10-18 | does not hold
            "October 10 and 16, 1917 (old calendar)"       | 1917-10-10/1917-10-16 | names 1917-10-23 to 1917-10-29
            March 1923                                     | 1923       | wider than its label
            """)
    void disagree(String label, String edtf, String reason) {
        String why = DateLabels.mismatch(label, HistDate.parse(edtf, label));
        assertNotNull(why, label + " vs " + edtf);
        assertTrue(why.contains(reason), why);
    }
}
