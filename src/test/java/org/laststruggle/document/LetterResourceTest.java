package org.laststruggle.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.PageRequest;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class LetterResourceTest {

    @Inject
    DocumentService service;

    @Test
    void shouldListOnlyCorrespondenceAndNotes() {
        given().queryParam("size", 100).when().get("/api/v1/letters").then()
                .statusCode(200)
                .body("items.kind", everyItem(in(List.of("letter", "note", "telegram"))))
                .body("items.id", hasItem("letter-to-the-congress-1922-12-24"))
                .body("items.id", not(hasItem("better-fewer-but-better-1923-03-02")));
    }

    @Test
    void shouldListLeninsDecemberLettersToTrotsky() {
        given().queryParam("author", "lenin").queryParam("recipient", "trotsky").queryParam("from", "1922-12")
                .queryParam("to", "1922-12").when().get("/api/v1/letters").then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body("items.id", contains("letter-to-frumkin-stomonyakov-1922-12-12", "letter-to-trotsky-1922-12-12",
                        "letter-to-trotsky-1922-12-13", "letter-to-trotsky-1922-12-15",
                        "letter-to-trotsky-on-frumkins-letter-1922-12-15", "letter-to-trotsky-1922-12-21"));
    }

    @Test
    void shouldFindTheLetterKrupskayaTookDown() {
        given().queryParam("dictatedTo", "krupskaya").when().get("/api/v1/letters").then()
                .statusCode(200)
                .body("items.id", contains("letter-to-trotsky-1922-12-21"))
                .body("items[0].dictatedTo[0].name", equalTo("Nadezhda Konstantinova Krupskaya"))
                .body("items[0].recipients.id", contains("trotsky"));
    }

    @Test
    void shouldServeTheNotesOfTheLetterToTheCongressInOrder() {
        given().queryParam("partOf", "letter-to-the-congress").when().get("/api/v1/letters").then()
                .statusCode(200)
                .body("items.id", contains(DocumentResourceTest.LETTER_TO_THE_CONGRESS_PARTS))
                .body("items[1].dictatedTo.id", contains("volodicheva"))
                .body("items[5].dictatedTo.id", contains("fotieva"));
    }

    @Test
    void shouldServeALetterAndRefuseOtherKinds() {
        given().when().get("/api/v1/letters/letter-to-trotsky-1923-03-05").then()
                .statusCode(200)
                .body("kind", equalTo("letter"))
                .body("authors.id", contains("lenin"))
                .body("recipients.id", contains("trotsky"))
                .body("date.edtf", equalTo("1923-03-05"));
        given().when().get("/api/v1/letters/better-fewer-but-better-1923-03-02").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/api/v1/letters"));
    }

    @Test
    void shouldReturn400ForAKindThatIsNotALetter() {
        given().queryParam("kind", "article").when().get("/api/v1/letters").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("kind"))
                .body("errors[0].detail", containsString("letter, note, telegram"));
        given().queryParam("recipient", "nobody").when().get("/api/v1/letters").then()
                .statusCode(400).body("errors[0].name", equalTo("recipient"));
        given().queryParam("to", "December").when().get("/api/v1/letters").then()
                .statusCode(400).body("errors[0].name", equalTo("to"));
    }

    @Test
    void shouldRunAConstantNumberOfStatementsWhateverThePageSize() {
        DocumentFilter none = new DocumentFilter(List.of(), null, null, null, DateFilter.NONE, null, null, null, false);
        long one = SqlCounter.count(() -> service.findDocuments(DocumentScope.LETTERS, none, new PageRequest(0, 1)));
        long hundred = SqlCounter.count(() -> service.findDocuments(DocumentScope.LETTERS, none, new PageRequest(0, 100)));
        assertEquals(one, hundred);
        assertEquals(1, hundred);
    }
}
