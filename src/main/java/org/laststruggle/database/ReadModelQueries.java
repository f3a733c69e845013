package org.laststruggle.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.laststruggle.http.Rendered;
import org.laststruggle.query.PageRequest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Reads of the read model's lists (db/migration/V3__read_model.sql), whose rows hold JSON rendered
 * at load time. A list is one native statement: the page's JSON in the list's order with the total
 * of the match beside it; only a page past the end costs a second statement (the count).
 *
 * <p>Native SQL, because the filters use PostgreSQL's range and array operators and their
 * indexes; and plain JDBC on the API's pool rather than a Hibernate native query, because a list
 * maps no entity and bench/orm.sh measured the Hibernate path at about twice the CPU per page
 * (bench/README.md). JSON columns (named {@code *_json}) are read as the bytes the driver
 * received, and a page is assembled from them without a detour through strings. The details
 * (one row by id) are Panache entities ({@link ReadModelRow}).
 */
public final class ReadModelQueries {

    private static final LongAdder STATEMENTS = new LongAdder();

    private ReadModelQueries() {
    }

    /** The number of statements this class has run since the start (tests count statements with it). */
    public static long statements() {
        return STATEMENTS.sum();
    }

    /**
     * One page of {@code table} (which has an {@code ord} column) filtered by {@code where}, as the
     * API's Page: {"items":[...],"page":n,"size":n,"total":n}.
     */
    public static Rendered page(String table, String jsonColumn, Where where, PageRequest pr) {
        return page(table, table, jsonColumn, where, pr);
    }

    /** As {@link #page(String, String, Where, PageRequest)}, chosen and counted on {@code narrow} (see {@link #pageRows(String, String, String, Where, PageRequest)}). */
    public static Rendered page(String narrow, String table, String jsonColumn, Where where, PageRequest pr) {
        Rows rows = pageRows(narrow, table, jsonColumn, where, pr);
        return Rendered.builder(64 + rows.bytes(0)).append("{\"items\":").array(rows.json(0))
                .append(",\"page\":").append(pr.page()).append(",\"size\":").append(pr.size())
                .append(",\"total\":").append(rows.total()).append('}').page(rows.paging(pr));
    }

    /** The rows of one page (JSON columns as UTF-8 bytes) and the total number of rows the filter matches. */
    public record Rows(List<Object[]> rows, long total) {
        public Rendered.Paging paging(PageRequest pr) {
            return new Rendered.Paging(pr.page(), pr.size(), total);
        }

        /** The JSON values of column {@code column}. */
        public List<byte[]> json(int column) {
            List<byte[]> out = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                out.add((byte[]) r[column]);
            }
            return out;
        }

