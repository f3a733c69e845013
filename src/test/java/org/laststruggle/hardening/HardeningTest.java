package org.laststruggle.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Security headers on every kind of response, the statement timeout and its problem, NUL input. */
@QuarkusTest
public class HardeningTest {

    @Inject
    DataSource dataSource;

    @Inject
    org.laststruggle.database.LoaderConnections loader;

    public static void assertSecurityHeaders(Response r, String what) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals(null, r.header("Server"), what + ": no server banner");
        assertEquals(null, r.header("X-Powered-By"), what);
    }

    @Test
    void securityHeadersOnReadsErrorsHealthAndText() {
        String url = "/api/v1/events/lenin-death-1924-01-21";
        Response first = given().get(url);
        first.then().statusCode(200);
        assertSecurityHeaders(first, "read");
        Response notModified = given().header("If-None-Match", first.header("ETag")).get(url);
        assertEquals(304, notModified.statusCode());
        assertSecurityHeaders(notModified, "304");
        assertSecurityHeaders(given().get("/api/v1/persons/nobody"), "404 problem");
        assertSecurityHeaders(given().queryParam("size", "x").get("/api/v1/persons"), "400 problem");
        assertSecurityHeaders(given().get("/q/health/ready"), "health");
        assertSecurityHeaders(given().get("/api/v1/sources/pathfinder-1975/text"), "text");
        // the same headers on answers of the response cache: ResponseCacheTest (it runs with the cache on)
    }

    @Test
    void theRootPageGetsAContentSecurityPolicyWithoutInlineScripts() {
        Response r = given().get("/");
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertSecurityHeaders(r, "/");
    }

    @Test
    void everyReadRunsUnderTheStatementTimeout() throws SQLException {
        assertEquals("5s", apiSessionSetting("statement_timeout"));
    }

    @Test
    void theApiSessionsPlanEachStatementOnce() throws SQLException {
        // a prepared statement's generic plan is reused, not a new plan for each execution's parameters
        assertEquals("force_generic_plan", apiSessionSetting("plan_cache_mode"));
    }

    /** A setting as a session of the API's pool has it. */
    private String apiSessionSetting(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theApiSessionsAreReadOnly() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("show transaction_read_only")) {
                rs.next();
                assertEquals("on", rs.getString(1));
            }
            SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("delete from event"));
            assertEquals("25006", e.getSQLState(), e.getMessage()); // even as the embedded server's superuser
        }
    }

    @Test
    void aReadOverTheStatementTimeoutIsA503TimeoutProblem() throws Exception {
        // Another session holds a lock the read needs, so the read's statement waits until PostgreSQL
        // cancels it at the statement timeout (5 s on the API's connections). The API's sessions are
        // read-only and may not take that lock: the writers' connection takes it.
        try (Connection c = loader.open(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("set local statement_timeout = 0");
            st.execute("lock table dispute_read in access exclusive mode");
            try {
                long t0 = System.nanoTime();
                Response r = given().get("/api/v1/disputes?size=3");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(503, r.statusCode(), r.asString());
                assertEquals("application/problem+json", r.contentType());
                assertEquals("https://laststruggle.org/problems/timeout", r.path("type"));
                assertEquals(503, (int) r.path("status"));
                String detail = r.path("detail");
                assertFalse(detail.contains("SQL") || detail.contains("Exception"), detail);
                assertEquals("no-store", r.header("Cache-Control"));
                assertTrue(ms >= 4_500, "answered after the 5 s statement timeout, not before: " + ms + " ms");
            } finally {
                c.rollback();
            }
        }
        given().get("/api/v1/disputes?size=3").then().statusCode(200);
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void theReaderRoleOfDockerInitdbReadsEveryTableAndCannotWrite() throws Exception {
        // The API's own sessions are read-only: the role is created through the writers' connection.
        try (Connection c = loader.open(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_roles where rolname = 'laststruggle_reader'");
            if (!rs.next()) {
                st.execute(java.nio.file.Files.readString(java.nio.file.Path.of("docker/initdb/10-reader-role.sql")));
            }
        }
        int tables = 0;
        // Connected as the API connects: read-only sessions set by the driver (application.properties).
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", "laststruggle_reader");
        props.setProperty("password", "laststruggle_reader");
        props.setProperty("readOnly", "true");
        props.setProperty("readOnlyMode", "always");
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, props);
                Statement st = c.createStatement()) {
            List<String> names = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String t : names) {
                try (var rs = st.executeQuery("select count(*) from \"" + t + "\"")) {
                    assertTrue(rs.next());
                    tables++;
                }
            }
            // the queries behind the API: one with full-text search, trigram similarity and a date range
            try (var rs = st.executeQuery("select count(*) from passage where tsv @@ websearch_to_tsquery('ls_english', 'stalin')")) {
                assertTrue(rs.next() && rs.getLong(1) > 0);
            }
            SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("delete from event"));
            assertEquals("25006", e.getSQLState(), e.getMessage()); // cannot execute DELETE in a read-only transaction
            e = assertThrows(SQLException.class, () -> st.executeUpdate("update curation_state set counts = null"));
            assertEquals("25006", e.getSQLState(), e.getMessage());
            st.execute("set session characteristics as transaction read write");
            e = assertThrows(SQLException.class, () -> st.executeUpdate("delete from event"));
            assertEquals("42501", e.getSQLState(), e.getMessage()); // permission denied
            e = assertThrows(SQLException.class, () -> st.execute("create table intruder (x int)"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
        assertTrue(tables >= 15, tables + " tables");
        given().get("/api/v1/events/lenin-death-1924-01-21").then().statusCode(200); // the data is intact
    }

    @Test
    void aNulCharacterIsA400NamingTheParameterOr404InAPath() {
        given().urlEncodingEnabled(false).get("/api/v1/events?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("q"));
        given().urlEncodingEnabled(false).get("/api/v1/persons/fot%00ieva").then().statusCode(404)
                .contentType("application/problem+json").body("errors", nullValue());
        // an unknown parameter is ignored, even with a NUL
        given().urlEncodingEnabled(false).get("/api/v1/events?q=stroke&other=%00").then().statusCode(200);
        List<String> ids = given().get("/api/v1/events?q=stroke").then().extract().jsonPath().getList("items.id");
        assertFalse(ids.isEmpty());
    }
}
