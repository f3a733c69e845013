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
        assertEquals("", firstDifference("", committed, served), HOW);
    }

    /** The JSON pointer of the first difference, or "" when equal. */
    static String firstDifference(String at, JsonNode a, JsonNode b) {
        if (a.equals(b)) return "";
        if (a.isObject() && b.isObject()) {
            var names = new java.util.TreeSet<String>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode x = a.get(n), y = b.get(n);
                if (x == null || y == null) return at + "/" + n + (x == null ? " (only served)" : " (only committed)");
                String d = firstDifference(at + "/" + n, x, y);
                if (!d.isEmpty()) return d;
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = firstDifference(at + "/" + i, a.get(i), b.get(i));
                if (!d.isEmpty()) return d;
            }
        }
        return at + ": committed " + abbreviate(a) + " but served " + abbreviate(b);
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    @Test
    void shouldServeExactlyTheCommittedYamlSpec() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = yaml.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        JsonNode served = yaml.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals("", firstDifference("", committed, served), HOW);
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