        /** The total size of column {@code column}'s JSON, to size the body it goes into. */
        public int bytes(int column) {
            int n = rows.size();
            for (Object[] r : rows) {
                n += ((byte[]) r[column]).length;
            }
            return n;
        }
    }

    /**
     * The {@code columns} of one page of {@code table} in its order, each row followed by the total
     * (a window count); a page past the end costs a count statement.
     */
    public static Rows pageRows(String table, String columns, Where where, PageRequest pr) {
        return pageRows(table, table, columns, where, pr);
    }

    /**
     * As {@link #pageRows(String, String, Where, PageRequest)}, with the page chosen and counted on
     * {@code narrow}, a table with the same ids, the same {@code ord} and the columns {@code where}
     * filters on, but not the JSON: where the JSON is stored in the row (V6), counting a match of
     * thousands of rows on the wide table reads thousands of pages (timeline_span, V7).
     */
    public static Rows pageRows(String narrow, String table, String columns, Where where, PageRequest pr) {
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        // The page and the total are chosen on the narrow columns (id, ord) first; only the page's rows
        // are then read whole, each by its primary key. The lateral subquery's "offset 0" keeps the
        // planner from flattening it into a join it may run as a hash join, which reads every row of
        // the wide table to find the page's few (the TimelineJS window: 830 against 3,060 statements a
        // second under pgbench, bench/README.md 0d).
        String wide = java.util.Arrays.stream(columns.split(",")).map(c -> "t." + c.strip())
                .collect(java.util.stream.Collectors.joining(", "));
        List<Object[]> rows = rows("select " + wide + ", p.total from (select id, ord, count(*) over () as total from "
                + narrow + " where " + where.sql() + " order by ord limit :limit offset :offset) p cross join lateral"
                + " (select " + wide + " from " + table + " t where t.id = p.id offset 0) t order by p.ord", params);
        long total = !rows.isEmpty() ? ((Number) rows.get(0)[rows.get(0).length - 1]).longValue()
                : pr.offset() == 0 ? 0 : count(narrow, where);
        return new Rows(rows, total);
    }

    /** The number of rows of {@code table} matching {@code where}. */
    public static long count(String table, Where where) {
        return ((Number) rows("select count(*) from " + table + " where " + where.sql(), where.params()).get(0)[0])
                .longValue();
    }

    /** The single-column values of a native select, as text (a JSON column's bytes decoded). */
    public static List<String> strings(String sql, Map<String, ?> params) {
        List<String> out = new ArrayList<>();
        for (Object[] r : rows(sql, params)) {
            out.add(r[0] instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : (String) r[0]);
        }
        return out;
    }

    /**
     * Every row of a native select with named parameters ({@code :name}; a collection value stands
     * for a list of values, as in {@code in (:ids)}), each row as an array of its columns: a column
     * named {@code *_json} as its UTF-8 bytes, any other as the driver's object.
     */
    public static List<Object[]> rows(String sql, Map<String, ?> params) {
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, params, values);
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            STATEMENTS.increment();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                boolean[] json = new boolean[n];
                for (int i = 0; i < n; i++) {
                    json[i] = md.getColumnLabel(i + 1).endsWith("_json");
                }
                List<Object[]> out = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = json[i] ? rs.getBytes(i + 1) : rs.getObject(i + 1);
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new DatabaseFailure(e);
        }
    }

    /** A failed read: the problem mapper answers it as a 503 (a timeout) or a 500. */
    public static final class DatabaseFailure extends RuntimeException {
        DatabaseFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A statement split at its named parameters: {@code parts[0] :names[0] parts[1] ...}. */
    private record Parsed(List<String> parts, List<String> names, String plain) {
    }

    /** Statements are built from a few shapes: each is parsed once. */
    private static final Map<String, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The statement with each {@code :name} outside string literals replaced by a {@code ?} (one per
     * element for a collection), collecting the values in order. {@code ::} casts are left alone.
     */
    static String positional(String sql, Map<String, ?> params, List<Object> values) {
        Parsed p = PARSED.size() < 10_000 ? PARSED.computeIfAbsent(sql, ReadModelQueries::parse) : parse(sql);
        StringBuilder out = null;
        for (int k = 0; k < p.names().size(); k++) {
            String name = p.names().get(k);
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("no value for the parameter :" + name + " of " + sql);
            }
            Object v = params.get(name);
            if (v instanceof Collection<?> list) {
                if (out == null) {
                    out = new StringBuilder(sql.length() + 16);
                    for (int m = 0; m < k; m++) {
                        out.append(p.parts().get(m)).append('?');
                    }
                }
                out.append(p.parts().get(k));
                if (list.isEmpty()) {
                    out.append("null"); // "in ()" is not SQL; "in (null)" matches nothing
                }
                int e = 0;
                for (Object x : list) {
                    out.append(e++ == 0 ? "?" : ", ?");
                    values.add(x);
                }
            } else {
                if (out != null) {
                    out.append(p.parts().get(k)).append('?');
                }
                values.add(v);
            }
        }
        return out == null ? p.plain() : out.append(p.parts().get(p.parts().size() - 1)).toString();
    }

    private static Parsed parse(String sql) {
        List<String> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        StringBuilder plain = new StringBuilder(sql.length());
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                part.append("::");
                plain.append("::");
                i++;
                continue;
            } else if (!quoted && ch == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                parts.add(part.toString());
                part.setLength(0);
                plain.append('?');
                i = end - 1;
                continue;
            }
            part.append(ch);
            plain.append(ch);
        }
        parts.add(part.toString());
        return new Parsed(List.copyOf(parts), List.copyOf(names), plain.toString());
    }
}
