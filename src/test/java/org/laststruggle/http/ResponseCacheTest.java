package org.laststruggle.http;

import org.laststruggle.database.SqlCounter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
@TestProfile(ResponseCacheTest.CacheOn.class)
class ResponseCacheTest {

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("laststruggle.cache.max-bytes", "1000000");
        }
    }

    @Inject
    ResponseCache cache;

    @Inject
    org.laststruggle.database.DataVersion dataVersion;

    @Test
    void shouldAnswerARepeatedReadFromMemoryWithTheSameBytesAndHeaders() {
        String url = "/api/v1/events?from=1922-12&to=1923-03&size=5";
        Response first = given().header("Origin", "https://example.org").get(url);
        long sizeAfterFirst = cache.size();
        long statements = SqlCounter.count(() -> {
            Response second = given().header("Origin", "https://example.org").get(url);
            assertEquals(first.asString(), second.asString());
            assertEquals(first.header("ETag"), second.header("ETag"));
            assertEquals(first.headers().getValues("Link"), second.headers().getValues("Link"));
            assertEquals("application/json;charset=UTF-8", second.contentType());
            assertEquals("*", second.header("Access-Control-Allow-Origin"), "the same for every origin, never an echo");
            assertTrue(second.header("Access-Control-Expose-Headers").contains("ETag"));
        });
        assertEquals(0, statements, "the second read touches no database");
        assertTrue(sizeAfterFirst >= 1);
        given().header("If-None-Match", first.header("ETag")).get(url).then().statusCode(304);
    }

    @Test
    void shouldReplayEveryTimelineFormatWithItsMediaType() {
        for (String format : new String[] {"native", "timelinejs", "vis"}) {
            String url = "/api/v1/timeline?from=1922-12&to=1923-03&size=3&format=" + format;
            Response first = given().get(url);
            Response second = given().get(url);
            assertEquals(200, second.statusCode());
            assertEquals(first.contentType(), second.contentType(), format);
            assertTrue(second.contentType().startsWith("application/json"), format + ": " + second.contentType());
            assertEquals(first.asString(), second.asString(), format);
        }
    }

    @Test
    void shouldCacheTimelineReadsOfClientsThatSendNoAccept() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String format : new String[] {"native", "timelinejs", "vis"}) {
            java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                            + "/api/v1/timeline?from=1923-01&to=1923-02&size=4&format=" + format)).GET().build();
            var first = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode());
            long statements = SqlCounter.count(() -> {
                try {
                    var second = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertEquals(first.body(), second.body());
                    assertEquals("application/json;charset=UTF-8", second.headers().firstValue("Content-Type").orElse(""));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(0, statements, format + ": the repeat is answered from the cache");
        }
    }

    @Test
    void shouldNotKeepErrorsOtherMediaTypesHeadRequestsOrUnknownParameters() {
        given().get("/api/v1/events/lenin-death-1924-01-21").then().statusCode(200);
        long before = cache.size();
        given().get("/api/v1/events/no-such-event").then().statusCode(404);
        given().get("/api/v1/events/no-such-event").then().statusCode(404).contentType("application/problem+json");
        given().accept("application/xml").get("/api/v1/events").then().statusCode(406);
        given().queryParam("size", "x").get("/api/v1/events").then().statusCode(400);
        given().head("/api/v1/events?size=2").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/events?size=1&utm_source=newsletter").then().statusCode(200);
        given().get("/api/v1/events?size=1&utm_source=newsletter").then().statusCode(200);
        assertEquals(before, cache.size(), "no entry for errors, HEAD or URLs with parameters the operation does not take");
        long statements = SqlCounter.count(() -> given().get("/api/v1/events?size=1&utm_source=other").then().statusCode(200));
        assertEquals(1, statements, "a URL with an unknown parameter is answered from the database");
        given().get("/api/v1/events?size=1").then().statusCode(200);
        assertEquals(before + 1, cache.size(), "the same read without the unknown parameter is kept");
        given().get("/api/v1/sources/north-2022").then().statusCode(200).body("id", equalTo("north-2022"));
    }

    @Test
    void shouldAnswerWithTheSecurityHeadersFromTheCacheToo() {
        String url = "/api/v1/events/lenin-death-1924-01-21";
        Response first = given().get(url);
        first.then().statusCode(200);
        long statements = SqlCounter.count(() -> {
            Response second = given().get(url);
            second.then().statusCode(200);
            assertEquals(first.asString(), second.asString());
            assertEquals(first.header("ETag"), second.header("ETag"));
            org.laststruggle.hardening.HardeningTest.assertSecurityHeaders(second, "cached read");
            Response notModified = given().header("If-None-Match", first.header("ETag")).get(url);
            assertEquals(304, notModified.statusCode());
            org.laststruggle.hardening.HardeningTest.assertSecurityHeaders(notModified, "304 from the cache");
        });
        assertEquals(0, statements, "both answers came from the cache");
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void shouldKeepContentTypeAndSecurityHeadersWithOrWithoutAccept() throws Exception {
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("api/v1/timeline?from=1922-11", "api/v1/timeline?format=timelinejs&from=1922-11",
                "api/v1/persons/fotieva")) {
            for (String accept : new String[] {null, "*/*", "application/json, text/plain"}) {
                var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path));
                if (accept != null) b.header("Accept", accept);
                var req = b.build();
                http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
                long statements = SqlCounter.count(() -> {
                    try {
                        var r = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
                        String what = path + " Accept " + accept;
                        assertEquals(200, r.statusCode(), what);
                        assertEquals("application/json;charset=UTF-8", r.headers().firstValue("Content-Type").orElse(null), what);
                        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
                        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                assertEquals(0, statements, path + " Accept " + accept + ": the repeat came from the cache");
            }
        }
    }

    @Inject
    org.laststruggle.database.LoaderConnections writers;

    @Test
    void shouldDropEverythingWhenTheDataVersionChanges() throws java.sql.SQLException {
        Response before = given().get("/api/v1/events?size=3");
        before.then().statusCode(200);
        assertTrue(cache.size() >= 1);
        String now = dataVersion.current();
        assertTrue(before.header("ETag").startsWith("\"" + now + "-"), before.header("ETag"));
        String hash;
        try (java.sql.Connection c = writers.open(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("select content_hash from curation_state")) {
            assertTrue(rs.next());
            hash = rs.getString(1);
        }
        try {
            // What a load elsewhere does: the version row changes; this instance reads it at its next check.
            setHash("0123456789abcdef" + hash.substring(16));
            dataVersion.refresh();
            assertEquals("0123456789abcdef", dataVersion.current());
            given().get("/api/v1/congresses?size=1").then().statusCode(200);
            assertEquals(1, cache.size(), "only the read made under the new version");
            Response after = given().get("/api/v1/events?size=3");
            assertEquals(before.asString(), after.asString());
            assertTrue(after.header("ETag").startsWith("\"0123456789abcdef-"), after.header("ETag"));
            given().header("If-None-Match", before.header("ETag")).get("/api/v1/events?size=3").then().statusCode(200);
        } finally {
            setHash(hash);
            dataVersion.refresh();
        }
        assertEquals(now, dataVersion.current());
    }

    private void setHash(String contentHash) throws java.sql.SQLException {
        try (java.sql.Connection c = writers.open();
                java.sql.PreparedStatement ps = c.prepareStatement("update curation_state set content_hash = ?")) {
            ps.setString(1, contentHash);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
