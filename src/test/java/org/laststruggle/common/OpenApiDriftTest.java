package org.laststruggle.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed spec under openapi/ must be what the service serves. When this fails, regenerate:
 * {@code ./mvnw -q package -DskipTests && cp target/openapi/openapi.* openapi/}
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final String HOW = "openapi/ drifted from the served spec; regenerate with: "
            + "./mvnw -q package -DskipTests && cp target/openapi/openapi.* openapi/";

    @Test
    void shouldServeExactlyTheCommittedJsonSpec() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode committed = json.readTree(Files.readString(Path.of("openapi/openapi.json")));
        JsonNode served = json.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        assertEquals(committed, served, HOW);
    }

    @Test
    void shouldServeExactlyTheCommittedYamlSpec() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = yaml.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        JsonNode served = yaml.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(committed, served, HOW);
    }

    @Test
    void shouldDescribeTheApi() throws Exception {
        JsonNode spec = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .extract().asString());
        assertEquals("Last Struggle API", spec.at("/info/title").asText());
        assertEquals("MIT", spec.at("/info/license/name").asText());
        assertEquals("#/components/schemas/Problem",
                spec.at("/paths/~1api~1v1~1sources~1{id}/get/responses/404/content/application~1problem+json/schema/$ref").asText());
    }
}
