package org.laststruggle.query;

import org.laststruggle.dates.HistDate;
import org.laststruggle.problem.ApiProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The from / to / match query parameters: from and to take YYYY, YYYY-MM or YYYY-MM-DD (a
 * month or year stands for all its days); match=overlaps (default) keeps things whose dates
 * touch the window, match=within those entirely inside it. A disputed date that is a set of
 * claimed dates touches the window when one of the claimed dates does, and lies within it when
 * all of them do; the days between the claims do not count.
 */
public record DateFilter(LocalDate from, LocalDate to, boolean within) {

    public static final DateFilter NONE = new DateFilter(null, null, false);

    public static DateFilter of(String from, String to, String match) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        LocalDate f = bound("from", from, 0, errors);
        LocalDate t = bound("to", to, 1, errors);
        boolean within = false;
        if (match != null && !match.isBlank()) {
            switch (match.strip()) {
                case "overlaps" -> within = false;
                case "within" -> within = true;
                default -> errors.add(new ApiProblem.FieldError("match", "must be 'overlaps' or 'within', was '"
                        + ApiProblem.shorten(match) + "'"));
            }
        }
        if (f != null && t != null && f.isAfter(t)) {
            errors.add(new ApiProblem.FieldError("to", "must not be before from (" + from + "), was " + to));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        return new DateFilter(f, t, within);
    }

    private static LocalDate bound(String name, String value, int side, List<ApiProblem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return HistDate.parseQueryBound(value.strip())[side];
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            errors.add(new ApiProblem.FieldError(name, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1922-12), was '"
                    + ApiProblem.shorten(value) + "'"));
            return null;
        }
    }

    /** Whether a date passes this filter, by the rule of {@link #sql} (for code that filters outside SQL). */
    public boolean matches(org.laststruggle.dates.HistDate date) {
        if (isEmpty()) {
            return true;
        }
        if (date == null) {
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

    public boolean isEmpty() {
        return from == null && to == null;
    }

    /**
     * An SQL condition on a datemultirange column, the {@code _days} of a stored date (index-backed:
     * && and <@ use its GiST index), adding
     * its parameters to {@code params}; "true" when there is no window.
     */
    public String sql(String daysColumn, Map<String, Object> params) {
        if (isEmpty()) {
            return "true";
        }
        params.put("dfFrom", from == null ? LocalDate.of(1, 1, 1) : from);
        params.put("dfTo", to == null ? LocalDate.of(9999, 12, 31) : to);
        String window = "daterange(cast(:dfFrom as date), cast(:dfTo as date), '[]')";
        return within ? daysColumn + " <@ " + window : daysColumn + " && " + window;
    }
}
