package org.laststruggle.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.PageRequest;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class DocumentResourceTest {

    static final String[] LETTER_TO_THE_CONGRESS_PARTS = {"letter-to-the-congress-1922-12-23",
            "letter-to-the-congress-1922-12-24", "letter-to-the-congress-1922-12-25", "letter-to-the-congress-1922-12-26",
            "letter-to-the-congress-1922-12-29", "letter-to-the-congress-1923-01-04"};

    @Inject
    DocumentService service;

    @Test
    void shouldShowTheLetterToTheCongressWithItsDatedPartsInOrder() {
        given().when().get("/api/v1/documents/letter-to-the-congress").then()
                .statusCode(200)
                .body("id", equalTo("letter-to-the-congress"))
                .body("kind", equalTo("letter"))
                .body("title", equalTo("Letter to the Congress (Lenin's \"Testament\")"))
                .body("parts.id", contains(LETTER_TO_THE_CONGRESS_PARTS))
                .body("parts.type", everyItem(equalTo("document")))
                .body("partOf", nullValue())
                .body("authors.id", contains("lenin"))
                .body("authors[0].name", equalTo("Vladimir Ilyich Lenin"))
                .body("authors[0].type", equalTo("person"))
                .body("recipients.id", contains("twelfth-party-congress"))
                .body("recipients[0].type", equalTo("congress"))
                .body("dictatedTo.id", contains("volodicheva", "fotieva"))
                .body("date.edtf", equalTo("1922-12-23/1923-01-04"))
                .body("date.earliest", equalTo("1922-12-23"))
                .body("date.latest", equalTo("1923-01-04"))
                .body("date.precision", equalTo("range"))
                .body("congress.id", equalTo("twelfth-party-congress"))
                .body("congress.type", equalTo("congress"))
                // the sources dispute the first Soviet publication, with no preferred side: every claim is held
                .body("firstPublished.date.edtf", equalTo("[1927-12,1956,1964]"))
                .body("firstPublished.date.disputed", org.hamcrest.Matchers.is(true))
                .body("firstPublished.label", equalTo("December 1927, 1956 or 1964"))
                .body("firstPublished.date.note", containsString("In the Soviet Union"))
                // each claimed date quotes its source: the 1964 and December 1927 claims their own sentences, and
                // Eastman's book of 1925 and his New York Times text of 1926 are quoted beside them
                .body("firstPublished.citations.size()", equalTo(6))
                .body("firstPublished.citations.quote", hasItem(containsString("1964")))
                .body("firstPublished.citations.quote", hasItem(containsString("December 1927")))
                .body("citations[0].quote", equalTo("Letter to the congress"))
                .body("events.id", hasItem("lenin-dictates-letter-to-congress-1922-12-24"))
                .body("events.type", everyItem(equalTo("event")))
                .body("disputes.find { it.id == 'first-reading-of-testament' }.role", equalTo("subject"))
                .body("disputes.find { it.id == 'date-of-note-on-stalin-and-trotsky' }.role", equalTo("part"))
                .body("appearsIn.sourceId", hasItems("pathfinder-1975", "north-2022", "downing-2018", "bland-1991",
                        "globalsecurity"));
    }

    @Test
    void shouldShowWhoTookDownTheNoteOfDecember24() {
        given().when().get("/api/v1/documents/letter-to-the-congress-1922-12-24").then()
                .statusCode(200)
                .body("kind", equalTo("note"))
                .body("dictatedTo.id", contains("volodicheva"))
                .body("dictatedTo[0].name", equalTo("Maria Akinovna Volodicheva"))
                .body("date.edtf", equalTo("1922-12-24"))
                .body("date.label", equalTo("December 24, 1922"))
                .body("date.note", equalTo("Headed “Continuation of the notes.”"))
                .body("date.precision", equalTo("day"))
                .body("partOf.id", equalTo("letter-to-the-congress"))
                .body("partOf.name", equalTo("Letter to the Congress (Lenin's \"Testament\")"))
                .body("parts", empty())
                .body("firstPublished", nullValue())
                .body("events.id", hasItem("lenin-dictates-letter-to-congress-1922-12-24"))
                .body("disputes.id", hasItems("who-took-down-note-of-1922-12-24", "date-of-note-on-stalin-and-trotsky"))
                .body("disputes.role", everyItem(equalTo("subject")));
    }

    @Test
    void shouldDeriveAppearancesFromCitations() {
        Response r = given().when().get("/api/v1/documents/letter-to-the-congress-1922-12-24");
        List<String> citedPassages = r.jsonPath().getList("citations.passageId");
        List<String> appearances = r.jsonPath().getList("appearsIn.passageId");
        assertEquals(citedPassages.stream().distinct().sorted().toList(), appearances.stream().sorted().toList());
        r.then().body("appearsIn.find { it.sourceId == 'pathfinder-1975' }.page", not(nullValue()))
                .body("appearsIn.find { it.sourceId == 'north-2022' }.page", nullValue())
                .body("appearsIn[0].passage", containsString("/api/v1/passages/"));
    }

    @Test
    void shouldListThePartsOfAWholeInOrder() {
        given().queryParam("partOf", "letter-to-the-congress").when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body("items.id", contains(LETTER_TO_THE_CONGRESS_PARTS))
                .body("items.partOf.id", everyItem(equalTo("letter-to-the-congress")));
    }

    @Test
    void shouldFilterByDictatedToAndDateWindow() {
        given().queryParam("dictatedTo", "volodicheva").queryParam("from", "1922-12-24").queryParam("to", "1922-12-24")
                .queryParam("match", "within").when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains("letter-to-the-congress-1922-12-24"));
        // overlapping: the whole letter (1922-12-23/1923-01-04) touches December 24 as well; it sorts first
        given().queryParam("dictatedTo", "volodicheva").queryParam("from", "1922-12-24").queryParam("to", "1922-12-24")
                .when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("items.id", contains("letter-to-the-congress", "letter-to-the-congress-1922-12-24"));
    }

    @Test
    void shouldFilterByAuthorAndRecipientSortedByDate() {
        given().queryParam("author", "trotsky").queryParam("recipient", "lenin").when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("items.id", contains("trotsky-letter-on-ukraine-1920-11-02", "trotsky-letter-to-lenin-1922-12-12"));
    }

    @Test
    void shouldAcceptBodiesAsRecipients() {
        given().queryParam("recipient", "politburo").queryParam("author", "lenin").queryParam("to", "1921")
                .when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("items.id", contains("letter-to-the-politburo-1921-12-07"))
                .body("items[0].recipients[0].type", equalTo("body"))
                .body("items[0].recipients[0].name", equalTo("Political Bureau of the Central Committee"));
    }

    @Test
    void shouldFilterByKindAndCongress() {
        given().queryParam("kind", "telegram").when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("items.id", contains("telegram-to-mdivani-1922-08-28", "telegram-to-tsintsadze-kavtaradze-1922-10-21"))
                .body("items[0].date.uncertain", equalTo(true));
        given().queryParam("congress", "twelfth-party-congress").queryParam("topLevel", "true").queryParam("size", 100)
                .when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("items.id", hasItems("letter-to-the-congress", "how-we-should-reorganize-the-rabkrin-1923-01-23",
                        "question-of-nationalities-1922-12-30"))
                .body("items.id", not(hasItem("letter-to-the-congress-1922-12-24")))
                .body("items.congress.id", everyItem(equalTo("twelfth-party-congress")));
    }

    @Test
    void shouldMatchTitlesIgnoringCaseAndAccents() {
        given().queryParam("q", "TÉSTAMENT").queryParam("size", 100).when().get("/api/v1/documents").then()
                .statusCode(200)
                .body("items.id", hasItems("trotsky-on-lenins-testament-1932-12-31", "letter-to-the-congress",
                        "eastman-testament-in-new-york-times-1926-10-18"))
                .body("items.id", not(hasItem("letter-to-the-congress-1922-12-24")));
    }

    @Test
    void shouldHidePartsWithTopLevel() {
        Response r = given().queryParam("topLevel", "true").queryParam("size", 100).when().get("/api/v1/documents");
        r.then().statusCode(200)
                .body("items.partOf", everyItem(nullValue()))
                .body("items.id", hasItem("letter-to-the-congress"))
                .body("items.id", not(hasItem("letter-to-the-congress-1922-12-23")));
    }

    @Test
    void shouldSortByTheDocumentedDateOrder() {
        Response r = given().queryParam("from", "1922-12-23").queryParam("to", "1922-12-23").when().get("/api/v1/documents");
        List<String> ids = r.jsonPath().getList("items.id");
        // the day December 23 first, then the whole that starts on it and runs to January 4, then the month
        assertEquals(List.of("krupskaya-letter-to-kamenev-1922-12-23", "letter-to-the-congress-1922-12-23",
                "letter-to-the-congress", "frumkin-letter-to-lenin-1922-12"), ids);
        List<String> keys = r.jsonPath().getList("items.date.sortKey");
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    @Test
    void shouldPageWithLinkHeaders() {
        Response r = given().queryParam("partOf", "letter-to-the-congress").queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/documents");
        r.then().statusCode(200)
                .body("items.id", contains("letter-to-the-congress-1922-12-25", "letter-to-the-congress-1922-12-26"))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(6));
        assertEquals(1, r.headers().getValues("Link").size(), "one Link field, the links comma-separated");
        List<String> links = List.of(r.header("Link").split(", "));
        assertTrue(links.stream().anyMatch(l -> l.contains("page=0") && l.contains("rel=\"first\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=0") && l.contains("rel=\"prev\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=2") && l.contains("rel=\"next\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=2") && l.contains("rel=\"last\"")), links.toString());
        assertTrue(links.stream().allMatch(l -> l.contains("partOf=letter-to-the-congress")), links.toString());
    }

    @Test
    void shouldReturn404ForUnknownDocument() {
        given().when().get("/api/v1/documents/letter-to-the-congres").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://laststruggle.org/problems/not-found"))
                .body("detail", containsString("/api/v1/documents"));
    }

    @Test
    void shouldReturn400ForUnknownKindListingTheKinds() {
        given().queryParam("kind", "poem").when().get("/api/v1/documents").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("kind"))
                .body("errors[0].detail", containsString("letter, note, article, resolution, telegram, speech, report, book, other"));
    }

    @Test
    void shouldReturn400ForUnknownPersonIds() {
        given().queryParam("author", "nobody").when().get("/api/v1/documents").then()
                .statusCode(400)
                .body("errors[0].name", equalTo("author"))
                .body("errors[0].detail", containsString("/api/v1/persons"));
        // a body is a recipient, never an author
        given().queryParam("author", "politburo").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("author"));
        given().queryParam("dictatedTo", "nobody").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("dictatedTo"))
                .body("errors[0].detail", containsString("/api/v1/persons"));
        given().queryParam("recipient", "nobody").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("recipient"))
                .body("errors[0].detail", containsString("/api/v1/persons"));
        given().queryParam("partOf", "nothing").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("partOf"));
    }

    @Test
    void shouldReturn400ForBadDatesPagesAndFlags() {
        given().queryParam("from", "1922-13").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("from"));
        given().queryParam("from", "1923").queryParam("to", "1922").when().get("/api/v1/documents").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("to", "0000").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("to"));
        given().queryParam("page", "x").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("page"));
        given().queryParam("topLevel", "yes").when().get("/api/v1/documents").then()
                .statusCode(400).body("errors[0].name", equalTo("topLevel"));
    }

    @Test
    void shouldRunAConstantNumberOfStatementsWhateverThePageSize() {
        DocumentFilter none = new DocumentFilter(List.of(), null, null, null, DateFilter.NONE, null, null, null, false);
        long one = SqlCounter.count(() -> service.findDocuments(DocumentScope.ALL, none, new PageRequest(0, 1)));
        long hundred = SqlCounter.count(() -> service.findDocuments(DocumentScope.ALL, none, new PageRequest(0, 100)));
        assertEquals(one, hundred);
        assertEquals(1, hundred, "the page with its total, from the read model");
        DocumentFilter filtered = new DocumentFilter(List.of("note", "letter"), "lenin", null, "volodicheva",
                new DateFilter(java.time.LocalDate.of(1922, 1, 1), java.time.LocalDate.of(1923, 12, 31), false), "twelfth-party-congress", null, "letter", false);
        long f1 = SqlCounter.count(() -> service.findDocuments(DocumentScope.ALL, filtered, new PageRequest(0, 1)));
        long f100 = SqlCounter.count(() -> service.findDocuments(DocumentScope.ALL, filtered, new PageRequest(0, 100)));
        assertEquals(f1, f100);
        assertEquals(2, f100, "id check, then the page");
        assertEquals(1, SqlCounter.count(() -> service.findDocument(DocumentScope.ALL, "letter-to-the-congress")),
                "the detail is one row");
    }
}
