package org.laststruggle.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.laststruggle.common.Vocabulary;

import io.quarkus.test.junit.QuarkusTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The published contract and the HTTP details around it. */
@QuarkusTest
class ContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyAnswerOfTheRestTestsIsCheckedAgainstTheCommittedSpec() {
        long before = ContractFilter.CHECKED.get();
        given().get("/api/v1/persons/lenin").then().statusCode(200);
        assertEquals(before + 1, ContractFilter.CHECKED.get(), "ContractFilter is installed for @QuarkusTest classes");
    }

    @Test
    void theValidatorRefusesABodyThatBreaksTheSpec() {
        SpecValidator spec = SpecValidator.committed();
        String body = given().get("/api/v1/persons/lenin").asString();
        assertEquals(List.of(), spec.check("/api/v1/persons/lenin", 200, "application/json", body));
        ObjectNode broken = (ObjectNode) JSON.readTree(body);
        broken.remove("sortName");
        assertFalse(spec.check("/api/v1/persons/lenin", 200, "application/json", broken.toString()).isEmpty(), "required");
        broken = (ObjectNode) JSON.readTree(body);
        broken.putNull("name");
        assertFalse(spec.check("/api/v1/persons/lenin", 200, "application/json", broken.toString()).isEmpty(), "not null");
        assertFalse(spec.check("/api/v1/persons/lenin", 418, "application/json", body).isEmpty(), "undocumented status");
    }

    @Test
    void theSpecVocabulariesAreTheServers() {
        JsonNode schemas = SpecValidator.committed().spec().path("components").path("schemas");
        assertEquals(new TreeSet<>(Vocabulary.EVENT_TYPES), words(schemas.path("EventType")));
        assertEquals(new TreeSet<>(Vocabulary.DOCUMENT_KINDS), words(schemas.path("DocumentKind")));
        assertEquals(new TreeSet<>(Vocabulary.LETTER_KINDS), words(schemas.path("LetterKind")));
        assertEquals(new TreeSet<>(Vocabulary.CONGRESS_KINDS), words(schemas.path("CongressKind")));
        assertEquals(new TreeSet<>(Vocabulary.SUBJECT_TYPES), words(schemas.path("SubjectType")));
        assertEquals(new TreeSet<>(Vocabulary.BODY_KINDS), words(schemas.path("BodySummary").path("properties").path("kind")));
    }

    private static Set<String> words(JsonNode schema) {
        Set<String> out = new TreeSet<>();
        schema.path("enum").forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void everyOperationAndParameterIsDescribedWithAnExample() {
        List<String> missing = new ArrayList<>();
        for (SpecValidator.Operation op : SpecValidator.committed().operations()) {
            if (op.node().path("description").asString().isBlank()) missing.add(op.id() + ": no description");
            for (JsonNode p : op.node().path("parameters")) {
                String name = op.id() + " " + p.path("name").asString();
                if (p.path("description").asString().isBlank()) missing.add(name + ": no description");
                if (!p.has("example")) missing.add(name + ": no example");
            }
            for (var r : op.node().path("responses").properties()) {
                JsonNode problem = r.getValue().path("content").path("application/problem+json");
                if (!problem.isMissingNode() && !problem.path("example").path("status").asString().equals(r.getKey())) {
                    missing.add(op.id() + " " + r.getKey() + ": no example of its own");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("{scheme}://{host}", SpecValidator.committed().spec().at("/servers/0/url").asString());
        assertEquals("localhost:8080", SpecValidator.committed().spec().at("/servers/0/variables/host/default").asString());
    }

    @Test
    void swaggerUiExamplesFindData() {
        List<String> empty = new ArrayList<>();
        for (SpecValidator.Operation op : SpecValidator.committed().operations()) {
            StringBuilder url = new StringBuilder(op.path());
            char sep = '?';
            for (JsonNode p : op.node().path("parameters")) {
                String v = SpecValidator.example(p);
                if (p.path("in").asString().equals("path")) {
                    url = new StringBuilder(url.toString().replace("{" + p.path("name").asString() + "}", v));
                } else {
                    url.append(sep).append(p.path("name").asString()).append('=')
                            .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
                    sep = '&';
                }
            }
            var r = given().urlEncodingEnabled(false).get(url.toString());
            if (r.statusCode() != 200) {
                empty.add(op.id() + " " + r.statusCode() + " " + url);
            } else if (r.contentType().contains("json") && r.jsonPath().get("total") != null
                    && ((Number) r.jsonPath().get("total")).intValue() == 0) {
                empty.add(op.id() + " total 0: " + url);
            }
        }
        assertEquals(List.of(), empty, "Try it out with the prefilled examples must find data");
    }

    @Test
    void aPageSendsItsLinksAsOneField() {
        var r = given().queryParam("size", 2).queryParam("page", 1).get("/api/v1/events");
        assertEquals(1, r.headers().getValues("Link").size());
        assertEquals(4, r.header("Link").split(", ").length, r.header("Link"));
        assertTrue(r.header("Link").startsWith("</api/v1/events?page=0&size=2>; rel=\"first\", "), r.header("Link"));
    }

    @Test
    void corsNeverEchoesAnOriginAndExposesOnlyHeadersThatAreSent() {
        for (String origin : List.of("null", "https://example.org")) {
            given().header("Origin", origin).get("/api/v1/sources").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Expose-Headers", "Link,ETag,Retry-After")
                    .header("Vary", "Accept");
        }
        given().header("Origin", "null").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/sources").then().header("Access-Control-Allow-Origin", not(equalTo("null")));
    }

    @Test
    void theTextOfASourceAnswersAClientThatAcceptsProblems() {
        given().accept("application/problem+json").get("/api/v1/sources/north-2022/text").then().statusCode(200)
                .contentType("text/plain; charset=utf-8");
        given().accept("text/plain, application/problem+json").get("/api/v1/sources/north-2022/text").then().statusCode(200)
                .contentType("text/plain; charset=utf-8");
        given().accept("application/problem+json").get("/api/v1/sources/nowhere/text").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void datesPostgresqlCannotHoldAreBadParametersNamingThem() {
        for (String path : List.of("/api/v1/congresses", "/api/v1/documents", "/api/v1/events", "/api/v1/letters",
                "/api/v1/timeline")) {
            given().queryParam("to", "0000").get(path).then().statusCode(400).body("errors.name", contains("to"));
            given().queryParam("from", "0000-01").queryParam("to", "1923-02-29").get(path).then().statusCode(400)
                    .body("errors.name", contains("from", "to"));
        }
        given().queryParam("from", "0001").queryParam("to", "9999-12-31").get("/api/v1/events").then().statusCode(200);
        given().queryParam("from", "1924-02-29").get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void theBodiesAreListedAndFetched() {
        given().queryParam("size", 100).get("/api/v1/bodies").then().statusCode(200).body("total", equalTo(21))
                .body("items.find { it.id == 'politburo' }.name", equalTo("Political Bureau of the Central Committee"));
        given().get("/api/v1/bodies/politburo").then().statusCode(200)
                .body("kind", equalTo("party-organ"))
                .body("citations[0].sourceId", equalTo("pathfinder-1975"))
                .body("documents.find { it.role == 'recipient' }.type", equalTo("document"));
        given().get("/api/v1/bodies/no-such-body").then().statusCode(404).contentType("application/problem+json");
    }
}
