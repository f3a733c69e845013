package org.laststruggle.annotation;

import java.util.List;
import java.util.function.Function;

import org.laststruggle.common.CitationDto;
import org.laststruggle.query.Page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Citations as W3C Web Annotations (Web Annotation Data Model, JSON-LD with the anno context):
 * the target is the raw text of the source, selected both by quote (exact, prefix, suffix) and by
 * position (code points, as the API counts them); the body is the fact the quote is evidence for,
 * as a link to the API resource that shows it. Pure functions of the citation records and the raw text.
 */
public final class WebAnnotations {

    /** The JSON-LD context of the Web Annotation Data Model. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The media type the Web Annotation Protocol names for annotations. */
    public static final String MEDIA_TYPE = "application/ld+json;profile=\"" + CONTEXT + "\"";
    /** Every annotation says the quoted text identifies (names, describes, reports) the fact of its body. */
    public static final String MOTIVATION = "identifying";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private WebAnnotations() {
    }

    /** One annotation as a document of its own (with @context). */
    public static ObjectNode annotation(AnnotatedCitation a, SourceText text, Iris iris) {
        ObjectNode n = F.objectNode();
        n.put("@context", CONTEXT);
        n.setAll(item(a, text, iris));
        return n;
    }

    /** One annotation inside a page or collection (the context is the enclosing document's). */
    static ObjectNode item(AnnotatedCitation a, SourceText text, Iris iris) {
        ObjectNode n = head(a.annotationId(), iris);
        n.set("body", body(a, iris));
        n.set("target", target(a.citation(), text, iris));
        return n;
    }

    /**
     * The annotation of one citation of an entity as the entity's own JSON-LD embeds it, under a
     * reverse of oa:hasBody: the body is the entity that embeds it, so it is left out here. The
     * keys are those of the anno context, which the entity context defines with the same IRIs.
     */
    public static ObjectNode embedded(String subjectType, String subjectId, CitationDto c, SourceText text, Iris iris) {
        ObjectNode n = head(CitationDto.annotationId(subjectType, subjectId, c.sourceId(), c.start(), c.end()), iris);
        n.set("target", target(c, text, iris));
        return n;
    }

    private static ObjectNode head(String id, Iris iris) {
        ObjectNode n = F.objectNode();
        n.put("id", iris.annotation(id));
        n.put("type", "Annotation");
        n.put("motivation", MOTIVATION);
        ObjectNode creator = n.putObject("creator");
        creator.put("id", iris.project());
        creator.put("type", "Organization");
        creator.put("name", "Last Struggle");
        return n;
    }

    /** The API resource the quote supports, with its kind (a schema.org class) and its name or title. */
    static ObjectNode body(AnnotatedCitation a, Iris iris) {
        ObjectNode b = F.objectNode();
        String entity = iris.entity(a.entityType(), a.entityId());
        b.put("id", switch (a.subjectType()) {
            case "publication" -> entity + "#first-published";
            case "claim" -> entity + "#" + a.subjectId();
            default -> entity;
        });
        b.put("type", "schema:" + schemaClass(a.subjectType(), a.documentKind()));
        b.put("label", a.label());
        return b;
    }

    /** The schema.org class of a subject (the same classes the entities' JSON-LD uses). */
    public static String schemaClass(String subjectType, String documentKind) {
        return switch (subjectType) {
            case "person" -> "Person";
            case "body" -> "Organization";
            case "congress", "event" -> "Event";
            case "publication" -> "PublicationEvent";
            case "claim" -> "Claim";
            case "document" -> documentClass(documentKind);
            default -> "Thing";
        };
    }

    /** Letters, notes and telegrams are messages; articles, books and reports have classes of their own. */
    public static String documentClass(String kind) {
        return switch (kind == null ? "" : kind) {
            case "letter", "note", "telegram" -> "Message";
            case "article" -> "Article";
            case "book" -> "Book";
            case "report" -> "Report";
            default -> "CreativeWork";
        };
    }

    static ObjectNode target(CitationDto c, SourceText text, Iris iris) {
        ObjectNode t = F.objectNode();
        t.put("type", "SpecificResource");
        ObjectNode source = t.putObject("source");
        source.put("id", iris.sourceText(c.sourceId()));
        source.put("type", "Text");
        source.put("format", "text/plain");
        ArrayNode selectors = t.putArray("selector");
        SourceText.Quote q = text.quote(c.start(), c.end());
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", q.exact());
        quote.put("prefix", q.prefix());
        quote.put("suffix", q.suffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", c.start());
        position.put("end", c.end());
        return t;
    }

    /** The ids of a collection and its pages: the collection's URL (with its filters) plus page and size. */
    public record Paging(String collectionId, int size, long total) {

        public long lastPage() {
            return Math.max(0, (total + size - 1) / size - 1);
        }

        public String pageId(long page) {
            return collectionId + (collectionId.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size;
        }
    }

    /**
     * The collection (Web Annotation Protocol's container): label, total, the first page embedded
     * and the last page's id. An empty collection has neither.
     */
    public static ObjectNode collection(Paging paging, String label, Page<AnnotatedCitation> first,
            Function<String, SourceText> texts, Iris iris) {
        ObjectNode n = F.objectNode();
        n.put("@context", CONTEXT);
        n.put("id", paging.collectionId());
        n.put("type", "AnnotationCollection");
        n.put("label", label);
        n.put("total", paging.total());
        if (paging.total() > 0) {
            n.set("first", pageBody(paging, first, texts, iris));
            n.put("last", paging.pageId(paging.lastPage()));
        }
        return n;
    }

    /** One page as a document of its own, naming the collection it is part of. */
    public static ObjectNode page(Paging paging, String label, Page<AnnotatedCitation> page,
            Function<String, SourceText> texts, Iris iris) {
        ObjectNode n = F.objectNode();
        n.put("@context", CONTEXT);
        ObjectNode body = pageBody(paging, page, texts, iris);
        n.set("id", body.remove("id"));
        n.set("type", body.remove("type"));
        ObjectNode partOf = n.putObject("partOf");
        partOf.put("id", paging.collectionId());
        partOf.put("type", "AnnotationCollection");
        partOf.put("label", label);
        partOf.put("total", paging.total());
        n.setAll(body);
        return n;
    }

    private static ObjectNode pageBody(Paging paging, Page<AnnotatedCitation> page, Function<String, SourceText> texts,
            Iris iris) {
        ObjectNode n = F.objectNode();
        n.put("id", paging.pageId(page.page()));
        n.put("type", "AnnotationPage");
        n.put("startIndex", (long) page.page() * page.size());
        if (page.page() > 0) {
            n.put("prev", paging.pageId(Math.min(page.page() - 1, paging.lastPage())));
        }
        if (page.page() < paging.lastPage()) {
            n.put("next", paging.pageId(page.page() + 1));
        }
        ArrayNode items = n.putArray("items");
        List<AnnotatedCitation> list = page.items();
        for (AnnotatedCitation a : list) {
            items.add(item(a, texts.apply(a.citation().sourceId()), iris));
        }
        return n;
    }
}
