package org.laststruggle.source;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.laststruggle.query.Page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laststruggle.query.PageRequest;
import org.laststruggle.database.SqlCounter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
class SourceResourceTest {

    @Inject
    SourceService service;

    @ParameterizedTest
    @CsvSource({"north-2022,000_dc5b02a6e81c30ac.txt", "downing-2018,001_e9fff90f432349e2.txt",
        "bland-1991,002_66bb28a8bf3a4ba0.txt", "pathfinder-1975,003_bbcd4ea18619e104.txt",
        "globalsecurity,004_47b3bbf5c34baaba.txt"})
    void shouldServeEachSourceTextByteForByte(String id, String file) throws Exception {
        byte[] shipped = Files.readAllBytes(Path.of("db/sources", file));
        byte[] served = given().when().get("/api/v1/sources/" + id + "/text").then().statusCode(200)
                .contentType(containsString("text/plain")).contentType(containsString("utf-8"))
                .extract().asByteArray();
        assertArrayEquals(shipped, served);
    }

    @Test
    void shouldMatchEveryPassageQuoteToTheRawText() throws Exception {
        List<Map<String, Object>> sources = given().get("/api/v1/sources").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(5, sources.size());
        int checked = 0;
        for (Map<String, Object> s : sources) {
            String id = (String) s.get("id");
            String raw = new String(given().get("/api/v1/sources/" + id + "/text").then().extract().asByteArray(),
                    StandardCharsets.UTF_8);
            assertEquals(((Number) s.get("length")).intValue(), raw.codePointCount(0, raw.length()));
            int count = (Integer) s.get("passageCount");
            int prevEnd = 0;
            for (int page = 0; page * 100 < count; page++) {
                JsonPath json = given().queryParam("page", page).queryParam("size", 100)
                        .get("/api/v1/sources/" + id + "/passages").then().statusCode(200).extract().jsonPath();
                for (Map<String, Object> p : json.<Map<String, Object>>getList("items")) {
                    int start = (Integer) p.get("start");
                    int end = (Integer) p.get("end");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> citation = (Map<String, Object>) p.get("citation");
                    assertEquals(raw.substring(start, end), citation.get("quote"), "passage " + p.get("id"));
                    assertTrue(start >= prevEnd, "passages in order without overlap at " + p.get("id"));
                    prevEnd = end;
                    checked++;
                }
            }
        }
        assertTrue(checked > 1500, "all passages checked: " + checked);
    }

    @Test
    void shouldDescribeTheBookWithItsPrintedPages() {
        given().get("/api/v1/sources/pathfinder-1975").then().statusCode(200)
                .body("title", equalTo("Lenin's Fight Against Stalinism"))
                .body("url", equalTo("https://archive.org/details/leninsfightagain0000leni"))
                .body("sha256", equalTo("e6e0c351b780d871ffdf2b845d86a492323f01b84480babefcfdf9fab2e00927"))
                .body("length", equalTo(codePoints("003_bbcd4ea18619e104.txt")))
                .body("firstPage", equalTo(5))
                .body("lastPage", equalTo(160));
    }

