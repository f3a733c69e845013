package org.laststruggle.dates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Disputed dates, date notes and the one order, through the API over the real dataset. */
@QuarkusTest
class DatesResourceTest {

    /**
     * The dates the sources dispute with no preferred side (the seven of issue 16 and the Georgian resignation):
     * each is a set of the claimed dates, marked disputed. Columns: API path | EDTF | claimed days.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            events/lenin-first-stroke-1922-05-26             | [1922-05-25,1922-05-26]                       | 1922-05-25 1922-05-26
            events/lenin-second-stroke-1922-12-16            | [1922-12-12,1922-12-13,1922-12-15,1922-12-16] | 1922-12-12 1922-12-13 1922-12-15 1922-12-16
            events/lenin-stroke-1922-12-22                   | [1922-12-22,1922-12-23]                       | 1922-12-22 1922-12-23
            events/lenin-third-stroke-1923-03-10             | [1923-03-07,1923-03-09,1923-03-10]            | 1923-03-07 1923-03-09 1923-03-10
            events/ussr-formed-1922-12-30                    | [1922-12-22,1922-12-30]                       | 1922-12-22 1922-12-30
            events/stalin-elected-general-secretary-1922-04-03 | [1921-03,1922-04-03]                        | 1921-03-15 1922-04-03
            events/georgian-cc-resigns-1922-10-22            | [1922-10-22,1922-11-04~]                      | 1922-10-22 1922-11-04
            congresses/central-committee-plenum-1922-12      | [1922-12-18,1922-12-25]                       | 1922-12-18 1922-12-25
            events/triumvirate-takes-control-1923            | [1923-02,1923-04~,1924]                       | 1923-02-10 1923-04-20 1924-07-01
            """)
    void aDisputedDateHoldsEveryClaimAndIsFoundUnderEach(String path, String edtf, String days) {
        JsonPath d = given().get("/api/v1/" + path).then().statusCode(200)
                .body("date.edtf", equalTo(edtf), "date.precision", equalTo("set"), "date.disputed", is(true))
                .extract().jsonPath();
        List<String> claims = d.getList("date.oneOf.edtf");
        assertEquals(edtf.substring(1, edtf.length() - 1), String.join(",", claims));
        String id = path.substring(path.indexOf('/') + 1);
        String list = path.startsWith("events") ? "/api/v1/events" : "/api/v1/congresses";
        for (String day : days.split(" ")) {
            given().queryParam("from", day).queryParam("to", day).queryParam("size", 100).get(list).then().statusCode(200)
                    .body("items.id", hasItem(id));
            given().queryParam("from", day).queryParam("to", day).queryParam("size", 100).get("/api/v1/timeline").then()
                    .statusCode(200).body("items.id", hasItem(id));
        }
    }

    @Test
    void noClaimedDayNoHit() {
        // December 14, 1922 lies between the claims for the second stroke: no source names it
        given().queryParam("from", "1922-12-14").queryParam("to", "1922-12-14").get("/api/v1/events").then()
                .statusCode(200).body("items.id", not(hasItem("lenin-second-stroke-1922-12-16")));
        // between March 1921 and April 1922, nobody claims the election
        given().queryParam("from", "1921-06").queryParam("to", "1922-02").queryParam("size", 100).get("/api/v1/events")
                .then().statusCode(200).body("items.id", not(hasItem("stalin-elected-general-secretary-1922-04-03")));
    }

    @Test
    void aDateWithAPreferredSideIsMarkedDisputedAndKeepsThatSide() {
        given().get("/api/v1/documents/letter-to-the-congress-1923-01-04").then().statusCode(200)
                .body("date.edtf", equalTo("1923-01-04"), "date.disputed", is(true), "date.oneOf.size()", equalTo(0),
                        "date.note", equalTo("Headed “Addition to the letter of December 24, 1922.” Downing dates the rider December 25, 1922 and signs his copy so (see the dispute)."),
                        "date.label", equalTo("January 4, 1923"));
        // a date nobody disputes
        given().get("/api/v1/events/lenin-death-1924-01-21").then().statusCode(200)
                .body("date.disputed", is(false), "date.note", nullValue());
    }

    @Test
    void labelsHoldTheDateAndNotesTheRest() {
        given().get("/api/v1/documents/frumkin-letter-to-lenin-1922-12").then().statusCode(200)
                .body("date.label", equalTo("[December 1922]"), "date.note", equalTo("Undated in the source; received by Lenin on December 15."));
        given().get("/api/v1/documents/how-we-should-reorganize-the-rabkrin-1923-01-23").then().statusCode(200)
                .body("firstPublished.date.label", equalTo("January 25 [1923]"),
                        "firstPublished.date.note", equalTo("In Pravda."));
        given().get("/api/v1/events/kavtaradze-heads-georgian-government-1922").then().statusCode(200)
                .body("date.edtf", equalTo("1922/1923"), "date.label", equalTo("1922-23"));
        given().get("/api/v1/congresses/first-georgian-party-congress").then().statusCode(200)
                .body("date.edtf", equalTo("1922-01/1922-03~"), "date.label", equalTo("beginning of 1922"),
                        "date.approximate", is(true));
    }

    @Test
    void everyDateListIsInSortKeyOrder() {
        for (String list : List.of("/api/v1/events", "/api/v1/documents", "/api/v1/letters", "/api/v1/congresses",
                "/api/v1/timeline")) {
            List<String> keys = new java.util.ArrayList<>();
            for (int page = 0; ; page++) {
                JsonPath p = given().queryParam("size", 100).queryParam("page", page).get(list).then().statusCode(200)
                        .extract().jsonPath();
                List<Map<String, Object>> items = p.getList("items");
                for (Map<String, Object> i : items) {
                    Map<?, ?> date = (Map<?, ?>) i.get("date");
                    keys.add(date == null ? "~" : (String) date.get("sortKey"));
                }
                if (items.size() < 100) {
                    break;
                }
            }
            assertTrue(keys.size() > 10, list);
            assertEquals(keys.stream().sorted().toList(), keys, list + " is not in sortKey order");
        }
    }

    @Test
    void misreadingsAreSearchableButNotNames() {
        given().get("/api/v1/persons/stalin").then().statusCode(200)
                .body("name", equalTo("Joseph Stalin"), "sortName", equalTo("Stalin, Joseph"),
                        "misreadings", contains("Stain", "Staling"),
                        "variants", not(hasItem("Stain")), "variants", not(hasItem("Staling")));
        given().queryParam("q", "Staling").get("/api/v1/persons").then().statusCode(200)
                .body("items.id", contains("stalin"));
        given().queryParam("q", "Staling").queryParam("kind", "person").get("/api/v1/search").then().statusCode(200)
                .body("items[0].id", equalTo("stalin"));
    }
}
