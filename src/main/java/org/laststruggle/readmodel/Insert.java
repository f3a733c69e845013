package org.laststruggle.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;

import org.laststruggle.dates.HistDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * A batched insert into one read-model table: {@code row(...)} takes the values in column order
 * (records and lists are written as JSON; a {@link HistDate} as the multirange of its days; a {@link Norm} through
 * {@code ls_norm}), {@code close()} sends the batch.
 */
final class Insert implements AutoCloseable {

    /** A text the database normalizes with ls_norm() (lower case, accents removed) as it is stored. */
    record Norm(String text) {
    }

    /** An array of ids. */
    record Ids(Collection<String> ids) {
    }

    /** JSON of a value. */
    record Json(Object value) {
    }

    private final Connection c;
    private final PreparedStatement ps;
    private final ObjectWriter json;
    private final int columns;

    Insert(Connection c, ObjectWriter json, String table, String... columns) throws SQLException {
        this.c = c;
        this.json = json;
        this.columns = columns.length;
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            values.append(i == 0 ? "" : ", ").append(placeholder(columns[i]));
        }
        this.ps = c.prepareStatement("insert into " + table + " (" + String.join(", ", List.of(columns).stream()
                .map(Insert::name).toList()) + ") values (" + values + ")");
    }

    /** Column names may carry a type: "date_days:days", "names_norm:norm", "agents:text[]". */
    private static String name(String column) {
        int i = column.indexOf(':');
        return i < 0 ? column : column.substring(0, i);
    }

    private static String placeholder(String column) {
        int i = column.indexOf(':');
        String type = i < 0 ? "" : column.substring(i + 1);
        return switch (type) {
            // an undated entity has no days (null), not unbounded ones
            case "days" -> "cast(? as datemultirange)";
            case "norm" -> "ls_norm(?)";
            default -> "?";
        };
    }

    void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        int p = 1;
        for (Object v : values) {
            if (v instanceof HistDate h) {
                ps.setString(p++, h.daysLiteral());
            } else if (v == NoDate.INSTANCE) {
                ps.setNull(p++, Types.VARCHAR);
            } else if (v instanceof Norm n) {
                ps.setString(p++, n.text());
            } else if (v instanceof Ids ids) {
                ps.setArray(p++, c.createArrayOf("text", ids.ids().toArray()));
            } else if (v instanceof Json j) {
                try {
                    ps.setString(p++, json.writeValueAsString(j.value()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot render " + j.value().getClass().getSimpleName(), e);
                }
            } else if (v instanceof Integer i) {
                ps.setInt(p++, i);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(p++, b);
            } else if (v == null) {
                ps.setNull(p++, Types.NULL); // the server infers the column's type
            } else {
                ps.setString(p++, v.toString());
            }
        }
        ps.addBatch();
    }

    /** The value of a days column for something undated. */
    enum NoDate { INSTANCE }

    /** The value for a days column: the date's days, or none. */
    static Object days(HistDate h) {
        return h == null ? NoDate.INSTANCE : h;
    }

    @Override
    public void close() throws SQLException {
        try {
            ps.executeBatch();
        } finally {
            ps.close();
        }
    }
}
