package org.laststruggle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Turns the JSON-LD the API serves into RDF with a JSON-LD 1.1 processor (titanium), offline: the
 * anno context is read from shared/schemas, any other remote context fails. A term the document's
 * context does not define would be dropped silently by expansion; here the context is followed by
 * {@code "@vocab": "urn:unmapped:"}, so such a term becomes an IRI under urn:unmapped: instead,
 * and {@link #toRdf} fails on it.
 */
public final class JsonLdCheck {

    public static final String ANNO = "http://www.w3.org/ns/anno.jsonld";
    static final String UNMAPPED = "urn:unmapped:";

    private JsonLdCheck() {
    }

    /** The triples of a JSON-LD document; fails on an unmapped term or an IRI that is not absolute. */
    public static List<RdfNQuad> toRdf(String json) {
        JsonObject doc = Json.createReader(new StringReader(json)).readObject();
        assertTrue(doc.containsKey("@context"), "no @context");
        JsonObjectBuilder b = Json.createObjectBuilder(doc);
        b.add("@context", Json.createArrayBuilder().add(doc.get("@context"))
                .add(Json.createObjectBuilder().add("@vocab", UNMAPPED)));
        List<RdfNQuad> quads;
        try {
            quads = JsonLd.toRdf(JsonDocument.of(b.build())).loader(LOADER).get().toList();
        } catch (JsonLdError e) {
            throw new AssertionError("JSON-LD to RDF failed: " + e.getMessage(), e);
        }
        List<String> unmapped = new ArrayList<>();
        for (RdfNQuad q : quads) {
            for (RdfValue v : List.of(q.getSubject(), q.getPredicate(), q.getObject())) {
                if (v.isIRI() && v.getValue().startsWith(UNMAPPED)) {
                    unmapped.add(v.getValue());
                } else if (v.isIRI()) {
                    assertTrue(v.getValue().startsWith("http://") || v.getValue().startsWith("https://"),
                            "not an absolute http(s) IRI: " + v.getValue());
                }
            }
            if (q.getObject().isLiteral() && q.getObject().asLiteral().getDatatype().startsWith(UNMAPPED)) {
                unmapped.add(q.getObject().asLiteral().getDatatype());
            }
        }
        assertEquals(List.of(), unmapped, "terms the context does not define (expansion would drop them)");
        return quads;
    }

    /** The objects of the triples with this subject and predicate. */
    public static List<String> objects(List<RdfNQuad> quads, String subject, String predicate) {
        return quads.stream().filter(q -> q.getSubject().getValue().equals(subject)
                && q.getPredicate().getValue().equals(predicate)).map(q -> q.getObject().getValue()).toList();
    }

    /** The subjects of the triples with this predicate and object. */
    public static List<String> subjects(List<RdfNQuad> quads, String predicate, String object) {
        return quads.stream().filter(q -> q.getPredicate().getValue().equals(predicate)
                && q.getObject().getValue().equals(object)).map(q -> q.getSubject().getValue()).toList();
    }

    public static long count(List<RdfNQuad> quads, String predicate) {
        return quads.stream().filter(q -> q.getPredicate().getValue().equals(predicate)).count();
    }

    /** Serves the anno context from the local copy; anything else remote is an error (no network in tests). */
    static final DocumentLoader LOADER = (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
        if (!ANNO.equals(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
        }
        try (InputStream in = Files.newInputStream(SharedSchemas.file("web-annotation/anno.jsonld"))) {
            Document d = JsonDocument.of(in);
            d.setDocumentUrl(url);
            return d;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
        }
    };

}
