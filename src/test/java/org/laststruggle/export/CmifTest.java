package org.laststruggle.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The letters as CMIF: valid against the official schema, and every letter of the API in it with
 * its senders, addressees and date bounds.
 */
@QuarkusTest
class CmifTest {

    static final String TEI = "application/tei+xml";

    static String base;

    @BeforeEach
    void base() {
        base = RestAssured.baseURI + ":" + RestAssured.port;
    }

    static String cmif() {
        return given().accept(TEI).get("/api/v1/letters").then().statusCode(200)
                .contentType(startsWith(TEI)).extract().asString();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every letter of the JSON API (all pages). */
    static List<Map<String, Object>> lettersFromJson(String query) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath j = given().get("/api/v1/letters?size=100&page=" + page + (query.isEmpty() ? "" : "&" + query))
                    .then().statusCode(200).extract().jsonPath();
            all.addAll(j.getList("items"));
            if ((page + 1) * 100L >= j.getLong("total")) {
                return all;
            }
        }
    }

    @Test
    void shouldValidateAgainstTheOfficialCmifSchema() throws Exception {
        assertEquals(List.of(), validate(cmif()));
        assertEquals(List.of(), validate(CmifExample.VALUE), "the OpenAPI example");
        // the validator does fail: a correspAction of an unknown type
        assertEquals(1, validate(cmif().replaceFirst("type=\"received\"", "type=\"forwarded\"")).size());
    }

    /** The errors of the RELAX NG validation against shared/schemas/cmif/cmi-customization.rng. */
    static List<String> validate(String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(
                SharedSchemas.file("cmif/cmi-customization.rng").toFile())), "schema loads: " + errors);
        InputSource in = new InputSource(new StringReader(xml));
        in.setSystemId("cmif.xml");
        boolean valid = driver.validate(in);
        assertEquals(errors.isEmpty(), valid);
        return errors;
    }

    @Test
    void shouldDescribeEveryLetterOfTheApiWithSendersAddresseesAndDateBounds() throws Exception {
        Document doc = parse(cmif());
        Map<String, Element> byRef = new HashMap<>();
        NodeList descs = doc.getElementsByTagNameNS(Cmif.TEI_NS, "correspDesc");
        for (int i = 0; i < descs.getLength(); i++) {
            Element e = (Element) descs.item(i);
            assertEquals(null, byRef.put(e.getAttribute("ref"), e), "one correspDesc per letter: " + e.getAttribute("ref"));
        }
        List<Map<String, Object>> letters = lettersFromJson("");
        assertEquals(letters.size(), descs.getLength(), "as many correspDesc as letters in the API");
        assertTrue(letters.size() >= 40, "letters: " + letters.size());
        int withAddressee = 0;
        for (Map<String, Object> l : letters) {
            String id = (String) l.get("id");
            Element desc = byRef.get(base + "/api/v1/letters/" + id);
            assertNotNull(desc, "no correspDesc for " + id);
            Element sent = action(desc, "sent");
            assertNotNull(sent, id);
            assertEquals(names((List<?>) l.get("authors")), names(sent), "senders of " + id);
            Element received = action(desc, "received");
            List<String> recipients = names((List<?>) l.get("recipients"));
            if (recipients.isEmpty()) {
                assertEquals(null, received, "no addressee in the API, none in the CMIF: " + id);
            } else {
                withAddressee++;
                assertEquals(recipients, names(received), "addressees of " + id);
            }
            checkDate(id, (Map<?, ?>) l.get("date"), child(sent, "date"));
            for (String s : desc.getAttribute("source").split(" ")) {
                assertTrue(s.startsWith("#source-"), id + " source " + s);
                assertNotNull(findBibl(doc, s.substring(1)), id + " cites a bibl that is not there: " + s);
            }
        }
        // notes and telegrams whose addressee the sources do not name have none in the CMIF either
        assertTrue(withAddressee >= letters.size() * 2 / 3, "letters with addressees: " + withAddressee + " of " + letters.size());
    }

    /**
     * The date bounds of the CMIF contain exactly the API's bounds: when and from/to restate them,
     * notBefore/notAfter bound them; a hedged or disputed date is only bounded, with cert="low".
     */
    private static void checkDate(String id, Map<?, ?> date, Element d) {
        assertNotNull(d, "date of " + id);
        String edtf = (String) date.get("edtf");
        LocalDate earliest = date.get("earliest") == null ? null : LocalDate.parse((String) date.get("earliest"));
        LocalDate latest = date.get("latest") == null ? null : LocalDate.parse((String) date.get("latest"));
        boolean hedged = Boolean.TRUE.equals(date.get("uncertain")) || Boolean.TRUE.equals(date.get("approximate"))
                || Boolean.TRUE.equals(date.get("disputed"));
        assertEquals(date.get("label"), d.getTextContent(), id);
        if (d.hasAttribute("when")) {
            assertFalse(hedged, id + ": a hedged date as when");
            assertEquals(edtf, d.getAttribute("when"), id);
            assertEquals(earliest, start(d.getAttribute("when")), id);
            assertEquals(latest, end(d.getAttribute("when")), id);
        } else if (d.hasAttribute("from")) {
            assertFalse(hedged, id);
            assertEquals(edtf, d.getAttribute("from") + "/" + d.getAttribute("to"), id);
            assertEquals(earliest, start(d.getAttribute("from")), id);
            assertEquals(latest, end(d.getAttribute("to")), id);
        } else {
            assertTrue(d.hasAttribute("notBefore") || d.hasAttribute("notAfter"), "no bounds: " + id);
            assertEquals(earliest, d.hasAttribute("notBefore") ? LocalDate.parse(d.getAttribute("notBefore")) : null, id);
            assertEquals(latest, d.hasAttribute("notAfter") ? LocalDate.parse(d.getAttribute("notAfter")) : null, id);
            assertEquals(hedged ? "low" : "", d.getAttribute("cert"), id);
        }
    }

    private static LocalDate start(String when) {
        return switch (when.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(when), 1, 1);
            case 7 -> LocalDate.parse(when + "-01");
            default -> LocalDate.parse(when);
        };
    }

    private static LocalDate end(String when) {
        return switch (when.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(when), 12, 31);
            case 7 -> LocalDate.parse(when + "-01").plusMonths(1).minusDays(1);
            default -> LocalDate.parse(when);
        };
    }

    private static Element findBibl(Document doc, String id) {
        NodeList bibls = doc.getElementsByTagNameNS(Cmif.TEI_NS, "bibl");
        for (int i = 0; i < bibls.getLength(); i++) {
            Element b = (Element) bibls.item(i);
            if (id.equals(b.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"))) {
                return b;
            }
        }
        return null;
    }

    /** "persName <url>" / "orgName <url>" of the API's Refs: persons as persName, bodies and congresses as orgName. */
    private static List<String> names(List<?> refs) {
        List<String> out = new ArrayList<>();
        for (Object o : refs) {
            Map<?, ?> r = (Map<?, ?>) o;
            String type = (String) r.get("type");
            String plural = switch (type) {
                case "person" -> "persons";
                case "body" -> "bodies";
                case "congress" -> "congresses";
                default -> type + "s";
            };
            out.add(("person".equals(type) ? "persName " : "orgName ") + base + "/api/v1/" + plural + "/" + r.get("id")
                    + " " + r.get("name"));
        }
        return out;
    }

    private static List<String> names(Element action) {
        List<String> out = new ArrayList<>();
        NodeList children = action.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && Set.of("persName", "orgName").contains(e.getLocalName())) {
                out.add(e.getLocalName() + " " + e.getAttribute("ref") + " " + e.getTextContent());
            }
        }
        return out;
    }

    private static Element action(Element desc, String type) {
        NodeList children = desc.getElementsByTagNameNS(Cmif.TEI_NS, "correspAction");
        Element found = null;
        for (int i = 0; i < children.getLength(); i++) {
            Element e = (Element) children.item(i);
            if (type.equals(e.getAttribute("type"))) {
                assertEquals(null, found, "one " + type + " action");
                found = e;
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS(Cmif.TEI_NS, name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    @Test
    void shouldNameThePublisherTheLicenceAndEverySourceInTheHeader() throws Exception {
        Document doc = parse(cmif());
        Element publisher = child(doc.getDocumentElement(), "publisher");
        assertEquals("Last Struggle", publisher.getTextContent());
        assertEquals(base + "/", child(publisher, "ref").getAttribute("target"));
        assertEquals(Cmif.LICENCE, child(doc.getDocumentElement(), "licence").getAttribute("target"));
        assertEquals(base + "/api/v1/letters?format=cmif", child(doc.getDocumentElement(), "idno").getTextContent());
        List<String> sources = given().get("/api/v1/sources").then().extract().jsonPath().getList("items.id");
        Set<String> bibls = new HashSet<>();
        NodeList l = doc.getElementsByTagNameNS(Cmif.TEI_NS, "bibl");
        for (int i = 0; i < l.getLength(); i++) {
            bibls.add(((Element) l.item(i)).getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
        }
        assertEquals(sources.stream().map(s -> "source-" + s).collect(java.util.stream.Collectors.toSet()), bibls);
        assertEquals("print", findBibl(doc, "source-pathfinder-1975").getAttribute("type"));
    }

    @Test
    void shouldBoundTheHedgedAndSpanTheDictatedDates() throws Exception {
        Document doc = parse(cmif());
        Element may = child(find(doc, "letter-to-stalin-on-a-formal-ban-1922-05"), "date");
        assertEquals("1922-05-01", may.getAttribute("notBefore"));
        assertEquals("1922-05-31", may.getAttribute("notAfter"));
        assertEquals("low", may.getAttribute("cert"));
        assertFalse(may.hasAttribute("when"));
        Element testament = child(find(doc, "letter-to-the-congress"), "date");
        assertEquals("1922-12-23", testament.getAttribute("from"));
        assertEquals("1923-01-04", testament.getAttribute("to"));
        Element frumkin = child(find(doc, "frumkin-letter-to-lenin-1922-12"), "date");
        assertEquals("1922-12", frumkin.getAttribute("when"));
        Element congress = (Element) find(doc, "letter-to-the-congress-1922-12-24")
                .getElementsByTagNameNS(Cmif.TEI_NS, "orgName").item(0);
        assertEquals(base + "/api/v1/congresses/twelfth-party-congress", congress.getAttribute("ref"));
        Element politburo = (Element) find(doc, "trotsky-letter-to-politburo-1923-01-15")
                .getElementsByTagNameNS(Cmif.TEI_NS, "orgName").item(0);
        assertEquals(base + "/api/v1/bodies/politburo", politburo.getAttribute("ref"));
    }

    private static Element find(Document doc, String letterId) {
        NodeList descs = doc.getElementsByTagNameNS(Cmif.TEI_NS, "correspDesc");
        for (int i = 0; i < descs.getLength(); i++) {
            Element e = (Element) descs.item(i);
            if (e.getAttribute("ref").equals(base + "/api/v1/letters/" + letterId)) {
                return e;
            }
        }
        throw new AssertionError("no correspDesc for " + letterId);
    }

    @Test
    void shouldApplyTheFiltersOfTheLetterList() throws Exception {
        Document doc = parse(given().accept(TEI).queryParam("author", "trotsky").get("/api/v1/letters").then()
                .statusCode(200).extract().asString());
        List<Map<String, Object>> trotsky = lettersFromJson("author=trotsky");
        assertEquals(trotsky.size(), doc.getElementsByTagNameNS(Cmif.TEI_NS, "correspDesc").getLength());
        assertTrue(trotsky.size() >= 3);
        given().accept(TEI).queryParam("author", "nobody").get("/api/v1/letters").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("author"));
    }

    @Test
    void shouldNegotiateCmifBesideJsonWithOwnETags() {
        Response cmif = given().accept(TEI).get("/api/v1/letters").then().statusCode(200)
                .header("Vary", containsString("Accept")).extract().response();
        Response json = given().accept("application/json").get("/api/v1/letters").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().response();
        assertNotEquals(cmif.header("ETag"), json.header("ETag"));
        given().accept(TEI).header("If-None-Match", cmif.header("ETag")).get("/api/v1/letters").then().statusCode(304);
        given().accept(TEI).header("If-None-Match", json.header("ETag")).get("/api/v1/letters").then().statusCode(200);
        // harvesters fetch a URL as it is: format=cmif stands for the Accept header
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try {
            var plain = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/letters?format=cmif"))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, plain.statusCode());
            assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith(TEI));
            assertEquals(cmif.asString(), plain.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        given().queryParam("format", "json").get("/api/v1/letters").then().statusCode(200)
                .contentType(startsWith("application/json"));
        given().queryParam("format", "pdf").get("/api/v1/letters").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("format"));
        given().accept("application/xml").get("/api/v1/letters").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("https://laststruggle.org/problems/not-acceptable"))
                .body("detail", containsString("application/tei+xml"));
    }
}
