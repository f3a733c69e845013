package org.laststruggle.dispute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToCompressingWhiteSpace;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DisputeResourceTest {

    @Test
    void shouldReturnTheDisputeAboutTheDateOfThePostscriptWithBothClaims() {
        given().when().get("/api/v1/disputes/date-of-postscript-on-stalin").then()
                .statusCode(200)
                .body("id", equalTo("date-of-postscript-on-stalin"))
                .body("question", equalTo("When did Lenin add the postscript proposing Stalin's removal as general secretary?"))
                .body("subject.id", equalTo("letter-to-the-congress-1923-01-04"))
                .body("subject.type", equalTo("document"))
                .body("subject.name", equalTo("Letter to the Congress, addition of January 4, 1923 (proposal to remove Stalin)"))
                .body("claims.size()", equalTo(2))
                .body("claims[0].id", equalTo("date-of-postscript-on-stalin-claim-1"))
                .body("claims[0].statement", equalTo("The addition to the note of December 24 is dated January 4, 1923."))
                .body("claims[0].value", equalTo("1923-01-04"))
                .body("claims[0].preferred", equalTo(true))
                .body("claims[0].reason", containsString("own heading and date line"))
                .body("claims[0].sources", contains("pathfinder-1975", "north-2022", "globalsecurity", "bland-1991"))
                .body("claims[0].citations.size()", equalTo(7))
                .body("claims[0].citations[1].quote", equalToCompressingWhiteSpace("Taken down by L.F. January 4, 1923"))
                .body("claims[0].citations[1].sourceId", equalTo("pathfinder-1975"))
                .body("claims[0].citations[5].quote", equalToCompressingWhiteSpace("with a supplement dated 4 January 1923"))
                .body("claims[0].citations[6].text", containsString("L. Fotieva."))
                .body("claims[1].id", equalTo("date-of-postscript-on-stalin-claim-2"))
                .body("claims[1].value", equalTo("1922-12-25"))
                .body("claims[1].preferred", equalTo(false))
                .body("claims[1].reason", nullValue())
                .body("claims[1].sources", contains("downing-2018"))
                .body("claims[1].citations.size()", equalTo(4))
                .body("claims[1].citations[3].quote", equalTo("Appendix, Lenin’s Testament:"))
                .body("claims[1].citations[0].quote", equalToCompressingWhiteSpace("December 25, Lenin adds the rider to his Testament about removing Stain."));
    }

    @Test
    void shouldCiteExactSpansOfTheSourceText() {
        var cite = given().when().get("/api/v1/disputes/date-of-postscript-on-stalin").then().statusCode(200)
                .body("claims[1].citations[2].sourceId", equalTo("downing-2018"))
                .extract().jsonPath();
        int start = cite.getInt("claims[1].citations[2].start");
        int end = cite.getInt("claims[1].citations[2].end");
        String text = given().when().get("/api/v1/sources/downing-2018/text").then().statusCode(200).extract().asString();
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        assertEquals(cite.getString("claims[1].citations[2].quote"), text.substring(from, to));
        assertEquals("Lenin, 25 December 1922", text.substring(from, to).replaceAll("\\s+", " "));
    }

    @Test
    void shouldFilterBySubject() {
        given().queryParam("subject", "letter-to-the-congress-1923-01-04").when().get("/api/v1/disputes").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains("date-of-postscript-on-stalin", "who-took-down-postscript-of-1923-01-04"))
                .body("items[0].claims.size()", equalTo(2))
                .body("items[1].claims.size()", greaterThanOrEqualTo(2));
    }

    @Test
    void shouldResolveTheSubjectNameOfEventsCongressesAndPersons() {
        given().queryParam("subjectType", "event").queryParam("q", "POISON").when().get("/api/v1/disputes").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains("origin-of-poison-request"))
                .body("items[0].subject.type", equalTo("event"))
                .body("items[0].subject.id", equalTo("stalin-reports-lenin-poison-request-1923-02"))
                .body("items[0].subject.name", equalTo("Stalin tells the Politburo that Lenin has asked him for poison"))
                .body("items[0].claims.value", contains("lenin", "stalin"))
                .body("items[0].claims[0].sources", contains("globalsecurity"));
        given().when().get("/api/v1/disputes/date-of-plenum-weakening-foreign-trade-monopoly").then()
                .statusCode(200)
                .body("subject.type", equalTo("congress"))
                .body("subject.name", equalTo("Plenum of the Central Committee, October 6, 1922"))
                .body("claims[0].sources", contains("pathfinder-1975", "downing-2018"));
        given().queryParam("subjectType", "person").queryParam("subject", "lenin").when().get("/api/v1/disputes").then()
                .statusCode(200)
                .body("items.subject.name", everyItem(equalTo("Vladimir Ilyich Lenin")))
                .body("items.subject.type", everyItem(equalTo("person")));
    }

    @Test
    void shouldAnswer404And400Problems() {
        given().when().get("/api/v1/disputes/who-killed-kirov").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("who-killed-kirov"));
        given().queryParam("subjectType", "planet").when().get("/api/v1/disputes").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("subjectType"));
        given().queryParam("page", "x").when().get("/api/v1/disputes").then()
                .statusCode(400).body("errors.name", contains("page"));
    }

    @Test
    void shouldSendLinkHeaders() {
        List<String> links = given().queryParam("subject", "letter-to-the-congress-1923-01-04").queryParam("size", "1")
                .when().get("/api/v1/disputes").then()
                .statusCode(200)
                .body("items.id", contains("date-of-postscript-on-stalin"))
                .extract().headers().getValues("Link");
        String all = String.join(", ", links);
        assertThat(all, containsString("page=1&size=1>; rel=\"next\""));
        assertThat(all, containsString("page=1&size=1>; rel=\"last\""));
    }

    @Test
    void shouldRunAConstantNumberOfStatementsWhateverThePageSize() {
        long one = SqlCounter.count(() -> given().queryParam("size", "1").when().get("/api/v1/disputes")
                .then().statusCode(200));
        long hundred = SqlCounter.count(() -> given().queryParam("size", "100").when().get("/api/v1/disputes")
                .then().statusCode(200));
        assertEquals(one, hundred, "statements for size=1 and size=100");
        assertEquals(1, hundred, "the page with its total, from the read model");
    }
}
