package org.laststruggle.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
import org.laststruggle.query.PageRequest;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class PersonResourceTest {

    @Inject
    PersonService service;

    @Test
    void shouldFindFotievaByName() {
        given().queryParam("q", "fotieva").when().get("/api/v1/persons").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains("fotieva"))
                .body("items[0].name", equalTo("Lydia Alexandrovna Fotieva"))
                .body("items[0].sortName", equalTo("Fotieva, Lydia Alexandrovna"))
                .body("items[0].variants", contains("Fotieva", "L. Fotieva", "L.A. Fotieva", "Lidya Fotieva"))
                .body("items[0].born.edtf", equalTo("1881"))
                .body("items[0].born.earliest", equalTo("1881-01-01"))
                .body("items[0].born.latest", equalTo("1881-12-31"))
                .body("items[0].born.precision", equalTo("year"))
                .body("items[0].died", nullValue())
                .body("items[0].citations[0].sourceId", equalTo("pathfinder-1975"));
    }

    @Test
    void shouldMatchIgnoringAccentsAndCase() {
        given().queryParam("q", "FÓTÏEVA").when().get("/api/v1/persons").then()
                .statusCode(200).body("items.id", contains("fotieva"));
        // a variant only ("Lidya Fotieva"), with an accent and odd case
        given().queryParam("q", "líDYA").when().get("/api/v1/persons").then()
                .statusCode(200).body("items.id", contains("fotieva"));
        given().queryParam("q", "Guétier").when().get("/api/v1/persons").then()
                .statusCode(200).body("items.id", contains("guetier"));
    }

    @Test
    void shouldMatchVariantsAndSortBySortName() {
        // "Eltsin" is in both Eltsins' names; Boris sorts before Viktor
        given().queryParam("q", "eltsin").when().get("/api/v1/persons").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains("boris-eltsin", "viktor-eltsin"))
                .body("items[0].died.edtf", equalTo("1937?"))
                .body("items[0].died.uncertain", equalTo(true));
        // the stenographer's initials are a variant of Volodicheva
        given().queryParam("q", "M.V.").when().get("/api/v1/persons").then()
                .statusCode(200).body("items.id", hasItem("volodicheva"));
    }

    @Test
    void shouldTreatLikeWildcardsLiterally() {
        given().queryParam("q", "%").when().get("/api/v1/persons").then()
                .statusCode(200).body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void shouldListPersonsSortedBySortNameThenId() {
        Response r = given().queryParam("size", 100).when().get("/api/v1/persons");
        r.then().statusCode(200).body("size", equalTo(100)).body("page", equalTo(0));
        List<String> sortNames = r.jsonPath().getList("items.sortName");
        assertTrue(sortNames.size() >= 55, "all curated persons fit on one page of 100");
        // the database collation decides the order; check it agrees with a plain comparison on these names
        assertTrue(sortNames.indexOf("Bukharin, Nikolai Ivanovich") < sortNames.indexOf("Kamenev, Lev Borisovich"));
        assertTrue(sortNames.indexOf("Kamenev, Lev Borisovich") < sortNames.indexOf("Zinoviev, Grigory Yevseyevich")
                || !sortNames.contains("Zinoviev, Grigory Yevseyevich"));
        r.then().body("items.find { it.id == 'lenin' }.died.edtf", equalTo("1924-01-21"))
                .body("items.find { it.id == 'lenin' }.variants", hasItems("Ilyich", "V. Ulyanov"))
                .body("items.find { it.id == 'lenin' }.variants", not(hasItem("Vladimir Ilyich Lenin")));
    }

    @Test
    void shouldPageWithLinkHeaders() {
        // q=eltsin matches exactly two persons: page 1 of size 1 is the last
        Response last = given().queryParam("q", "eltsin").queryParam("size", 1).queryParam("page", 1).when()
                .get("/api/v1/persons");
        last.then().statusCode(200)
                .body("items.id", contains("viktor-eltsin"))
                .body("page", equalTo(1)).body("size", equalTo(1)).body("total", equalTo(2))
                .header("ETag", not(nullValue()));
        assertEquals(1, last.headers().getValues("Link").size(), "one Link field, the links comma-separated");
        List<String> lastLinks = List.of(last.header("Link").split(", "));
        assertTrue(lastLinks.contains("</api/v1/persons?q=eltsin&page=0&size=1>; rel=\"first\""), lastLinks.toString());
        assertTrue(lastLinks.contains("</api/v1/persons?q=eltsin&page=0&size=1>; rel=\"prev\""), lastLinks.toString());
        assertTrue(lastLinks.stream().noneMatch(l -> l.contains("rel=\"next\"")), lastLinks.toString());
        Response r = given().queryParam("q", "eltsin").queryParam("size", 1).when().get("/api/v1/persons");
        List<String> links = List.of(r.header("Link").split(", "));
        assertTrue(links.stream().anyMatch(l -> l.contains("page=1") && l.contains("rel=\"next\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("page=1") && l.contains("rel=\"last\"")), links.toString());
        assertTrue(links.stream().noneMatch(l -> l.contains("rel=\"prev\"")), links.toString());
    }

    @Test
    void shouldGiveTotalOnPagePastTheEnd() {
        given().queryParam("q", "eltsin").queryParam("page", 5).when().get("/api/v1/persons").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(2));
    }

    @Test
    void shouldListFotievasDocumentsEventsAndDisputes() {
        given().when().get("/api/v1/persons/fotieva").then()
                .statusCode(200)
                .body("id", equalTo("fotieva"))
                .body("variants", hasItem("Lidya Fotieva"))
                .body("citations[0].quote", equalTo("Fotieva, Lydia Alexandrovna (1881- )"))
                // she took down the whole letter and its addition of January 4, 1923, and wrote two documents
                .body("documents.find { it.id == 'letter-to-the-congress' }.role", equalTo("dictatedTo"))
                .body("documents.find { it.id == 'letter-to-the-congress-1923-01-04' }.role", equalTo("dictatedTo"))
                .body("documents.find { it.id == 'letter-to-the-congress-1923-01-04' }.type", equalTo("document"))
                .body("documents.find { it.id == 'fotieva-letter-on-the-national-question-1923-03-16' }.role",
                        equalTo("author"))
                .body("documents.find { it.id == 'iz-vospominanii-o-lenine-1964' }.role", equalTo("author"))
                .body("documents.id", not(hasItem("letter-to-the-congress-1922-12-24")))
                .body("events.find { it.id == 'lenin-dictates-postscript-on-stalin-1923-01-04' }.role",
                        equalTo("secretary"))
                .body("events.find { it.id == 'lenin-dictates-postscript-on-stalin-1923-01-04' }.name",
                        equalTo("Lenin proposes removing Stalin as general secretary"))
                .body("disputes.find { it.id == 'who-took-down-postscript-of-1923-01-04' }.role", equalTo("document"))
                .body("disputes.type", everyItem(equalTo("dispute")));
    }

    @Test
    void shouldSortDetailListsByDate() {
        Response r = given().when().get("/api/v1/persons/fotieva");
        List<String> docs = r.jsonPath().getList("documents.id");
        // 1922-12-23/1923-01-04 (the whole), 1923-01-04, 1923-03-16, 1964
        assertTrue(docs.indexOf("letter-to-the-congress") < docs.indexOf("letter-to-the-congress-1923-01-04"), docs.toString());
        assertTrue(docs.indexOf("letter-to-the-congress-1923-01-04")
                < docs.indexOf("fotieva-letter-on-the-national-question-1923-03-16"), docs.toString());
        assertEquals("iz-vospominanii-o-lenine-1964", docs.get(docs.size() - 1));
        List<String> events = r.jsonPath().getList("events.id");
        assertTrue(events.indexOf("lenin-letter-to-frumkin-stomonyakov-1922-12-12")
                < events.indexOf("lenin-dictates-postscript-on-stalin-1923-01-04"), events.toString());
    }

    @Test
    void shouldListDisputesAboutThePersonFirst() {
        given().when().get("/api/v1/persons/krupskaya").then()
                .statusCode(200)
                .body("disputes[0].role", equalTo("subject"))
                .body("documents.find { it.id == 'krupskaya-letter-to-kamenev-1922-12-23' }.role", equalTo("author"))
                .body("documents.find { it.id == 'letter-to-trotsky-1922-12-21' }.role", equalTo("dictatedTo"));
    }

    @Test
    void shouldReturn404ForUnknownPerson() {
        given().when().get("/api/v1/persons/kamenevv").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://laststruggle.org/problems/not-found"))
                .body("detail", containsString("/api/v1/persons"));
    }

    @Test
    void shouldReturn400ForBadPage() {
        given().queryParam("page", "-1").when().get("/api/v1/persons").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("page"));
        given().queryParam("size", "many").when().get("/api/v1/persons").then()
                .statusCode(400).body("errors[0].name", equalTo("size"));
    }

    @Test
    void shouldRunAConstantNumberOfStatementsWhateverThePageSize() {
        long one = SqlCounter.count(() -> service.findPersons(null, new PageRequest(0, 1)));
        long hundred = SqlCounter.count(() -> service.findPersons(null, new PageRequest(0, 100)));
        assertEquals(one, hundred);
        assertEquals(1, hundred, "the page with its total, from the read model");
        long filtered = SqlCounter.count(() -> service.findPersons("lenin", new PageRequest(0, 100)));
        assertEquals(1, filtered);
        assertEquals(2, SqlCounter.count(() -> service.findPersons("lenin", new PageRequest(5, 100))),
                "a page past the end counts the match in a second statement");
        assertEquals(1, SqlCounter.count(() -> service.findPerson("lenin")), "the detail is one row");
    }
}
