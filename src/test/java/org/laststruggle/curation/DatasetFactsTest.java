package org.laststruggle.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Facts of the curated dataset that a reader can check in the book, served through the API. */
@QuarkusTest
class DatasetFactsTest {

    @Test
    void shouldServeTheNoteOfDecember24TakenDownByVolodicheva() {
        given().get("/api/v1/documents/letter-to-the-congress-1922-12-24").then().statusCode(200)
                .body("date.edtf", equalTo("1922-12-24"))
                .body("date.precision", equalTo("day"))
                .body("dictatedTo.id", equalTo(List.of("volodicheva")))
                .body("partOf.id", equalTo("letter-to-the-congress"))
                .body("citations.sourceId", hasItem("pathfinder-1975"))
                .body("citations.page", hasItem(64));
    }

    @Test
    void shouldServeLeninsDeathOnJanuary21_1924() {
        given().get("/api/v1/events/lenin-death-1924-01-21").then().statusCode(200)
                .body("date.earliest", equalTo("1924-01-21"))
                .body("date.latest", equalTo("1924-01-21"))
                .body("type", equalTo("death"))
                .body("persons.id", hasItem("lenin"));
    }

    @Test
    void shouldServeTheTwelfthCongressInApril1923() {
        given().get("/api/v1/congresses/twelfth-party-congress").then().statusCode(200)
                .body("number", equalTo(12))
                .body("date.edtf", equalTo("1923-04"))
                .body("date.earliest", equalTo("1923-04-01"))
                .body("date.latest", equalTo("1923-04-30"))
                .body("date.precision", equalTo("month"));
    }

    @Test
    void shouldKeepBothSidesOfThePostscriptDateWithTheirEvidence() {
        JsonPath d = given().get("/api/v1/disputes/date-of-postscript-on-stalin").then().statusCode(200)
                .body("subject.id", equalTo("letter-to-the-congress-1923-01-04"))
                .body("claims.value", hasItems("1923-01-04", "1922-12-25"))
                .extract().jsonPath();
        List<Map<String, Object>> claims = d.getList("claims");
        assertEquals(2, claims.size());
        Map<String, Object> preferred = claims.stream().filter(c -> Boolean.TRUE.equals(c.get("preferred"))).findFirst().orElseThrow();
        assertEquals("1923-01-04", preferred.get("value"));
        assertTrue(((List<?>) preferred.get("sources")).contains("pathfinder-1975"));
        Map<String, Object> other = claims.stream().filter(c -> !Boolean.TRUE.equals(c.get("preferred"))).findFirst().orElseThrow();
        assertTrue(((List<?>) other.get("sources")).contains("downing-2018"));
    }

    @Test
    void shouldCiteExactSpansOfTheRawText() {
        String raw = new String(given().get("/api/v1/sources/pathfinder-1975/text").then().extract().asByteArray(),
                StandardCharsets.UTF_8);
        JsonPath doc = given().get("/api/v1/documents/letter-to-the-congress-1923-01-04").then().statusCode(200)
                .body("dictatedTo.id", equalTo(List.of("fotieva")))
                .body("date.edtf", equalTo("1923-01-04"))
                .extract().jsonPath();
        List<Map<String, Object>> cites = doc.getList("citations");
        assertTrue(!cites.isEmpty());
        for (Map<String, Object> c : cites) {
            if (!"pathfinder-1975".equals(c.get("sourceId"))) continue;
            int start = (Integer) c.get("start");
            int end = (Integer) c.get("end");
            assertEquals(raw.substring(start, end), c.get("quote"));
        }
        given().get("/api/v1/documents/letter-to-the-congress").then().statusCode(200)
                .body("parts.id", hasItems("letter-to-the-congress-1922-12-23", "letter-to-the-congress-1922-12-24",
                        "letter-to-the-congress-1922-12-25", "letter-to-the-congress-1923-01-04"))
                .body("title", containsString("Letter to the Congress"));
    }
}
