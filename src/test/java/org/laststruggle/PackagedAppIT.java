package org.laststruggle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged jar starts on its own embedded PostgreSQL and serves health, OpenAPI and data. */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void shouldBeReadyWithItsEmbeddedDatabaseAndCuratedData() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Curated data"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldServeOpenApiAndSwaggerUi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Last Struggle API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldServeTheSources() {
        given().get("/api/v1/sources").then().statusCode(200).body("total", equalTo(5))
                .body("items.id", hasItem("pathfinder-1975"));
    }
}
