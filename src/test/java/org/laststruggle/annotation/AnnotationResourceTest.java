package org.laststruggle.annotation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laststruggle.export.JsonLdCheck;

import com.apicatalog.rdf.RdfNQuad;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Every citation as a W3C Web Annotation that re-anchors by its quote alone and agrees with its position. */
@QuarkusTest
class AnnotationResourceTest {

    static final String OA = "http://www.w3.org/ns/oa#";
    static String base;

    @BeforeEach
    void base() {
        base = RestAssured.baseURI + ":" + RestAssured.port;
    }

    /** The whole collection, read once for the tests that need it (the data does not change during a run). */
    static Map<String, Map<String, Object>> all;

    static synchronized Map<String, Map<String, Object>> all() {
        if (all == null) {
            all = allAnnotations("");
        }
        return all;
    }

    /** Every annotation of the collection, through its pages, by id. */
    static Map<String, Map<String, Object>> allAnnotations(String filter) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        long total = -1;
        for (int page = 0; ; page++) {
            JsonPath p = given().get("/api/v1/annotations?size=100&page=" + page + filter).then().statusCode(200)
                    .body("type", equalTo("AnnotationPage")).extract().jsonPath();
            total = p.getLong("partOf.total");
            assertEquals(page * 100L, p.getLong("startIndex"));
            for (Map<String, Object> a : p.<Map<String, Object>>getList("items")) {
                assertEquals(null, out.put((String) a.get("id"), a), "annotation id twice: " + a.get("id"));
            }
            if (p.getString("next") == null) {
                break;
            }
        }
        assertEquals(total, out.size(), "the pages hold the collection's total");
        return out;
    }

    /** Raw texts as served, by source id. */
    final Map<String, String> texts = new HashMap<>();

    String text(String sourceUrl) {
        return texts.computeIfAbsent(sourceUrl, u -> {
            assertTrue(u.startsWith(base + "/api/v1/sources/"), u);
            return new String(given().get(u.substring(base.length())).then().statusCode(200).extract().asByteArray(),
                    StandardCharsets.UTF_8);
        });
    }

    @Test
    void shouldReanchorEveryAnnotationByItsQuoteAloneAtItsPosition() {
        Map<String, Map<String, Object>> all = all();
        int checked = 0;
        for (Map<String, Object> a : all.values()) {
            Map<?, ?> target = (Map<?, ?>) a.get("target");
            String text = text((String) ((Map<?, ?>) target.get("source")).get("id"));
            List<?> selectors = (List<?>) target.get("selector");
            Map<?, ?> quote = (Map<?, ?>) selectors.get(0);
            Map<?, ?> position = (Map<?, ?>) selectors.get(1);
            assertEquals("TextQuoteSelector", quote.get("type"));
            assertEquals("TextPositionSelector", position.get("type"));
            String exact = (String) quote.get("exact");
            String prefix = (String) quote.get("prefix");
            String suffix = (String) quote.get("suffix");
            String needle = prefix + exact + suffix;
            int at = text.indexOf(needle);
            assertTrue(at >= 0, "quote not found: " + a.get("id"));
            assertEquals(-1, text.indexOf(needle, at + 1), "quote found twice: " + a.get("id"));
            int start = text.codePointCount(0, at + prefix.length());
            int end = start + exact.codePointCount(0, exact.length());
            assertEquals(position.get("start"), start, "start of " + a.get("id"));
            assertEquals(position.get("end"), end, "end of " + a.get("id"));
            assertTrue(prefix.codePointCount(0, prefix.length()) >= Math.min(32, start), "prefix of " + a.get("id"));
            checked++;
        }
        assertEquals(all.size(), checked);
        assertTrue(checked > 1000, "annotations: " + checked);
    }

    @Test
    void shouldServeEveryCitationOfTheApiAsAnAnnotation() {
        Map<String, Map<String, Object>> all = all();
        Set<String> linked = new HashSet<>();
        List<Map<String, Object>> citations = new ArrayList<>();
        for (String list : List.of("persons", "bodies", "documents", "events", "congresses")) {
            for (Map<String, Object> item : items(list)) {
                citations.addAll(cites(item.get("citations")));
                if (item.get("firstPublished") instanceof Map<?, ?> fp) {
                    citations.addAll(cites(fp.get("citations")));
                }
            }
        }
        for (Map<String, Object> d : items("disputes")) {
            for (Object claim : (List<?>) d.get("claims")) {
                citations.addAll(cites(((Map<?, ?>) claim).get("citations")));
            }
        }
        for (Map<String, Object> c : citations) {
            String link = (String) c.get("annotation");
            assertTrue(link != null && link.startsWith("/api/v1/annotations/"), "citation without annotation: " + c);
            Map<String, Object> a = all.get(base + link);
            assertTrue(a != null, "not in the collection: " + link);
            List<?> selectors = (List<?>) ((Map<?, ?>) a.get("target")).get("selector");
            assertEquals(c.get("quote"), ((Map<?, ?>) selectors.get(0)).get("exact"), link);
            assertEquals(c.get("start"), ((Map<?, ?>) selectors.get(1)).get("start"), link);
            assertEquals(c.get("end"), ((Map<?, ?>) selectors.get(1)).get("end"), link);
            linked.add(base + link);
        }
        assertEquals(citations.size(), linked.size(), "one annotation per citation");
        assertEquals(all.keySet(), linked, "every annotation is the annotation of a citation the API shows");
    }

    private static List<Map<String, Object>> items(String list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath j = given().get("/api/v1/" + list + "?size=100&page=" + page).then().statusCode(200).extract().jsonPath();
            out.addAll(j.getList("items"));
            if ((page + 1) * 100L >= j.getLong("total")) {
                return out;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cites(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    @Test
    void shouldServeOneAnnotationAsInTheCollection() {
        String id = base + "/api/v1/annotations/document-letter-to-the-congress-1922-12-24-"; // prefix of the ids
        Map<String, Map<String, Object>> of = allAnnotations("&subject=letter-to-the-congress-1922-12-24");
        assertTrue(of.size() >= 3, "annotations of the note: " + of.size());
        for (Map.Entry<String, Map<String, Object>> e : of.entrySet()) {
            assertTrue(e.getKey().startsWith(id), e.getKey());
            JsonPath one = given().get(e.getKey().substring(base.length())).then().statusCode(200)
                    .contentType(startsWith("application/ld+json")).extract().jsonPath();
            assertEquals("http://www.w3.org/ns/anno.jsonld", one.getString("'@context'"));
            Map<String, Object> served = new LinkedHashMap<>(one.getMap(""));
            served.remove("@context");
            assertEquals(e.getValue(), served);
            assertEquals("Annotation", one.getString("type"));
            assertEquals("identifying", one.getString("motivation"));
            assertEquals(base + "/", one.getString("creator.id"));
            assertEquals(base + "/api/v1/documents/letter-to-the-congress-1922-12-24", one.getString("body.id"));
            assertEquals("schema:Message", one.getString("body.type"));
        }
        given().get("/api/v1/annotations/document-letter-to-the-congress-1922-12-24-0000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/annotations/nonsense").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldFilterBySourceAndByDisputeThroughItsClaims() {
        given().get("/api/v1/annotations?source=bland-1991&size=100&page=0").then().statusCode(200)
                .body("items.target.source.id", everyItem(equalTo(base + "/api/v1/sources/bland-1991/text")))
                .body("partOf.id", equalTo(base + "/api/v1/annotations?source=bland-1991"));
        Map<String, Map<String, Object>> dispute = allAnnotations("&subject=date-of-postscript-on-stalin");
        assertTrue(dispute.size() >= 2);
        for (Map<String, Object> a : dispute.values()) {
            String body = (String) ((Map<?, ?>) a.get("body")).get("id");
            assertTrue(body.startsWith(base + "/api/v1/disputes/date-of-postscript-on-stalin#date-of-postscript-on-stalin-claim-"),
                    body);
            assertEquals("schema:Claim", ((Map<?, ?>) a.get("body")).get("type"));
        }
        given().get("/api/v1/annotations?source=nowhere&subject=nobody").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.name", equalTo(List.of("source", "subject")));
    }

    @Test
    void shouldServeTheCollectionWithItsFirstPageAndPagesPointingToIt() {
        JsonPath c = given().get("/api/v1/annotations?size=10").then().statusCode(200).extract().jsonPath();
        long total = c.getLong("total");
        assertEquals("AnnotationCollection", c.getString("type"));
        assertEquals(base + "/api/v1/annotations", c.getString("id"));
        assertEquals(base + "/api/v1/annotations?page=0&size=10", c.getString("first.id"));
        assertEquals(10, c.getList("first.items").size());
        assertEquals(base + "/api/v1/annotations?page=1&size=10", c.getString("first.next"));
        long last = (total + 9) / 10 - 1;
        assertEquals(base + "/api/v1/annotations?page=" + last + "&size=10", c.getString("last"));
        JsonPath p = given().get("/api/v1/annotations?size=10&page=" + last).then().statusCode(200).extract().jsonPath();
        assertEquals(base + "/api/v1/annotations", p.getString("partOf.id"));
        assertEquals(total, p.getLong("partOf.total"));
        assertEquals(null, p.getString("next"));
        assertEquals(total - last * 10, p.getList("items").size());
        JsonPath empty = given().get("/api/v1/annotations?size=10&page=" + (last + 5)).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(0, empty.getList("items").size());
    }

    @Test
    void shouldNegotiateTheAnnoProfileOrPlainJsonWithOwnETags() {
        Response ld = given().get("/api/v1/annotations?size=1").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .header("Content-Type", containsString("profile=\"http://www.w3.org/ns/anno.jsonld\""))
                .header("Vary", containsString("Accept")).extract().response();
        Response json = given().accept("application/json").get("/api/v1/annotations?size=1").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().response();
        assertEquals(ld.asString(), json.asString());
        assertNotEquals(ld.header("ETag"), json.header("ETag"));
        given().accept("application/json").header("If-None-Match", json.header("ETag")).get("/api/v1/annotations?size=1")
                .then().statusCode(304);
        given().accept("application/ld+json").get("/api/v1/annotations?size=1").then().statusCode(200)
                .contentType(startsWith("application/ld+json"));
        given().accept("text/html").get("/api/v1/annotations").then().statusCode(406)
                .contentType("application/problem+json").body("detail", containsString("application/ld+json"));
    }

    @Test
    void shouldParseEveryPageIntoRdfWithoutLosingATerm() {
        long annotations = 0;
        for (int page = 0; ; page++) {
            String json = given().get("/api/v1/annotations?size=100&page=" + page).then().statusCode(200).extract().asString();
            List<RdfNQuad> rdf = JsonLdCheck.toRdf(json);
            JsonPath p = JsonPath.from(json);
            int n = p.getList("items").size();
            annotations += n;
            assertEquals(n, JsonLdCheck.count(rdf, OA + "hasTarget"));
            assertEquals(n, JsonLdCheck.count(rdf, OA + "hasBody"));
            assertEquals(n, JsonLdCheck.count(rdf, OA + "exact"));
            assertEquals(n, JsonLdCheck.count(rdf, OA + "prefix"));
            assertEquals(n, JsonLdCheck.count(rdf, OA + "start"));
            assertEquals(List.of(OA + "identifying"), JsonLdCheck.objects(rdf, p.getString("items[0].id"), OA + "motivatedBy"));
            if (p.getString("next") == null) {
                break;
            }
        }
        assertTrue(annotations > 1000, "annotations: " + annotations);
        List<RdfNQuad> collection = JsonLdCheck.toRdf(given().get("/api/v1/annotations?size=5").then().extract().asString());
        assertEquals(List.of("http://www.w3.org/ns/activitystreams#OrderedCollection"),
                JsonLdCheck.objects(collection, base + "/api/v1/annotations", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"));
        String oneId = given().get("/api/v1/annotations?subject=letter-to-the-congress-1922-12-24").then().extract()
                .jsonPath().getString("first.items[0].id");
        List<RdfNQuad> one = JsonLdCheck.toRdf(given().get(oneId.substring(base.length())).then().statusCode(200)
                .extract().asString());
        assertEquals(2, JsonLdCheck.count(one, OA + "hasSelector"));
        assertEquals(List.of(base + "/api/v1/documents/letter-to-the-congress-1922-12-24"),
                JsonLdCheck.objects(one, oneId, OA + "hasBody"));
    }

    @Test
    void shouldDocumentTheAnnotationAsItIsServed() {
        // the OpenAPI examples are real answers on localhost:8080: they must still be what the API says
        JsonPath example = JsonPath.from(AnnotationSchemas.ANNOTATION_EXAMPLE);
        String path = example.getString("id").substring("http://localhost:8080".length());
        JsonPath served = given().header("Host", "localhost:8080").get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(example.getMap(""), served.getMap(""));
        JsonPath page = JsonPath.from(AnnotationSchemas.PAGE_EXAMPLE);
        JsonPath servedPage = given().header("Host", "localhost:8080").get(page.getString("id")
                .substring("http://localhost:8080".length())).then().statusCode(200).extract().jsonPath();
        assertEquals(page.getMap(""), servedPage.getMap(""));
        JsonLdCheck.toRdf(AnnotationSchemas.ANNOTATION_EXAMPLE);
    }
}