    private static int codePoints(String file) {
        try {
            String raw = Files.readString(Path.of("db/sources", file));
            return raw.codePointCount(0, raw.length());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldFilterPassagesByPrintedPage() {
        // Page 64 of the book holds the note of December 24, 1922 of the Letter to the Congress.
        given().queryParam("printedPage", 64).get("/api/v1/sources/pathfinder-1975/passages").then().statusCode(200)
                .body("items.page", org.hamcrest.Matchers.everyItem(equalTo(64)))
                .body("items.text", hasItem(containsString("December 24, 1922")))
                .body("items[0].part", equalTo("Part III: Lenin's Testament"))
                .body("items[0].section", equalTo("Letter to the Congress"));
    }

    @Test
    void shouldLinkAPassageToItsNeighbours() {
        String id = given().queryParam("printedPage", 64).get("/api/v1/sources/pathfinder-1975/passages")
                .then().extract().path("items[1].id");
        JsonPath p = given().get("/api/v1/passages/" + id).then().statusCode(200).extract().jsonPath();
        int seq = p.getInt("seq");
        assertEquals(String.format("pathfinder-1975-%04d", seq - 1), p.getString("prev"));
        assertEquals(String.format("pathfinder-1975-%04d", seq + 1), p.getString("next"));
        assertEquals(64, p.getInt("page"));
        assertEquals(id, p.getString("citation.passageId"));
        given().get("/api/v1/passages/pathfinder-1975-0000").then().statusCode(200).body("prev", equalTo(null));
    }

    @Test
    void shouldReadAPassageAndItsQuotesAcrossLineEndHyphens() {
        // raw: "... come to an ar-\nrangement with Trotsky to stand up for my views on the foreign-\ntrade monopoly."
        JsonPath event = given().get("/api/v1/events/lenin-letter-to-stalin-on-monopoly-1922-12-15").then().statusCode(200)
                .extract().jsonPath();
        List<java.util.Map<String, Object>> cites = event.getList("citations");
        java.util.Map<String, Object> c = cites.stream().filter(x -> ((String) x.get("quote")).contains("rangement"))
                .findFirst().orElseThrow();
        assertTrue(((String) c.get("quote")).matches("(?s).*ar- ?\\n\\s*rangement.*"), (String) c.get("quote"));
        assertEquals("I have also come to an arrangement with Trotsky to stand up for my views", c.get("text"));
        JsonPath p = given().get("/api/v1/passages/" + c.get("passageId")).then().statusCode(200).extract().jsonPath();
        String text = p.getString("text");
        assertTrue(text.contains("an arrangement with Trotsky") && text.contains("the foreign-trade monopoly"), text);
        List<Integer> soft = p.getList("softHyphens");
        String raw = p.getString("citation.quote");
        int start = p.getInt("start");
        int arHyphen = raw.indexOf("ar-") + 2;
        int foreignHyphen = raw.indexOf("foreign-") + 7;
        assertTrue(soft.contains(start + arHyphen), "the hyphen of ar-rangement is soft: " + soft);
        assertFalse(soft.contains(start + foreignHyphen), "the hyphen of foreign-trade is real: " + soft);
        // the passage as a citation: its reading form is the passage's text
        assertEquals(text, p.getString("citation.text"));
    }

    @Test
    void shouldAnswerProblemsForBadInput() {
        given().get("/api/v1/sources/no-such-source").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://laststruggle.org/problems/not-found"))
                .body("detail", containsString("no-such-source"));
        given().get("/api/v1/passages/pathfinder-1975-9999").then().statusCode(404).contentType("application/problem+json");
        // a page the source does not have holds no passage
        given().queryParam("printedPage", 400).get("/api/v1/sources/pathfinder-1975/passages").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("printedPage", 3).get("/api/v1/sources/north-2022/passages").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("printedPage", "sixty").get("/api/v1/sources/pathfinder-1975/passages").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("printedPage"));
        given().queryParam("printedPage", 0).get("/api/v1/sources/pathfinder-1975/passages").then().statusCode(400)
                .body("errors[0].name", equalTo("printedPage"));
        given().queryParam("page", -1).get("/api/v1/sources").then().statusCode(400).body("errors[0].name", equalTo("page"));
        given().queryParam("size", "many").get("/api/v1/sources").then().statusCode(400).body("errors[0].name", equalTo("size"));
    }

    @Test
    void shouldClampSizeAndLinkPages() {
        given().queryParam("size", 1000).get("/api/v1/sources/pathfinder-1975/passages").then().statusCode(200)
                .body("size", equalTo(100));
        var one = java.util.List.of(given().queryParam("size", 0).get("/api/v1/sources").then().statusCode(200)
                .body("size", equalTo(1)).extract().header("Link").split(", "));
        assertTrue(one.contains("</api/v1/sources?page=1&size=1>; rel=\"next\""), one.toString());
        var links = java.util.List.of(given().queryParam("size", 2).queryParam("page", 1).get("/api/v1/sources").then()
                .statusCode(200).extract().header("Link").split(", "));
        assertTrue(links.contains("</api/v1/sources?page=0&size=2>; rel=\"first\""), links.toString());
        assertTrue(links.contains("</api/v1/sources?page=0&size=2>; rel=\"prev\""), links.toString());
        assertTrue(links.contains("</api/v1/sources?page=2&size=2>; rel=\"next\""), links.toString());
        assertTrue(links.contains("</api/v1/sources?page=2&size=2>; rel=\"last\""), links.toString());
    }

    @Test
    void shouldRevalidateWithETag() {
        String etag = given().get("/api/v1/sources/bland-1991").then().statusCode(200)
                .header("ETag", startsWith("\"")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/sources/bland-1991").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/v1/sources/bland-1991").then().statusCode(200);
    }

    @Test
    void shouldRefuseUnsupportedAccept() {
        given().accept("application/xml").get("/api/v1/sources").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRunAConstantNumberOfStatementsPerPassagePage() {
        long one = SqlCounter.count(() -> given().get("/api/v1/sources/pathfinder-1975/passages?size=1").then().statusCode(200));
        long hundred = SqlCounter.count(() -> given().get("/api/v1/sources/pathfinder-1975/passages?size=100").then()
                .statusCode(200));
        assertEquals(one, hundred);
        assertEquals(2, hundred, "the source (for its page range), then the page");
    }
}
