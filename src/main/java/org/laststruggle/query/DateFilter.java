package org.laststruggle.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.laststruggle.dates.HistDate;

/**
 * A date window, as {@link DateWindowParams} reads it: the first and last day (either may be
 * null for an open end), and whether a date must lie within it (else it must overlap it). A window
 * that ends before it starts is empty. A disputed date that is a set of claimed dates overlaps the
 * window when one of the claimed dates does, and lies within it when all of them do; the days
 * between the claims do not count.
 */
public record DateFilter(LocalDate from, LocalDate to, boolean within) {

    public static final DateFilter NONE = new DateFilter(null, null, false);

    public boolean isEmpty() {
        return from == null && to == null;
    }

    /** Whether a date passes this filter, by the rule of {@link #sql} (for code that filters outside SQL). */
    public boolean matches(HistDate date) {
        if (isEmpty()) {
            return true;
        }
        if (date == null || (from != null && to != null && from.isAfter(to))) {
            return false;
        }
        LocalDate lo = from == null ? LocalDate.MIN : from;
        LocalDate hi = to == null ? LocalDate.MAX : to;
        List<LocalDate[]> spans = date.spans();
        if (within) {
            return spans.stream().allMatch(s -> s[0] != null && s[1] != null && !s[0].isBefore(lo) && !s[1].isAfter(hi));
        }
        return spans.stream().anyMatch(s -> (s[0] == null || !s[0].isAfter(hi)) && (s[1] == null || !s[1].isBefore(lo)));
    }

    /**
     * An SQL condition on a datemultirange column, the {@code _days} of a stored date (index-backed:
     * && and <@ use its GiST index), adding its parameters to {@code params}; "true" when there is no
     * window.
     */
    public String sql(String daysColumn, Map<String, Object> params) {
        if (isEmpty()) {
            return "true";
        }
        if (from != null && to != null && from.isAfter(to)) {
            return "false"; // a window that ends before it starts holds nothing
        }
        params.put("dfFrom", from == null ? LocalDate.of(1, 1, 1) : from);
        params.put("dfTo", to == null ? LocalDate.of(9999, 12, 31) : to);
        String window = "daterange(cast(:dfFrom as date), cast(:dfTo as date), '[]')";
        return within ? daysColumn + " <@ " + window : daysColumn + " && " + window;
    }
}
