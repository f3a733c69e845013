package org.laststruggle.database;

import org.laststruggle.dates.HistDateDto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * Native SQL through the Hibernate session, for the reads JPQL cannot express (date ranges,
 * full-text search, trigram matching), with small converters for the tuple values.
 */
public final class Rows {

    private Rows() {
    }

    public static List<Tuple> query(String sql, Map<String, ?> params) {
        Query q = Panache.getEntityManager().createNativeQuery(sql, Tuple.class);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return rows;
    }

    public static String str(Tuple t, String col) {
        Object v = t.get(col);
        return v == null ? null : v.toString();
    }

    public static Integer integer(Tuple t, String col) {
        Object v = t.get(col);
        return v == null ? null : ((Number) v).intValue();
    }

    public static long longValue(Tuple t, String col) {
        Object v = t.get(col);
        return v == null ? 0 : ((Number) v).longValue();
    }

    public static boolean bool(Tuple t, String col) {
        Object v = t.get(col);
        return v != null && (Boolean) v;
    }

    public static LocalDate date(Tuple t, String col) {
        Object v = t.get(col);
        if (v == null) return null;
        if (v instanceof LocalDate d) return d;
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        return LocalDate.parse(v.toString());
    }

    /** The HistDate stored in the columns {@code prefix_edtf, prefix_label, prefix_note, prefix_disputed}. */
    public static HistDateDto histDate(Tuple t, String prefix) {
        return HistDateDto.of(str(t, prefix + "_edtf"), str(t, prefix + "_label"), str(t, prefix + "_note"),
                bool(t, prefix + "_disputed"));
    }

    /** The select list for a stored HistDate (with its sort key, for ORDER BY over a union). */
    public static String dateColumns(String alias, String prefix) {
        String a = alias == null ? "" : alias + ".";
        return String.format("%1$s%2$s_edtf as %2$s_edtf, %1$s%2$s_label as %2$s_label, %1$s%2$s_precision as %2$s_precision,"
                + " %1$s%2$s_earliest as %2$s_earliest, %1$s%2$s_latest as %2$s_latest, %1$s%2$s_note as %2$s_note,"
                + " %1$s%2$s_disputed as %2$s_disputed, %1$s%2$s_sort as %2$s_sort", a, prefix);
    }
}
