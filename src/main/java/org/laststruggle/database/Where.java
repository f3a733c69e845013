package org.laststruggle.database;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.laststruggle.query.DateFilter;

/**
 * The WHERE clause of a read-model list and its named parameters, built one filter at a time.
 * Every filter of every list is one of the shapes below, so each is written once.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** A condition with its named parameter; nothing when the value is null (the filter is not given). */
    public Where and(String condition, String param, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /** A condition without parameters, when {@code when} holds. */
    public Where andIf(boolean when, String condition) {
        if (when) {
            conditions.add(condition);
        }
        return this;
    }

    /** {@code column} (an ls_norm()ed text) contains the words of q (null: no filter). */
    public Where contains(String normColumn, String q) {
        return and(normColumn + " like '%' || ls_norm(:q) || '%' escape '\\'", "q", q == null ? null : likeEscape(q));
    }

    /**
     * For a page chosen on a narrow companion table (timeline_span, event_span), whose text stays in
     * the wide table: the wide row with the same id has a text_norm that contains the words of q (null:
     * no filter), looked up by id for each candidate.
     */
    public Where containsInWide(String narrow, String wide, String q) {
        return and("exists (select from " + wide + " r where r.id = " + narrow + ".id and strpos(r.text_norm, ls_norm(:q)) > 0)",
                "q", q);
    }

    /** {@code column} (a text[] of ids) contains the id (null: no filter); uses the column's GIN index. */
    public Where hasId(String arrayColumn, String param, String id) {
        return and(arrayColumn + " @> array[cast(:" + param + " as text)]", param, id);
    }

    /**
     * The date window of a request (inclusive days; either end may be open) against a daterange
     * column: match=within keeps spans inside the window, otherwise spans touching it. Rows with no
     * range (undated) never match a window; a window that ends before it starts holds nothing.
     * Uses the column's GiST index.
     */
    public Where dates(String rangeColumn, DateFilter window) {
        if (window == null || window.isEmpty()) {
            return this;
        }
        LocalDate from = window.from();
        LocalDate to = window.to();
        boolean within = window.within();
        if (from != null && to != null && from.isAfter(to)) {
            conditions.add("false");
            return this;
        }
        params.put("dfFrom", from == null ? LocalDate.of(1, 1, 1) : from);
        params.put("dfTo", to == null ? LocalDate.of(9999, 12, 31) : to);
        conditions.add(rangeColumn + (within ? " <@ " : " && ")
                + "daterange(cast(:dfFrom as date), cast(:dfTo as date), '[]')");
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** The text with LIKE's wildcards escaped (ls_norm leaves backslashes, % and _ alone). */
    static String likeEscape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
