package org.laststruggle.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.equalToCompressingWhiteSpace;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class EventResourceTest {

    private static final List<String> VOLODICHEVA_EVENTS = List.of(
            "lenin-dictates-letter-to-congress-1922-12-23",
            "lenin-dictates-letter-to-congress-1922-12-24",
            "lenin-dictates-letter-to-congress-1922-12-25",
            "lenin-dictates-gosplan-notes-1922-12-27",
            "lenin-dictates-gosplan-notes-1922-12-29",
            "lenin-dictates-letter-to-congress-1922-12-29",
            "lenin-dictates-question-of-nationalities-1922-12-30",
            "lenin-dictates-nationalities-notes-1922-12-31");

    @Test
    void shouldReturnLeninsDeathWithItsDateParticipantsAndCitations() {
        given().when().get("/api/v1/events/lenin-death-1924-01-21").then()
                .statusCode(200)
                .header("ETag", not(nullValue()))
                .body("id", equalTo("lenin-death-1924-01-21"))
                .body("title", equalTo("Lenin dies"))
                .body("type", equalTo("death"))
                .body("date.edtf", equalTo("1924-01-21"))
                .body("date.earliest", equalTo("1924-01-21"))
                .body("date.latest", equalTo("1924-01-21"))
                .body("date.precision", equalTo("day"))
                .body("date.label", equalTo("January 21, 1924"))
                .body("persons.id", contains("lenin"))
                .body("persons[0].type", equalTo("person"))
                .body("persons[0].role", equalTo("subject"))
                .body("persons[0].name", equalTo("Vladimir Ilyich Lenin"))
                .body("documents", empty())
                .body("congress", nullValue())
                .body("citations.size()", equalTo(8))
                .body("citations[0].sourceId", equalTo("pathfinder-1975"))
                .body("citations[0].quote", equalToCompressingWhiteSpace("After Lenin’s death on January 21, 1924"))
                .body("citations.sourceId", hasItems("north-2022", "downing-2018", "bland-1991", "globalsecurity"))
                .body("disputes", empty());
    }

    @Test
    void shouldShowCongressDocumentsAndRolesOfADictation() {
        given().when().get("/api/v1/events/lenin-dictates-letter-to-congress-1922-12-24").then()
                .statusCode(200)
                .body("type", equalTo("dictation"))
                .body("persons.id", contains("lenin", "volodicheva", "stalin", "trotsky", "zinoviev", "kamenev", "bukharin"))
                .body("persons.role", contains("author", "secretary", "target", "target", "target", "target", "target"))
                .body("documents.id", contains("letter-to-the-congress-1922-12-24", "letter-to-the-congress"))
                .body("documents[0].type", equalTo("document"))
                .body("congress.id", equalTo("twelfth-party-congress"))
                .body("congress.type", equalTo("congress"))
                .body("congress.name", equalTo("Twelfth Congress of the Russian Communist Party"))
                // nine, the note's sentences on Trotsky and Bukharin that name two of its targets, and the
                // book's sentence that ties the Letter to the Twelfth Congress, and the next day's sentence on Pyatakov
                .body("citations.size()", equalTo(13));
    }

    @Test
    void shouldListTheDisputesAboutAnEvent() {
        given().when().get("/api/v1/events/lenin-third-stroke-1923-03-10").then()
                .statusCode(200)
                .body("date.label", equalTo("March 7, 9 or 10, 1923"))
                .body("date.disputed", is(true))
                .body("disputes.id", contains("date-of-march-1923-stroke", "number-of-march-1923-stroke"))
                .body("disputes[0].type", equalTo("dispute"));
    }

    @Test
    void shouldListTheStrokesAndNotesOfDecember1922ToMarch1923InDateOrder() {
        Response r = given().queryParam("from", "1922-12").queryParam("to", "1923-03").queryParam("size", "100")
                .when().get("/api/v1/events");
        r.then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("items.id", hasItems("lenin-second-stroke-1922-12-16", "lenin-stroke-1922-12-22",
                        "lenin-dictates-letter-to-congress-1922-12-23", "lenin-dictates-letter-to-congress-1922-12-24",
                        "lenin-dictates-postscript-on-stalin-1923-01-04", "lenin-third-stroke-1923-03-10"))
                .body("items.id", not(hasItem("lenin-first-stroke-1922-05-26")))
                .body("items.id", not(hasItem("lenin-death-1924-01-21")));
        List<String> ids = r.path("items.id");
        assertTrue(ids.indexOf("lenin-second-stroke-1922-12-16") < ids.indexOf("lenin-dictates-letter-to-congress-1922-12-23"));
        assertTrue(ids.indexOf("lenin-dictates-letter-to-congress-1922-12-23") < ids.indexOf("lenin-third-stroke-1923-03-10"));
        // one documented order: the sort key of each date, then the id
        List<String> keys = r.path("items.date.sortKey");
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1).compareTo(keys.get(i)) <= 0, "sorted by date.sortKey at " + i + ": " + ids);
        }
        // a date known to the month comes after the days of that month, a year after its months
        assertTrue(ids.indexOf("dzerzhinsky-reports-to-lenin-1922-12-12") < ids.indexOf("lenin-trotsky-bloc-against-bureaucracy-1922-12"));
        assertTrue(ids.indexOf("lenin-dictates-nationalities-notes-1922-12-31") < ids.indexOf("lenin-trotsky-bloc-against-bureaucracy-1922-12"));
        assertTrue(ids.indexOf("lenin-trotsky-bloc-against-bureaucracy-1922-12") < ids.indexOf("sokolnikov-commissar-of-finance-1922"));
        assertTrue(ids.indexOf("sokolnikov-commissar-of-finance-1922") < ids.indexOf("lenin-dictates-postscript-on-stalin-1923-01-04"));
        assertEquals("day", r.path("items[0].date.precision"), "the list opens with a day, not an item known only to its year");
    }

    @Test
    void shouldFilterByTypeWithinTheWindow() {
        given().queryParam("from", "1922-12").queryParam("to", "1923-03").queryParam("type", "health")
                .when().get("/api/v1/events").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains("lenin-second-stroke-1922-12-16", "lenin-stroke-1922-12-22",
                        "lenin-third-stroke-1923-03-10"))
                .body("items[0].date.edtf", equalTo("[1922-12-12,1922-12-13,1922-12-15,1922-12-16]"));
    }

    @Test
    void shouldKeepARangeCrossingTheWindowEdgeForOverlapsButNotForWithin() {
        // the Eleventh Congress met March 27 - April 2, 1922: it overlaps April 1922 but is not within it
        given().queryParam("from", "1922-04").queryParam("to", "1922-04").queryParam("type", "congress")
                .when().get("/api/v1/events").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", containsInAnyOrder("eleventh-party-congress-1922-03", "lenin-political-report-eleventh-congress-1922",
                        "skrypnik-speech-eleventh-congress-1922"))
                .body("items.find { it.id == 'eleventh-party-congress-1922-03' }.date.edtf", equalTo("1922-03-27/1922-04-02"))
                .body("items.find { it.id == 'eleventh-party-congress-1922-03' }.date.precision", equalTo("range"))
                .body("items.find { it.id == 'eleventh-party-congress-1922-03' }.congress.id", equalTo("eleventh-party-congress"));
        given().queryParam("from", "1922-04").queryParam("to", "1922-04").queryParam("type", "congress")
                .queryParam("match", "within")
                .when().get("/api/v1/events").then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
        given().queryParam("from", "1922-04").queryParam("to", "1922-04").queryParam("match", "within")
                .when().get("/api/v1/events").then()
                .statusCode(200)
                .body("items.id", hasItems("lenin-regulatory-order-on-deputies-1922-04-11", "lenin-bullet-removed-1922-04-23"))
                // disputed between March 1921 and April 3, 1922: not every claimed date is within April 1922
                .body("items.id", not(hasItem("stalin-elected-general-secretary-1922-04-03")))
                .body("items.id", not(hasItem("eleventh-party-congress-1922-03")))
                .body("items.id", not(hasItem("commission-on-relations-between-republics-1922")));
    }

    @Test
    void shouldFilterByPersonVolodicheva() {
        given().queryParam("person", "volodicheva").when().get("/api/v1/events").then()
                .statusCode(200)
                .body("total", equalTo(VOLODICHEVA_EVENTS.size()))
                .body("items.id", contains(VOLODICHEVA_EVENTS.toArray()))
                .body("items[0].persons.find { it.id == 'volodicheva' }.role", equalTo("secretary"))
                .body("items[0].persons.find { it.id == 'volodicheva' }.name", equalTo("Maria Akinovna Volodicheva"));
    }

    @Test
    void shouldFilterByABodyAsParticipant() {
        given().queryParam("person", "politburo").queryParam("from", "1921-11-29").queryParam("to", "1921-11-29")
                .queryParam("match", "within").when().get("/api/v1/events").then()
                .statusCode(200)
                .body("items.id", contains("politburo-adopts-transcaucasian-federation-1921-11-29"))
                .body("items[0].persons[0].type", equalTo("body"))
                .body("items[0].persons[0].name", equalTo("Political Bureau of the Central Committee"))
                .body("items[0].persons[0].role", equalTo("participant"));
    }

    @Test
    void shouldFilterByCongressAndByDocument() {
        given().queryParam("congress", "twelfth-party-congress").queryParam("from", "1923-04").queryParam("to", "1923-04")
                .when().get("/api/v1/events").then()
                .statusCode(200)
                .body("items.id", contains("ordzhonikidze-attacks-georgian-deviationists-1923-04",
                        "rakovsky-on-the-national-question-at-twelfth-congress-1923-04",
                        "stalin-dismisses-lenin-letter-at-council-of-elders-1923-04",
                        "twelfth-congress-adopts-trotsky-theses-on-industry-1923-04", "twelfth-party-congress-1923-04"));
        given().queryParam("document", "letter-to-the-congress").queryParam("to", "1923-01")
                .when().get("/api/v1/events").then()
                .statusCode(200)
                .body("items.id", contains("lenin-dictates-letter-to-congress-1922-12-23",
                        "lenin-dictates-letter-to-congress-1922-12-24", "lenin-dictates-letter-to-congress-1922-12-25",
                        "lenin-dictates-letter-to-congress-1922-12-26", "lenin-dictates-letter-to-congress-1922-12-29",
                        "lenin-dictates-postscript-on-stalin-1923-01-04"));
    }

    @Test
    void shouldSearchTitlesIgnoringCaseAndAccents() {
        given().queryParam("q", "SECOND STRÓKE").when().get("/api/v1/events").then()
                .statusCode(200)
                .body("items.id", hasItem("lenin-second-stroke-1922-12-16"))
                .body("items.id", not(hasItem("lenin-third-stroke-1923-03-10")));
    }

    @Test
    void shouldAnswer404ForAnUnknownEvent() {
        given().when().get("/api/v1/events/lenin-fifth-stroke").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://laststruggle.org/problems/not-found"))
                .body("detail", containsString("lenin-fifth-stroke"));
    }

    @Test
    void shouldAnswer400ForBadParameters() {
        given().queryParam("from", "1922-13").when().get("/api/v1/events").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("from"));
        given().queryParam("match", "touches").when().get("/api/v1/events").then()
                .statusCode(400).body("errors.name", contains("match"));
        given().queryParam("type", "birthday").when().get("/api/v1/events").then()
                .statusCode(400).body("errors.name", contains("type"))
                .body("errors[0].detail", containsString("health"));
        given().queryParam("person", "nobody-at-all").when().get("/api/v1/events").then()
                .statusCode(400).body("errors.name", contains("person"));
        given().queryParam("congress", "thirtieth-party-congress").queryParam("document", "no-such-letter")
                .when().get("/api/v1/events").then()
                .statusCode(400).body("errors.name", contains("congress", "document"));
        // a window that ends before it starts holds nothing (the spec cannot rule it out, so it is no error)
        given().queryParam("from", "1923").queryParam("to", "1922").when().get("/api/v1/events").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("from", "0000").queryParam("to", "1922-02-30").queryParam("type", "stroke").when()
                .get("/api/v1/events").then()
                .statusCode(400).body("errors.name", contains("from", "to", "type"));
        given().queryParam("page", "-1").when().get("/api/v1/events").then()
                .statusCode(400).body("errors.name", contains("page"));
    }

    @Test
    void shouldSendLinkHeadersForPaging() {
        List<String> links = given().queryParam("person", "volodicheva").queryParam("size", "3").queryParam("page", "1")
                .when().get("/api/v1/events").then()
                .statusCode(200)
                .body("total", equalTo(8))
                .body("items.id", contains(VOLODICHEVA_EVENTS.subList(3, 6).toArray()))
                .extract().headers().getValues("Link");
        String all = String.join(", ", links);
        assertThat(all, containsString("page=0&size=3>; rel=\"first\""));
        assertThat(all, containsString("page=0&size=3>; rel=\"prev\""));
        assertThat(all, containsString("page=2&size=3>; rel=\"next\""));
        assertThat(all, containsString("page=2&size=3>; rel=\"last\""));
        assertThat(all, containsString("person=volodicheva"));
    }

    @Test
    void shouldRunAConstantNumberOfStatementsWhateverThePageSize() {
        long one = SqlCounter.count(() -> given().queryParam("size", "1").queryParam("from", "1922").queryParam("to", "1923")
                .when().get("/api/v1/events").then().statusCode(200));
        long hundred = SqlCounter.count(() -> given().queryParam("size", "100").queryParam("from", "1922").queryParam("to", "1923")
                .when().get("/api/v1/events").then().statusCode(200).body("items.size()", equalTo(100)));
        assertEquals(one, hundred, "statements for size=1 and size=100");
        assertEquals(1, hundred, "the page with its total, from the read model");
        long filtered = SqlCounter.count(() -> given().queryParam("size", "100").queryParam("person", "volodicheva")
                .when().get("/api/v1/events").then().statusCode(200));
        assertEquals(2, filtered, "the id check, then the page");
    }
}
