package org.laststruggle.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.laststruggle.http.Rendered;
import org.laststruggle.query.PageRequest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;

/**
 * Reads of the read model (db/migration/V3__read_model.sql), whose rows hold JSON rendered at load
 * time. A list is one native statement: the page's JSON in the list's order with the total of the
 * match beside it; only a page past the end costs a second statement (the count). Native SQL
 * because the filters use PostgreSQL's range and array operators and their indexes.
 */
public final class ReadModelQueries {

    private ReadModelQueries() {
    }

    /**
     * One page of {@code table} (which has an {@code ord} column) filtered by {@code where}, as the
     * API's Page: {"items":[...],"page":n,"size":n,"total":n}.
     */
    public static Rendered page(String table, String jsonColumn, Where where, PageRequest pr) {
        Rows rows = pageRows(table, jsonColumn, where, pr);
        StringBuilder json = new StringBuilder(64 + rows.rows().size() * 1024).append("{\"items\":");
        appendArray(json, rows.rows(), 0);
        json.append(",\"page\":").append(pr.page()).append(",\"size\":").append(pr.size())
                .append(",\"total\":").append(rows.total()).append('}');
        return Rendered.page(json, rows.paging(pr));
    }

    /** The rows of one page and the total number of rows the filter matches. */
    public record Rows(List<Object[]> rows, long total) {
        public Rendered.Paging paging(PageRequest pr) {
            return new Rendered.Paging(pr.page(), pr.size(), total);
        }
    }

    /**
     * The {@code columns} of one page of {@code table} in its order, each row followed by the total
     * (a window count); a page past the end costs a count statement.
     */
    public static Rows pageRows(String table, String columns, Where where, PageRequest pr) {
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        // The page and the total are chosen on the narrow columns (id, ord) first; only the page's rows
        // are then read whole. Counting over the JSON itself would decompress every matching row's JSON.
        String wide = java.util.Arrays.stream(columns.split(",")).map(c -> "t." + c.strip())
                .collect(java.util.stream.Collectors.joining(", "));
        List<Object[]> rows = rows("select " + wide + ", p.total from (select id, ord, count(*) over () as total from "
                + table + " where " + where.sql() + " order by ord limit :limit offset :offset) p join " + table
                + " t on t.id = p.id order by p.ord", params);
        long total = !rows.isEmpty() ? ((Number) rows.get(0)[rows.get(0).length - 1]).longValue()
                : pr.offset() == 0 ? 0 : count(table, where);
        return new Rows(rows, total);
    }

    /** Appends a JSON array of the rendered values in column {@code column} of the rows. */
    public static void appendArray(StringBuilder json, List<Object[]> rows, int column) {
        json.append('[');
        for (int i = 0; i < rows.size(); i++) {
            json.append(i == 0 ? "" : ",").append((String) rows.get(i)[column]);
        }
        json.append(']');
    }

    /** The number of rows of {@code table} matching {@code where}. */
    public static long count(String table, Where where) {
        Query q = Panache.getEntityManager().createNativeQuery("select count(*) from " + table + " where " + where.sql());
        where.params().forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Every row of a native select, each as an array of its columns. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(String sql, Map<String, ?> params) {
        Query q = Panache.getEntityManager().createNativeQuery(sql, Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** The single-column values of a native select. */
    @SuppressWarnings("unchecked")
    public static List<String> strings(String sql, Map<String, ?> params) {
        Query q = Panache.getEntityManager().createNativeQuery(sql, String.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
