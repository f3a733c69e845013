package org.laststruggle.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** CORS restricted to a list of origins: a listed origin is echoed, null never, and the answers vary by Origin. */
@QuarkusTest
@TestProfile(CorsOriginsTest.Restricted.class)
class CorsOriginsTest {

    public static class Restricted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://timeline.example.org,https://other.example.org",
                    "quarkus.http.cors.return-exact-origins", "true");
        }
    }

    @Test
    void aListedOriginIsEchoedAndTheAnswerVariesByOrigin() {
        given().header("Origin", "https://timeline.example.org").get("/api/v1/sources").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://timeline.example.org")
                .header("Vary", "Accept, Origin");
        given().get("/api/v1/sources").then().statusCode(200).header("Vary", "Accept, Origin");
        given().header("If-None-Match", given().get("/api/v1/sources").header("ETag")).get("/api/v1/sources").then()
                .statusCode(304).header("Vary", "Accept, Origin");
        given().get("/api/v1/sources/nowhere").then().statusCode(404).header("Vary", "Origin");
    }

    @Test
    void nullAndUnlistedOriginsAreNeverEchoed() {
        for (String origin : new String[] {"null", "https://evil.example.org"}) {
            // refused by the CORS layer (403, outside the published contract, which assumes the default "*")
            given().noFilters().header("Origin", origin).get("/api/v1/sources").then()
                    .header("Access-Control-Allow-Origin", nullValue());
        }
    }
}
