package org.laststruggle.http;

import org.laststruggle.database.SqlCounter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void shouldNotCacheErrorsOrOtherMediaTypes() {
        given().get("/api/v1/events/no-such-event").then().statusCode(404);
        given().get("/api/v1/events/no-such-event").then().statusCode(404).contentType("application/problem+json");
        given().accept("application/xml").get("/api/v1/events").then().statusCode(406);
        given().accept("application/json").get("/api/v1/events?size=1").then().statusCode(200);
        given().accept("application/xml").get("/api/v1/events?size=1").then().statusCode(406);
        given().head("/api/v1/events?size=1").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/sources/north-2022").then().statusCode(200).body("id", equalTo("north-2022"));
    }
}
