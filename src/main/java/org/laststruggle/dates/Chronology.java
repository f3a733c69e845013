package org.laststruggle.dates;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The one chronological order of the API and the page. Every list sorted by date (events, documents,
 * letters, congresses, the timeline, the lists inside a person or congress) orders by the key computed
 * here, stored with each date at load time; the page keeps the API's order and groups by {@link #group}.
 *
 * <p>The rule: a date sorts at the <em>last day it may denote</em>, so that an imprecise date comes after
 * every more precise date it may contain ("end of December 1922", {@code 1922-12}, after 12 December;
 * {@code 1922} after all of 1922's months). An interval sorts where its start would ({@code
 * 1922-12-23/1923-01-04} on 23 December 1922; {@code 1922-12/1923-03} with the months of December 1922;
 * an open start {@code ../B} where B would). A set of claimed dates ({@code [1922-12-12,1922-12-16]})
 * sorts at its last member. Ties: the finer precision first (day, then a set whose last member is a day,
 * then month, year, decade, century), then the earlier end (a day before an interval that starts on it,
 * shorter intervals first); lists then break remaining ties by kind and id. Undated items come last.
 *
 * <p>The key is a string of 17 digits, compared as text: the anchor day {@code YYYYMMDD}, the precision
 * rank (0-5), the last day {@code YYYYMMDD} ({@code 99991231} for an open end). Example: {@code 1922-12}
 * is {@code 19221231219221231}.
 */
public final class Chronology {

    /** The order in words, for the descriptions of the list operations (OpenAPI). */
    public static final String ORDER_DOC = "Sorted in the one chronological order of the API and the page (date.sortKey):"
            + " a date sorts at the last day it may denote, so a month comes after its days and a year after its months;"
            + " an interval sorts where its start would, a set of disputed dates at its last claim; on the same day the"
            + " finer precision first, then the earlier end";

    /** Rank of the anchoring precision: a finer date first when two dates anchor on the same day. */
    static final int DAY_RANK = 0;
    static final int SET_OF_DAYS_RANK = 1;
    static final int MONTH_RANK = 2;
    static final int YEAR_RANK = 3;
    static final int DECADE_RANK = 4;
    static final int CENTURY_RANK = 5;

    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** The order of dates (null, that is undated, last). */
    public static final Comparator<HistDate> ORDER = Comparator.nullsLast(Comparator.comparing(Chronology::sortKey));

    private Chronology() {
    }

    /** The sort key of a date, or null for no date (sorted last). */
    public static String sortKey(HistDate date) {
        if (date == null) {
            return null;
        }
        HistDate anchor = anchorOf(date);
        int rank = rank(anchor.precision());
        if (HistDate.SET.equals(date.precision()) && rank == DAY_RANK) {
            rank = SET_OF_DAYS_RANK;
        }
        LocalDate last = date.latest() == null ? OPEN_END : date.latest();
        return digits(anchor.latest()) + rank + digits(last);
    }

    /** The sort key of a stored EDTF date; null for none. */
    public static String sortKey(String edtf) {
        return edtf == null ? null : sortKey(HistDate.parse(edtf, null));
    }

    /**
     * The group a date's entry is shown under on the page, from its sort key: the month ({@code 1922-12}) of
     * its anchor for a day, a set or a month; the year ({@code 1922}) for a year; {@code 192X} for a decade,
     * {@code 19XX} for a century; {@code undated} for none. Groups follow each other in sort order.
     */
    public static String group(String sortKey) {
        if (sortKey == null) {
            return "undated";
        }
        int rank = sortKey.charAt(8) - '0';
        String year = sortKey.substring(0, 4);
        return switch (rank) {
            case YEAR_RANK -> year;
            case DECADE_RANK -> year.substring(0, 3) + "X";
            case CENTURY_RANK -> year.substring(0, 2) + "XX";
            default -> year + "-" + sortKey.substring(4, 6);
        };
    }

    /** The single date whose last day anchors the order: the date itself, the start of an interval, a set's last member. */
    private static HistDate anchorOf(HistDate d) {
        if (HistDate.SET.equals(d.precision())) {
            return d.oneOf().get(d.oneOf().size() - 1);
        }
        if (!HistDate.RANGE.equals(d.precision())) {
            return d;
        }
        String edtf = d.edtf();
        int slash = edtf.indexOf('/');
        String start = edtf.substring(0, slash);
        return HistDate.parse(start.equals("..") ? edtf.substring(slash + 1) : start, null);
    }

    private static int rank(String precision) {
        return switch (precision) {
            case HistDate.DAY -> DAY_RANK;
            case HistDate.MONTH -> MONTH_RANK;
            case HistDate.YEAR -> YEAR_RANK;
            case HistDate.DECADE -> DECADE_RANK;
            case HistDate.CENTURY -> CENTURY_RANK;
            default -> throw new IllegalStateException("no rank for " + precision);
        };
    }

    private static String digits(LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
