package org.laststruggle.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.laststruggle.database.SqlCounter;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";

    @Test
    void shouldFindAPhraseOfTheBookFirst() {
        given().queryParam("q", "inevitable and predetermined outcome").get(SEARCH).then().statusCode(200)
                .body("items[0].kind", equalTo("passage"),
                        "items[0].id", equalTo("pathfinder-1975-0060"),
                        "items[0].title", equalTo("Lenin's Fight Against Stalinism, p. 5"),
                        "items[0].url", equalTo("/api/v1/passages/pathfinder-1975-0060"),
                        "items[0].citation.sourceId", equalTo("pathfinder-1975"),
                        "items[0].citation.passageId", equalTo("pathfinder-1975-0060"),
                        "items[0].citation.start", equalTo(2924),
                        "items[0].citation.end", equalTo(3870),
                        "items[0].citation.page", equalTo(5),
                        "items[0].citation.quote", containsString("inevitable and predeter- \nmined outcome"),
                        "items[0].snippet", containsString("<mark>inevitable</mark> and <mark>predetermined</mark>"
                                + " <mark>outcome</mark>"));
    }

    @Test
    void shouldFindAWordTheOcrSplitOverTwoLines() {
        // "predeter- / mined" and "anticapi- / talist" at line ends of page 5 of the book
        given().queryParam("q", "anticapitalist").get(SEARCH).then().statusCode(200)
                .body("items[0].id", equalTo("pathfinder-1975-0060"),
                        "items[0].snippet", containsString("the first <mark>anticapitalist</mark> revolution"));
        given().queryParam("q", "predetermined").queryParam("kind", "passage").get(SEARCH).then().statusCode(200)
                .body("items.id", hasItem("pathfinder-1975-0060"));
    }

    @Test
    void shouldFindAPhraseOfNorthsEssayFirst() {
        given().queryParam("q", "deeply concerned that tensions within the party").get(SEARCH).then().statusCode(200)
                .body("items[0].kind", equalTo("passage"),
                        "items[0].id", equalTo("north-2022-0003"),
                        "items[0].title", equalTo("Lenin's last struggle"),
                        "items[0].citation.sourceId", equalTo("north-2022"),
                        "items[0].citation.page", nullValue());
    }

    @Test
    void shouldFindAPhraseOfBlandsArticleWithQuotes() {
        // Bland's passage, and the summary of Lenin's article that repeats the phrase (sweep 2); nothing else
        given().queryParam("q", "\"resonant but empty phrases\"").get(SEARCH).then().statusCode(200)
                .body("total", equalTo(2),
                        "items.id", org.hamcrest.Matchers.containsInAnyOrder("bland-1991-0050",
                                "historical-meaning-of-the-inner-party-struggle-1910"),
                        "items.find { it.id == 'bland-1991-0050' }.citation.sourceId", equalTo("bland-1991"),
                        "items.find { it.id == 'bland-1991-0050' }.snippet",
                        containsString("<mark>resonant</mark> but <mark>empty</mark> <mark>phrases</mark>"));
        // the same words in another order are no longer the phrase
        given().queryParam("q", "\"empty but resonant phrases\"").get(SEARCH).then().statusCode(200)
                .body("items.id", not(hasItem("bland-1991-0050")));
    }

    @Test
    void shouldIgnoreAccents() {
        List<String> plainIds = given().queryParam("q", "\"resonant but empty phrases\"").get(SEARCH).then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        given().queryParam("q", "\"résonant but émpty phrases\"").get(SEARCH).then().statusCode(200)
                .body("items.id", equalTo(plainIds), "items.id", hasItem("bland-1991-0050"));
        int plain = given().queryParam("q", "Trotsky").get(SEARCH).then().extract().path("total");
        int accented = given().queryParam("q", "Trótsky").get(SEARCH).then().extract().path("total");
        assertEquals(plain, accented);
    }

    @Test
    void shouldFindEntitiesWithTheirFirstCitation() {
        given().queryParam("q", "Kamenev").queryParam("kind", "person").get(SEARCH).then().statusCode(200)
                .body("items[0].kind", equalTo("person"),
                        "items[0].id", equalTo("kamenev"),
                        "items[0].url", equalTo("/api/v1/persons/kamenev"),
                        "items[0].citation.sourceId", equalTo("pathfinder-1975"),
                        "items[0].snippet", containsString("<mark>Kamenev</mark>"));
        given().queryParam("q", "\"general secretary\"").queryParam("kind", "event,document").get(SEARCH).then()
                .statusCode(200)
                .body("items.kind", everyItem(org.hamcrest.Matchers.oneOf("event", "document")),
                        "items.id", hasItem("lenin-dictates-postscript-on-stalin-1923-01-04"),
                        "total", greaterThan(3));
    }

    @Test
    void shouldEscapeHtmlSoOnlyMarkIsMarkup() {
        List<String> snippets = given().queryParam("q", "Stalin").queryParam("size", 100).get(SEARCH).then()
                .statusCode(200).extract().path("items.snippet");
        for (String s : snippets) {
            String stripped = s.replace("<mark>", "").replace("</mark>", "");
            assertTrue(!stripped.contains("<") && !stripped.contains(">"), s);
        }
    }

    @Test
    void shouldAnswerAnEmptyPageForStopWordsOnly() {
        given().queryParam("q", "the of and").get(SEARCH).then().statusCode(200)
                .body("total", equalTo(0), "items.size()", equalTo(0));
    }

    @Test
    void shouldRejectAMissingEmptyOrOverlongQuery() {
        given().get(SEARCH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("q"));
        given().queryParam("q", "   ").get(SEARCH).then().statusCode(400).body("errors[0].name", equalTo("q"));
        given().queryParam("q", "a".repeat(201)).get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("q"), "errors[0].detail", containsString("200"));
        given().queryParam("q", " " + "a".repeat(200) + " ").get(SEARCH).then().statusCode(200);
        given().queryParam("q", "Stalin").queryParam("kind", "letter").get(SEARCH).then().statusCode(400)
                .body("errors[0].name", equalTo("kind"));
    }

    @Test
    void shouldCountEveryHitExactlyUnderTheCapAndPageAcrossTheTiersWithoutGapOrRepeat() {
        // "testament": 16 name and event-title hits, then over a hundred text hits, under the cap
        List<String> whole = new ArrayList<>();
        for (int p = 0; ; p++) {
            List<String> ids = given().queryParam("q", "testament").queryParam("size", 100).queryParam("page", p).get(SEARCH)
                    .then().statusCode(200).body("totalIsLowerBound", equalTo(false)).extract().path("items.id");
            if (ids.isEmpty()) break;
            whole.addAll(ids);
        }
        int total = given().queryParam("q", "testament").get(SEARCH).then().statusCode(200).extract().path("total");
        assertEquals(whole.size(), total, "the total is the number of hits listed");
        assertEquals(total, new HashSet<>(whole).size(), "no hit twice");
        assertTrue(total > 100, "more than a page of 100");
        given().queryParam("q", "testament").get(SEARCH).then()
                .header("Link", containsString("page=" + (total - 1) / 20 + "&size=20>; rel=\"last\""));
        // pages of 7: page 2 holds hits 14 to 20 and straddles the boundary after the 16th
        List<String> paged = new ArrayList<>();
        for (int p = 0; p * 7 < total; p++) {
            paged.addAll(given().queryParam("q", "testament").queryParam("size", 7).queryParam("page", p).get(SEARCH)
                    .then().statusCode(200).body("total", equalTo(total)).extract().path("items.id"));
        }
        assertEquals(whole, paged);
        List<String> boundary = given().queryParam("q", "testament").queryParam("size", 7).queryParam("page", 2).get(SEARCH)
                .then().statusCode(200).extract().path("items.match");
        assertEquals(List.of("event-title", "event-title", "text", "text", "text", "text", "text"), boundary);
        // an empty page past the end still carries the exact total; only stop words: nothing
        given().queryParam("q", "testament").queryParam("page", 50).get(SEARCH).then().statusCode(200)
                .body("total", equalTo(total), "items.size()", equalTo(0), "totalIsLowerBound", equalTo(false));
        given().queryParam("q", "the of and").get(SEARCH).then().statusCode(200)
                .body("total", equalTo(0), "totalIsLowerBound", equalTo(false));
    }

    @Inject
    SearchService service;

    @Test
    @ActivateRequestContext
    void shouldMakeTheTotalALowerBoundPastTheCapWithoutChangingTheOrder() {
        // "stalin": about 480 hits; the name and event-title hits are counted whole, the text hits while under the cap
        Set<String> all = new LinkedHashSet<>(SearchService.KINDS);
        SearchPage exact = service.findHits("stalin", all, new PageRequest(0, 100), 1000);
        long total = exact.total();
        assertTrue(total > 400 && total < 1000, "total " + total);
        assertFalse(exact.totalIsLowerBound());
        long titled = exact.items().stream().filter(h -> !h.match().equals("text")).count();
        assertTrue(titled < 100, "the page reaches the text hits");
        // cap = the total: still exact; one less: the count stops there and the total is a lower bound
        SearchPage atCap = service.findHits("stalin", all, new PageRequest(0, 100), (int) total);
        assertEquals(total, atCap.total());
        assertFalse(atCap.totalIsLowerBound());
        SearchPage under = service.findHits("stalin", all, new PageRequest(0, 100), (int) total - 1);
        assertEquals(total - 1, under.total());
        assertTrue(under.totalIsLowerBound());
        // a cap under the name and event-title hits: those are all counted, the text hits not at all
        assertTrue(titled > 10, "titled " + titled);
        SearchPage small = service.findHits("stalin", all, new PageRequest(0, 100), 10);
        assertEquals(titled, small.total());
        assertTrue(small.totalIsLowerBound());
        // the default cap (1000) is what the endpoint uses
        given().queryParam("q", "stalin").get(SEARCH).then().statusCode(200)
                .body("total", equalTo((int) total), "totalIsLowerBound", equalTo(false));
        // the cap only stops the count: the hits and their order are the same, on a page of text hits too
        assertEquals(exact.items(), small.items());
        assertEquals(service.findHits("stalin", all, new PageRequest(3, 100), 1000).items(),
                service.findHits("stalin", all, new PageRequest(3, 100), 10).items());
    }

    @Test
    void shouldRunExactlyOneStatementPerSearch() {
        // a page of name hits, a page of 100, a page of text hits only, an empty page past the end, only stop words
        assertEquals(1, SqlCounter.count(() -> given().queryParam("q", "Stalin").queryParam("size", 1).get(SEARCH).then().statusCode(200)));
        assertEquals(1, SqlCounter.count(() -> given().queryParam("q", "Stalin").queryParam("size", 100).get(SEARCH).then().statusCode(200)));
        assertEquals(1, SqlCounter.count(() -> given().queryParam("q", "Stalin").queryParam("size", 100).queryParam("page", 3)
                .get(SEARCH).then().statusCode(200).body("items[0].match", equalTo("text"))));
        assertEquals(1, SqlCounter.count(() -> given().queryParam("q", "Stalin").queryParam("page", 99).get(SEARCH).then()
                .statusCode(200).body("items.size()", equalTo(0), "total", greaterThan(400))));
        assertEquals(1, SqlCounter.count(() -> given().queryParam("q", "the of").get(SEARCH).then().statusCode(200)));
    }
}
