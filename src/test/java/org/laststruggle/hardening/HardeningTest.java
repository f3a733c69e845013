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
import org.laststruggle.common.ProblemBody;
import org.laststruggle.common.ProblemMappers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Security headers on every kind of response, the statement timeout and its problem, NUL input. */
@QuarkusTest
class HardeningTest {

    @Inject
    DataSource dataSource;

    static void assertSecurityHeaders(Response r, String what) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals(null, r.header("Server"), what + ": no server banner");
        assertEquals(null, r.header("X-Powered-By"), what);
    }

    @Test
    void securityHeadersOnFreshAndCachedReadsErrorsAndHealth() {
        String url = "/api/v1/events/lenin-death-1924-01-21?hardening=headers";
        Response first = given().get(url);
        first.then().statusCode(200);
        Response second = given().get(url); // answered by ResponseCache from the Vert.x route
        second.then().statusCode(200);
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertSecurityHeaders(first, "fresh read");
        assertSecurityHeaders(second, "cached read");
        Response notModified = given().header("If-None-Match", first.header("ETag")).get(url);
        assertEquals(304, notModified.statusCode());
        assertSecurityHeaders(notModified, "304 from the cache");
        assertSecurityHeaders(given().get("/api/v1/persons/nobody"), "404 problem");
        assertSecurityHeaders(given().queryParam("size", "x").get("/api/v1/persons"), "400 problem");
        assertSecurityHeaders(given().get("/q/health/ready"), "health");
        assertSecurityHeaders(given().get("/api/v1/sources/pathfinder-1975/text"), "text");
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
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("show statement_timeout")) {
            rs.next();
            assertEquals("5s", rs.getString(1));
        }
    }

    @Test
    void aQueryOverTheStatementTimeoutIsA503TimeoutProblem() throws SQLException {
        SQLException timeout;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("set statement_timeout = 20");
            try {
                // a real, slow read of the served data: every pair of passages compared by similarity
                timeout = assertThrows(SQLException.class, () -> st.executeQuery(
                        "select count(*) from passage a cross join passage b where similarity(a.clean_text, b.clean_text) > 0.9"));
            } finally {
                st.execute("reset statement_timeout");
            }
        }
        assertEquals("57014", timeout.getSQLState());
        jakarta.ws.rs.core.Response r = new ProblemMappers().unexpected(
                new jakarta.persistence.QueryTimeoutException("wrapped", timeout), null);
        assertEquals(503, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
        ProblemBody body = (ProblemBody) r.getEntity();
        assertEquals("https://laststruggle.org/problems/timeout", body.type());
        assertEquals(503, body.status());
        assertFalse(body.detail().contains("SQL") || body.detail().contains("Exception"), body.detail());
        assertEquals("no-store", r.getHeaderString("Cache-Control"));
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
