package org.laststruggle.query;

import java.time.LocalDate;
import java.util.Map;

/**
 * A date window, as {@link DateWindowParams} reads it: the first and last day (either may be
 * null for an open end), and whether a date must lie within it (else it must overlap it). A window
 * that ends before it starts is empty.
 */
public record DateFilter(LocalDate from, LocalDate to, boolean within) {

    public static final DateFilter NONE = new DateFilter(null, null, false);

    public boolean isEmpty() {
        return from == null && to == null;
    }

    /**
     * An SQL condition on a daterange column (index-backed: && and <@ use its GiST index), adding
     * its parameters to {@code params}; "true" when there is no window.
     */
    public String sql(String rangeColumn, Map<String, Object> params) {
        if (isEmpty()) {
            return "true";
        }
        if (from != null && to != null && from.isAfter(to)) {
            return "false"; // a window that ends before it starts holds nothing
        }
        params.put("dfFrom", from == null ? LocalDate.of(1, 1, 1) : from);
        params.put("dfTo", to == null ? LocalDate.of(9999, 12, 31) : to);
        String window = "daterange(cast(:dfFrom as date), cast(:dfTo as date), '[]')";
        return within ? rangeColumn + " <@ " + window : rangeColumn + " && " + window;
    }
}
