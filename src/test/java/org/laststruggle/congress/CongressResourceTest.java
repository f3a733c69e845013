package org.laststruggle.congress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToCompressingWhiteSpace;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CongressResourceTest {

    @Test
    void shouldReturnTheTwelfthPartyCongressDatedApril1923() {
        given().when().get("/api/v1/congresses/twelfth-party-congress").then()
                .statusCode(200)
                .body("id", equalTo("twelfth-party-congress"))
                .body("name", equalTo("Twelfth Congress of the Russian Communist Party"))
                .body("body", equalTo("Russian Communist Party (Bolsheviks)"))
                .body("number", equalTo(12))
                .body("kind", equalTo("congress"))
                .body("date.edtf", equalTo("1923-04"))
                .body("date.earliest", equalTo("1923-04-01"))
                .body("date.latest", equalTo("1923-04-30"))
                .body("date.precision", equalTo("month"))
                .body("date.label", equalTo("April 1923"))
                .body("place", nullValue())
                .body("citations.size()", equalTo(7))
                .body("citations[0].sourceId", equalTo("pathfinder-1975"))
                .body("citations[0].quote", equalToCompressingWhiteSpace("Lenin was preparing to fight at the Twelfth Party Congress,"
                        + " scheduled for March and then postponed till April."));
    }

    @Test
    void shouldListTheEventsOfTheCongressByDate() {
        given().when().get("/api/v1/congresses/twelfth-party-congress").then()
                .statusCode(200)
                .body("events.id", contains(
                        "lenin-dictates-letter-to-congress-1922-12-23",
                        "lenin-dictates-letter-to-congress-1922-12-24",
                        "lenin-dictates-letter-to-congress-1922-12-25",
                        "lenin-dictates-letter-to-congress-1922-12-26",
                        "lenin-dictates-letter-to-congress-1922-12-29",
                        "lenin-dictates-postscript-on-stalin-1923-01-04",
                        "lenin-dictates-rabkrin-article-1923-01-23",
                        "ordzhonikidze-attacks-georgian-deviationists-1923-04",
                        "rakovsky-on-the-national-question-at-twelfth-congress-1923-04",
                        "stalin-dismisses-lenin-letter-at-council-of-elders-1923-04",
                        "twelfth-congress-adopts-trotsky-theses-on-industry-1923-04",
                        "twelfth-party-congress-1923-04"))
                .body("events[0].type", equalTo("event"));
    }

    @Test
    void shouldListTheDocumentsAddressedToTheCongress() {
        given().when().get("/api/v1/congresses/twelfth-party-congress").then()
                .statusCode(200)
                .body("documents[0].id", equalTo("letter-to-the-congress-1922-12-23"))
                .body("documents[0].type", equalTo("document"))
                .body("documents[1].id", equalTo("letter-to-the-congress"))
                .body("documents.id", hasItems("letter-to-the-congress-1922-12-24", "letter-to-the-congress-1923-01-04",
                        "how-we-should-reorganize-the-rabkrin-1923-01-23", "stalin-report-on-national-factors-1923-04",
                        "question-of-nationalities-1922-12-30"))
                .body("documents.find { it.id == 'letter-to-the-congress-1923-01-04' }.name",
                        equalTo("Letter to the Congress, addition of January 4, 1923 (proposal to remove Stalin)"));
    }

    @Test
    void shouldListTheDisputesAboutAPlenum() {
        given().when().get("/api/v1/congresses/central-committee-plenum-1922-10").then()
                .statusCode(200)
                .body("kind", equalTo("plenum"))
                .body("number", nullValue())
                .body("date.edtf", equalTo("1922-10-06"))
                .body("disputes.id", contains("date-of-plenum-weakening-foreign-trade-monopoly"));
    }

    @Test
    void shouldListTheCongressesOf1923ByDate() {
        given().queryParam("from", "1923").queryParam("to", "1923").when().get("/api/v1/congresses").then()
                .statusCode(200)
                .body("total", equalTo(3))
                // beginning of 1923 (January - about March), then a day of April before the month of April
                .body("items.id", contains("second-georgian-party-congress", "ukrainian-party-conference-1923-04",
                        "twelfth-party-congress"))
                .body("items[0].date.edtf", equalTo("1923-01/1923-03~"))
                .body("items[0].date.label", equalTo("beginning of 1923"))
                .body("items[2].date.label", equalTo("April 1923"))
                .body("items[2].citations.size()", equalTo(7));
    }

    @Test
    void shouldFilterByKindAndDateMatch() {
        given().queryParam("kind", "plenum").queryParam("from", "1922").queryParam("to", "1922")
                .when().get("/api/v1/congresses").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains("central-committee-plenum-1922-04", "central-committee-plenum-1922-10",
                        "central-committee-plenum-1922-12"));
        // the Eleventh Congress (March 27 - April 2, 1922) overlaps April 1922 but is not within it
        given().queryParam("kind", "congress").queryParam("from", "1922-04").queryParam("to", "1922-04")
                .when().get("/api/v1/congresses").then()
                .statusCode(200)
                .body("items.id", contains("eleventh-party-congress"));
        given().queryParam("kind", "congress").queryParam("from", "1922-04").queryParam("to", "1922-04")
                .queryParam("match", "within").when().get("/api/v1/congresses").then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void shouldSearchNamesIgnoringCaseAndAccents() {
        given().queryParam("q", "TWÉLFTH").when().get("/api/v1/congresses").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains("twelfth-party-congress"));
    }

    @Test
    void shouldSortByDateFirst() {
        List<String> links = given().queryParam("size", "2").when().get("/api/v1/congresses").then()
                .statusCode(200)
                .body("items.id", contains("second-rsdlp-congress", "prague-party-conference"))
                .extract().headers().getValues("Link");
        String all = String.join(", ", links);
        assertThat(all, containsString("page=1&size=2>; rel=\"next\""));
        assertThat(all, containsString("page=0&size=2>; rel=\"first\""));
        assertThat(all, containsString("rel=\"last\""));
    }

    @Test
    void shouldAnswer404And400Problems() {
        given().when().get("/api/v1/congresses/thirtieth-party-congress").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("thirtieth-party-congress"))
                .body("detail", containsString("/api/v1/congresses"));
        given().queryParam("kind", "synod").when().get("/api/v1/congresses").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("kind"))
                .body("errors[0].detail", containsString("plenum"));
        given().queryParam("from", "1922-13").when().get("/api/v1/congresses").then()
                .statusCode(400).body("errors.name", contains("from"));
        given().queryParam("match", "near").when().get("/api/v1/congresses").then()
                .statusCode(400).body("errors.name", contains("match"));
        given().queryParam("size", "many").when().get("/api/v1/congresses").then()
                .statusCode(400).body("errors.name", contains("size"));
    }

    @Test
    void shouldRunAConstantNumberOfStatementsWhateverThePageSize() {
        long one = SqlCounter.count(() -> given().queryParam("size", "1").when().get("/api/v1/congresses")
                .then().statusCode(200));
        long hundred = SqlCounter.count(() -> given().queryParam("size", "100").when().get("/api/v1/congresses")
                .then().statusCode(200));
        assertEquals(one, hundred, "statements for size=1 and size=100");
        assertEquals(1, hundred, "the page with its total, from the read model");
    }
}
