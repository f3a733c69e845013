package org.laststruggle.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * How the loaded read model is stored and read: its JSON uncompressed in the row (V6), the
 * timeline's narrow companion written with it (V7), planner statistics present as soon as the load
 * commits, and the list reads' named parameters bound in order on plain JDBC.
 */
@QuarkusTest
class ReadModelStorageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldStoreTheServedJsonUncompressed() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            // pg_column_size is the stored size: below the text's length when pglz compressed it. By default
            // PostgreSQL compresses the values of a row wider than about 2 kB; these rows are.
            Map<String, String> wideRows = Map.of(
                    "event_read.item_json", "octet_length(item_json) + octet_length(detail_json)",
                    "timeline_read.timelinejs_json", "octet_length(native_json) + octet_length(timelinejs_json) + octet_length(vis_json)",
                    "person_read.detail_json", "octet_length(item_json) + octet_length(detail_json)");
            for (Map.Entry<String, String> e : wideRows.entrySet()) {
                String[] tc = e.getKey().split("\\.");
                try (ResultSet rs = st.executeQuery("select count(*), count(*) filter (where pg_column_size(" + tc[1]
                        + ") < octet_length(" + tc[1] + ")) from " + tc[0] + " where " + e.getValue() + " > 2100")) {
                    rs.next();
                    assertTrue(rs.getLong(1) > 20, e.getKey() + ": the test needs rows wide enough to be compressed by default");
                    assertEquals(0, rs.getLong(2), e.getKey() + ": values stored compressed");
                }
            }
        }
    }

    @Test
    void shouldHavePlannerStatisticsRightAfterTheLoad() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select c.relname, c.reltuples, s.last_analyze from pg_class c"
                        + " join pg_stat_user_tables s on s.relid = c.oid where c.relname in ('event_read', 'timeline_read',"
                        + " 'timeline_span', 'event_span')"
                        + " order by 1")) {
            int n = 0;
            while (rs.next()) {
                n++;
                // reltuples is -1 for a table never analyzed or vacuumed
                assertTrue(rs.getDouble(2) > 100, rs.getString(1) + " has no row estimate: " + rs.getDouble(2));
                assertTrue(rs.getTimestamp(3) != null, rs.getString(1) + " was never analyzed");
            }
            assertEquals(4, n);
        }
    }

    @Test
    void shouldWriteTheTimelineSpanInStepWithTheTimeline() throws Exception {
        assertSpanInStep("timeline_read", "timeline_span", "ord, kind, type, date_days, agents, top_level", 300);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) filter (where cardinality(agents) > 0),"
                        + " count(*) filter (where not top_level), count(distinct kind) from timeline_span")) {
            rs.next();
            // the columns compared hold values, not nulls and empties on both sides
            assertTrue(rs.getLong(1) > 100 && rs.getLong(2) > 10 && rs.getLong(3) == 3,
                    rs.getLong(1) + " with agents, " + rs.getLong(2) + " not top-level, " + rs.getLong(3) + " kinds");
        }
    }

    @Test
    void shouldWriteTheEventSpanInStepWithTheEvents() throws Exception {
        assertSpanInStep("event_read", "event_span", "ord, type, date_days, congress_id, agents, documents", 250);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) filter (where cardinality(documents) > 0),"
                        + " count(*) filter (where congress_id is not null) from event_span")) {
            rs.next();
            assertTrue(rs.getLong(1) > 50 && rs.getLong(2) > 20, rs.getLong(1) + " with documents, " + rs.getLong(2)
                    + " with a congress");
        }
    }

    /**
     * A narrow companion table (V7, V8) holds a row for every row of its wide table, with the same
     * values in {@code columns}, written in list order (ord) so that the rows of a date window share
     * a few pages: walked in ord order, its rows change heap page about once per page (rows written
     * in any other order would change page at almost every row).
     */
    private void assertSpanInStep(String wide, String span, String columns, long atLeast) throws Exception {
        String r = Arrays.stream(columns.split(",")).map(x -> "r." + x.strip()).collect(Collectors.joining(", "));
        String s = r.replace("r.", "s.");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select (select count(*) from " + wide + "), (select count(*) from " + span + "),"
                        + " (select count(*) from " + wide + " r full join " + span + " s using (id)"
                        + " where r.id is null or s.id is null or (" + r + ") is distinct from (" + s + ")),"
                        + " (select count(*) filter (where page <> prev) from (select page, lag(page) over (order by ord) as prev"
                        + " from (select (ctid::text::point)[0] as page, ord from " + span + ") p) o),"
                        + " (select count(distinct (ctid::text::point)[0]) from " + span + ")")) {
            rs.next();
            assertTrue(rs.getLong(1) > atLeast, wide + " has " + rs.getLong(1) + " rows");
            assertEquals(rs.getLong(1), rs.getLong(2), span + " rows");
            assertEquals(0, rs.getLong(3), span + " rows not in step with " + wide);
            assertTrue(rs.getLong(5) > 1 && rs.getLong(4) <= 2 * rs.getLong(5), span + ": " + rs.getLong(4)
                    + " page changes in ord order over " + rs.getLong(5) + " pages");
        }
    }

    @Test
    void shouldBindNamedParametersInOrderAndExpandCollections() {
        List<Object> values = new ArrayList<>();
        String sql = ReadModelQueries.positional("select ':not' as a, x::text from t where id in (:ids) and d = :d"
                + " and e = :d and f like '%' || :q || '%' escape '\\'", Map.of("ids", List.of("a", "b"), "d", 7, "q", "x"),
                values);
        assertEquals("select ':not' as a, x::text from t where id in (?, ?) and d = ? and e = ? and f like '%' || ? || '%'"
                + " escape '\\'", sql);
        assertEquals(List.of("a", "b", 7, 7, "x"), values);
        values.clear();
        assertEquals("select 1 where a = ? and id in (?, ?, ?) and b = ?", ReadModelQueries.positional(
                "select 1 where a = :a and id in (:ids) and b = :b", Map.of("a", 1, "ids", List.of(2, 3, 4), "b", 5), values));
        assertEquals(List.of(1, 2, 3, 4, 5), values);
        assertThrows(IllegalArgumentException.class, () -> ReadModelQueries.positional("select :missing", Map.of(), values));
    }

    @Test
    void shouldReadRowsThroughTheApiPool() {
        long before = ReadModelQueries.statements();
        List<Object[]> rows = ReadModelQueries.rows("select id, detail_json from person_read where id in (:ids) order by id",
                Map.of("ids", List.of("stalin", "trotsky")));
        assertEquals(1, ReadModelQueries.statements() - before);
        assertEquals(2, rows.size());
        assertEquals("stalin", rows.get(0)[0]);
        // a *_json column comes as the stored bytes
        String json = new String((byte[]) rows.get(1)[1], java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{") && json.contains("\"id\":\"trotsky\""), json.substring(0, 80));
        assertEquals(0, ReadModelQueries.rows("select id from person_read where id in (:ids)", Map.of("ids", List.of())).size());
    }
}
