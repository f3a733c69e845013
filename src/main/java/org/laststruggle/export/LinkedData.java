package org.laststruggle.export;

import java.util.List;
import java.util.function.Function;

import org.laststruggle.annotation.Iris;
import org.laststruggle.annotation.SourceText;
import org.laststruggle.annotation.WebAnnotations;
import org.laststruggle.body.BodyDetail;
import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Ref;
import org.laststruggle.congress.CongressDetail;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.document.DocumentDetail;
import org.laststruggle.document.FirstPublished;
import org.laststruggle.event.EventDetail;
import org.laststruggle.person.PersonDetail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The entities as JSON-LD with schema.org terms: persons (Person), bodies (Organization), documents (Message for letters,
 * notes and telegrams; Article, Book, Report or CreativeWork for the rest), events and congresses
 * (Event), with their dates, authors, recipients and participants, and each citation as a W3C Web
 * Annotation whose body is the entity. The context is inline ({@link #CONTEXT}), so a client
 * without network can expand it. Pure functions of the API's detail records and the raw texts.
 *
 * <p>Dates: a date that is plain ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, or an interval of them, with
 * no uncertainty) also fills the schema.org property (birthDate, dateCreated, startDate/endDate);
 * every date is given in full as a HistDate node (EDTF, earliest and latest day, precision, label,
 * uncertain, approximate) in the project's vocabulary {@value #VOCAB}.
 */
public final class LinkedData {

    /** The project's own terms (dates, kinds, the secretaries who took a document down). */
    public static final String VOCAB = "https://laststruggle.org/ns#";
    /** The Library of Congress datatype of EDTF literals. */
    public static final String EDTF = "http://id.loc.gov/datatypes/edtf/EDTF";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The inline context: every key the entity documents use, and nothing else. */
    public static final ObjectNode CONTEXT = context();

    private LinkedData() {
    }

    public static ObjectNode person(PersonDetail p, Function<String, SourceText> texts, Iris iris) {
        ObjectNode n = start(iris.entity("person", p.id()), "Person");
        n.put("name", p.name());
        strings(n, "alternateName", p.variants());
        text(n, "description", p.summary());
        plainDate(n, "birthDate", null, p.born());
        plainDate(n, "deathDate", null, p.died());
        histDate(n, "born", p.born());
        histDate(n, "died", p.died());
        refs(n, "authored", p.documents().stream().filter(r -> "author".equals(r.role())).toList(), iris);
        refs(n, "received", p.documents().stream().filter(r -> "recipient".equals(r.role())).toList(), iris);
        refs(n, "tookDown", p.documents().stream().filter(r -> "dictatedTo".equals(r.role())).toList(), iris);
        citations(n, "person", p.id(), p.citations(), texts, iris);
        return n;
    }

    public static ObjectNode body(BodyDetail b, Function<String, SourceText> texts, Iris iris) {
        ObjectNode n = start(iris.entity("body", b.id()), "Organization");
        n.put("name", b.name());
        n.put("kind", b.kind());
        text(n, "description", b.summary());
        refs(n, "authored", b.documents().stream().filter(r -> "author".equals(r.role())).toList(), iris);
        refs(n, "received", b.documents().stream().filter(r -> "recipient".equals(r.role())).toList(), iris);
        citations(n, "body", b.id(), b.citations(), texts, iris);
        return n;
    }

    public static ObjectNode document(DocumentDetail d, Function<String, SourceText> texts, Iris iris) {
        String id = iris.entity("document", d.id());
        ObjectNode n = start(id, WebAnnotations.documentClass(d.kind()));
        n.put("name", d.title());
        n.put("kind", d.kind());
        text(n, "description", d.summary());
        refs(n, "author", d.authors(), iris);
        refs(n, "recipient", d.recipients(), iris);
        refs(n, "dictatedTo", d.dictatedTo(), iris);
        plainDate(n, "dateCreated", null, d.date());
        histDate(n, "date", d.date());
        ref(n, "isPartOf", d.partOf(), iris);
        refs(n, "hasPart", d.parts(), iris);
        ref(n, "congress", d.congress(), iris);
        FirstPublished fp = d.firstPublished();
        if (fp != null) {
            ObjectNode pub = n.putObject("publication");
            pub.put("id", id + "#first-published");
            pub.put("type", "PublicationEvent");
            text(pub, "description", fp.label());
            plainDate(pub, "startDate", "endDate", fp.date());
            histDate(pub, "date", fp.date());
            citations(pub, "publication", d.id(), fp.citations(), texts, iris);
        }
        citations(n, "document", d.id(), d.citations(), texts, iris);
        return n;
    }

    public static ObjectNode event(EventDetail e, Function<String, SourceText> texts, Iris iris) {
        ObjectNode n = start(iris.entity("event", e.id()), "Event");
        n.put("name", e.title());
        n.put("kind", e.type());
        text(n, "description", e.summary());
        plainDate(n, "startDate", "endDate", e.date());
        histDate(n, "date", e.date());
        if (!e.persons().isEmpty()) {
            ArrayNode roles = n.putArray("participant");
            for (Ref r : e.persons()) {
                ObjectNode role = roles.addObject();
                role.put("type", "Role");
                text(role, "roleName", r.role());
                role.set("participant", refNode(r, iris));
            }
        }
        refs(n, "about", e.documents(), iris);
        ref(n, "superEvent", e.congress(), iris);
        citations(n, "event", e.id(), e.citations(), texts, iris);
        return n;
    }

    public static ObjectNode congress(CongressDetail c, Function<String, SourceText> texts, Iris iris) {
        ObjectNode n = start(iris.entity("congress", c.id()), "Event");
        n.put("name", c.name());
        n.put("kind", c.kind());
        if (c.number() != null) {
            n.put("number", c.number());
        }
        text(n, "description", c.summary());
        if (c.body() != null) {
            ObjectNode org = n.putObject("organizer");
            org.put("type", "Organization");
            org.put("name", c.body());
        }
        if (c.place() != null) {
            ObjectNode place = n.putObject("location");
            place.put("type", "Place");
            place.put("name", c.place());
        }
        plainDate(n, "startDate", "endDate", c.date());
        histDate(n, "date", c.date());
        refs(n, "subEvent", c.events(), iris);
        refs(n, "documents", c.documents(), iris);
        citations(n, "congress", c.id(), c.citations(), texts, iris);
        return n;
    }

    private static ObjectNode start(String id, String type) {
        ObjectNode n = F.objectNode();
        n.set("@context", CONTEXT);
        n.put("id", id);
        n.put("type", type);
        return n;
    }

    /** The schema.org class of a linked entity. */
    static String refClass(Ref r) {
        return switch (r.type()) {
            case "person" -> "Person";
            case "body" -> "Organization";
            case "congress", "event" -> "Event";
            case "document" -> "CreativeWork";
            default -> "Thing";
        };
    }

    private static ObjectNode refNode(Ref r, Iris iris) {
        ObjectNode n = F.objectNode();
        n.put("id", iris.entity(r.type(), r.id()));
        n.put("type", refClass(r));
        n.put("name", r.name());
        return n;
    }

    private static void ref(ObjectNode n, String key, Ref r, Iris iris) {
        if (r != null) {
            n.set(key, refNode(r, iris));
        }
    }

    private static void refs(ObjectNode n, String key, List<Ref> refs, Iris iris) {
        if (refs != null && !refs.isEmpty()) {
            ArrayNode a = n.putArray(key);
            refs.forEach(r -> a.add(refNode(r, iris)));
        }
    }

    private static void strings(ObjectNode n, String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode a = n.putArray(key);
            values.forEach(a::add);
        }
    }

    private static void text(ObjectNode n, String key, String value) {
        if (value != null && !value.isBlank()) {
            n.put(key, value);
        }
    }

    /**
     * The schema.org date properties of a date that is plain ISO 8601 (level 0 of EDTF, no
     * qualifier): a single date fills both (or the one) property, an interval start and end.
     */
    static void plainDate(ObjectNode n, String startKey, String endKey, HistDateDto d) {
        if (d == null || d.uncertain() || d.approximate() || d.disputed()) {
            return;
        }
        String plain = "\\d{4}(-\\d{2}(-\\d{2})?)?";
        String edtf = d.edtf();
        if (edtf.matches(plain)) {
            n.put(startKey, edtf);
            if (endKey != null) n.put(endKey, edtf);
        } else if (endKey != null && edtf.matches(plain + "/" + plain)) {
            String[] ends = edtf.split("/");
            n.put(startKey, ends[0]);
            n.put(endKey, ends[1]);
        }
    }

    /** A date in full, as the API's HistDate. */
    static void histDate(ObjectNode n, String key, HistDateDto d) {
        if (d == null) {
            return;
        }
        ObjectNode h = n.putObject(key);
        h.put("type", "HistDate");
        h.put("edtf", d.edtf());
        if (d.earliest() != null) h.put("earliest", d.earliest().toString());
        if (d.latest() != null) h.put("latest", d.latest().toString());
        h.put("precision", d.precision());
        h.put("label", d.label());
        h.put("uncertain", d.uncertain());
        h.put("approximate", d.approximate());
        // what only some dates have: said only where it applies
        if (d.disputed()) {
            h.put("disputed", true);
        }
        if (d.oneOf() != null && !d.oneOf().isEmpty()) {
            ArrayNode options = h.putArray("oneOf");
            for (HistDateDto.DateOption o : d.oneOf()) {
                ObjectNode m = options.addObject();
                m.put("type", "HistDate");
                m.put("edtf", o.edtf());
                if (o.earliest() != null) m.put("earliest", o.earliest().toString());
                if (o.latest() != null) m.put("latest", o.latest().toString());
                m.put("label", o.label());
            }
        }
        text(h, "note", d.note());
    }

    /** The entity's citations as annotations whose body is the entity (a reverse of oa:hasBody). */
    private static void citations(ObjectNode n, String subjectType, String subjectId, List<CitationDto> citations,
            Function<String, SourceText> texts, Iris iris) {
        if (citations == null || citations.isEmpty()) {
            return;
        }
        ArrayNode a = n.putArray("citations");
        for (CitationDto c : citations) {
            a.add(WebAnnotations.embedded(subjectType, subjectId, c, texts.apply(c.sourceId()), iris));
        }
    }

    private static ObjectNode context() {
        ObjectNode c = F.objectNode();
        c.put("schema", "http://schema.org/");
        c.put("oa", "http://www.w3.org/ns/oa#");
        c.put("dc", "http://purl.org/dc/elements/1.1/");
        c.put("dcterms", "http://purl.org/dc/terms/");
        c.put("dctypes", "http://purl.org/dc/dcmitype/");
        c.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("ls", VOCAB);
        c.put("id", "@id");
        c.put("type", "@type");
        for (String cls : List.of("Person", "Organization", "Event", "Message", "CreativeWork", "Article", "Book", "Report",
                "PublicationEvent", "Place", "Role", "Thing")) {
            c.put(cls, "schema:" + cls);
        }
        c.put("HistDate", "ls:HistDate");
        for (String p : List.of("name", "alternateName", "description", "birthDate", "deathDate", "dateCreated",
                "startDate", "endDate", "author", "recipient", "isPartOf", "hasPart", "publication", "participant",
                "roleName", "about", "superEvent", "subEvent", "organizer", "location")) {
            c.put(p, "schema:" + p);
        }
        for (String p : List.of("kind", "dictatedTo", "congress", "date", "born", "died", "precision", "uncertain",
                "approximate", "disputed", "oneOf", "note")) {
            c.put(p, "ls:" + p);
        }
        c.set("number", typed("ls:number", "xsd:integer"));
        c.set("edtf", typed("ls:edtf", EDTF));
        c.set("earliest", typed("ls:earliest", "xsd:date"));
        c.set("latest", typed("ls:latest", "xsd:date"));
        c.put("label", "rdfs:label");
        c.set("authored", reverse("schema:author"));
        c.set("received", reverse("schema:recipient"));
        c.set("tookDown", reverse("ls:dictatedTo"));
        c.set("documents", reverse("ls:congress"));
        c.set("citations", reverse("oa:hasBody"));
        // the terms of the embedded annotations, with the IRIs of http://www.w3.org/ns/anno.jsonld
        c.put("Annotation", "oa:Annotation");
        c.put("SpecificResource", "oa:SpecificResource");
        c.put("TextQuoteSelector", "oa:TextQuoteSelector");
        c.put("TextPositionSelector", "oa:TextPositionSelector");
        c.put("Text", "dctypes:Text");
        c.put(WebAnnotations.MOTIVATION, "oa:" + WebAnnotations.MOTIVATION);
        c.set("motivation", typed("oa:motivatedBy", "@vocab"));
        c.set("creator", typed("dcterms:creator", "@id"));
        c.set("target", typed("oa:hasTarget", "@id"));
        c.set("source", typed("oa:hasSource", "@id"));
        c.set("selector", typed("oa:hasSelector", "@id"));
        c.put("format", "dc:format");
        c.put("exact", "oa:exact");
        c.put("prefix", "oa:prefix");
        c.put("suffix", "oa:suffix");
        c.set("start", typed("oa:start", "xsd:nonNegativeInteger"));
        c.set("end", typed("oa:end", "xsd:nonNegativeInteger"));
        return c;
    }

    private static ObjectNode typed(String id, String type) {
        ObjectNode t = F.objectNode();
        t.put("@id", id);
        t.put("@type", type);
        return t;
    }

    private static ObjectNode reverse(String id) {
        ObjectNode t = F.objectNode();
        t.put("@reverse", id);
        return t;
    }
}
