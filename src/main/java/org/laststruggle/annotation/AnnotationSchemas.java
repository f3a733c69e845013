package org.laststruggle.annotation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the annotation JSON-LD for the OpenAPI document only: the JSON itself is built by
 * {@link WebAnnotations}, and the tests check the two agree.
 */
final class AnnotationSchemas {

    private AnnotationSchemas() {
    }

    @Schema(name = "AnnotationResource", description = "A resource named by its URL, with its type")
    static final class Resource {
        @Schema(required = true, description = "Its URL", examples = "http://localhost:8080/api/v1/documents/letter-to-the-congress-1922-12-24")
        public String id;
        @Schema(required = true, description = "Its class: schema:Person, schema:Organization, schema:Event, schema:Message,"
                + " schema:CreativeWork (or Article, Book, Report), schema:PublicationEvent, schema:Claim; Text for a"
                + " source's raw text; Organization for the creator", examples = "schema:Message")
        public String type;
        @Schema(description = "Its name or title (body)", examples = "Letter to the Congress, note II of December 24, 1922")
        public String label;
        @Schema(description = "The creator's name", examples = "Last Struggle")
        public String name;
        @Schema(description = "Media type (the raw text: text/plain)", examples = "text/plain")
        public String format;
    }

    @Schema(name = "TextSelector", description = "TextQuoteSelector (exact, prefix, suffix) or TextPositionSelector"
            + " (start, end in Unicode code points, end exclusive)")
    static final class Selector {
        @Schema(required = true, enumeration = {"TextQuoteSelector", "TextPositionSelector"})
        public String type;
        @Schema(description = "The quoted text exactly")
        public String exact;
        @Schema(description = "The text just before it: 32 code points, more where needed to make prefix + exact +"
                + " suffix occur only once in the text, fewer at its start")
        public String prefix;
        @Schema(description = "The text just after it, likewise")
        public String suffix;
        @Schema(description = "Start offset (code points, inclusive)", examples = "161234")
        public Integer start;
        @Schema(description = "End offset (code points, exclusive)", examples = "161290")
        public Integer end;
    }

    @Schema(name = "AnnotationTarget", description = "The span of the source's raw text")
    static final class Target {
        @Schema(required = true, enumeration = "SpecificResource")
        public String type;
        @Schema(required = true, description = "The raw text, GET /api/v1/sources/{id}/text")
        public Resource source;
        @Schema(required = true, description = "A TextQuoteSelector and a TextPositionSelector of the same span")
        public List<Selector> selector;
    }

    @Schema(name = "Annotation", description = "A W3C Web Annotation: the quoted span (target) is evidence for a fact (body)")
    static final class Annotation {
        @Schema(name = "@context", description = "Only on an annotation served on its own",
                examples = "http://www.w3.org/ns/anno.jsonld")
        public String context;
        @Schema(required = true, description = "Its URL, stable across loads")
        public String id;
        @Schema(required = true, enumeration = "Annotation")
        public String type;
        @Schema(required = true, enumeration = "identifying", description = "The quote identifies (names, reports) the fact")
        public String motivation;
        @Schema(required = true, description = "The project")
        public Resource creator;
        @Schema(required = true, description = "The fact: the API resource (a claim or a first publication as a fragment of"
                + " its dispute or document)")
        public Resource body;
        @Schema(required = true)
        public Target target;
    }

    @Schema(name = "AnnotationCollectionRef", description = "The collection a page belongs to")
    static final class CollectionRef {
        @Schema(required = true) public String id;
        @Schema(required = true, enumeration = "AnnotationCollection") public String type;
        @Schema(required = true) public String label;
        @Schema(required = true, description = "Annotations in the collection") public long total;
    }

    @Schema(name = "AnnotationPage", description = "One page of annotations")
    static final class AnnotationPage {
        @Schema(name = "@context", description = "Only on a page served on its own", examples = "http://www.w3.org/ns/anno.jsonld")
        public String context;
        @Schema(required = true, description = "The page's URL (with page and size)") public String id;
        @Schema(required = true, enumeration = "AnnotationPage") public String type;
        @Schema(description = "The collection, on a page served on its own") public CollectionRef partOf;
        @Schema(required = true, description = "Position of the first item in the collection", examples = "0")
        public long startIndex;
        @Schema(description = "The previous page's URL, absent on the first") public String prev;
        @Schema(description = "The next page's URL, absent on the last") public String next;
        @Schema(required = true) public List<Annotation> items;
    }

    @Schema(name = "AnnotationCollection", description = "All annotations matching the filters, in pages")
    static final class Collection {
        @Schema(name = "@context", required = true, examples = "http://www.w3.org/ns/anno.jsonld") public String context;
        @Schema(required = true, description = "The collection's URL (with its filters)") public String id;
        @Schema(required = true, enumeration = "AnnotationCollection") public String type;
        @Schema(required = true) public String label;
        @Schema(required = true, examples = "1374") public long total;
        @Schema(description = "The first page, embedded; absent when the collection is empty") public AnnotationPage first;
        @Schema(description = "The last page's URL; absent when the collection is empty") public String last;
    }

    /** A real annotation (GET /api/v1/annotations/document-letter-to-the-congress-1922-12-24-380ae2ebf1). */
    static final String ANNOTATION_EXAMPLE = "{\n" +
            "  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n" +
            "  \"id\": \"http://localhost:8080/api/v1/annotations/document-letter-to-the-congress-1922-12-24-380ae2ebf1\",\n" +
            "  \"type\": \"Annotation\",\n" +
            "  \"motivation\": \"identifying\",\n" +
            "  \"creator\": {\n" +
            "    \"id\": \"http://localhost:8080/\",\n" +
            "    \"type\": \"Organization\",\n" +
            "    \"name\": \"Last Struggle\"\n" +
            "  },\n" +
            "  \"body\": {\n" +
            "    \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-congress-1922-12-24\",\n" +
            "    \"type\": \"schema:Message\",\n" +
            "    \"label\": \"Letter to the Congress, note II of December 24, 1922 (stability of the CC; Stalin and Trotsky)\"\n" +
            "  },\n" +
            "  \"target\": {\n" +
            "    \"type\": \"SpecificResource\",\n" +
            "    \"source\": {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/sources/north-2022/text\",\n" +
            "      \"type\": \"Text\",\n" +
            "      \"format\": \"text/plain\"\n" +
            "    },\n" +
            "    \"selector\": [\n" +
            "      {\n" +
            "        \"type\": \"TextQuoteSelector\",\n" +
            "        \"exact\": \"In the note of December 24, Lenin wrote:\",\n" +
            "        \"prefix\": \"bers of the Central Committee.\\n\\n\",\n" +
            "        \"suffix\": \"\\n\\nComrade Stalin, having become \"\n" +
            "      },\n" +
            "      {\n" +
            "        \"type\": \"TextPositionSelector\",\n" +
            "        \"start\": 1412,\n" +
            "        \"end\": 1452\n" +
            "      }\n" +
            "    ]\n" +
            "  }\n" +
            "}";

    /** A real page of one annotation (GET /api/v1/annotations?subject=letter-to-the-congress-1922-12-24&page=1&size=1). */
    static final String PAGE_EXAMPLE = "{\n" +
            "  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n" +
            "  \"id\": \"http://localhost:8080/api/v1/annotations?subject=letter-to-the-congress-1922-12-24&page=1&size=1\",\n" +
            "  \"type\": \"AnnotationPage\",\n" +
            "  \"partOf\": {\n" +
            "    \"id\": \"http://localhost:8080/api/v1/annotations?subject=letter-to-the-congress-1922-12-24\",\n" +
            "    \"type\": \"AnnotationCollection\",\n" +
            "    \"label\": \"Citations of the Last Struggle API as annotations, subject letter-to-the-congress-1922-12-24\",\n" +
            "    \"total\": 14\n" +
            "  },\n" +
            "  \"startIndex\": 1,\n" +
            "  \"prev\": \"http://localhost:8080/api/v1/annotations?subject=letter-to-the-congress-1922-12-24&page=0&size=1\",\n" +
            "  \"next\": \"http://localhost:8080/api/v1/annotations?subject=letter-to-the-congress-1922-12-24&page=2&size=1\",\n" +
            "  \"items\": [\n" +
            "    {\n" +
            "      \"id\": \"http://localhost:8080/api/v1/annotations/document-letter-to-the-congress-1922-12-24-d9646ca78a\",\n" +
            "      \"type\": \"Annotation\",\n" +
            "      \"motivation\": \"identifying\",\n" +
            "      \"creator\": {\n" +
            "        \"id\": \"http://localhost:8080/\",\n" +
            "        \"type\": \"Organization\",\n" +
            "        \"name\": \"Last Struggle\"\n" +
            "      },\n" +
            "      \"body\": {\n" +
            "        \"id\": \"http://localhost:8080/api/v1/documents/letter-to-the-congress-1922-12-24\",\n" +
            "        \"type\": \"schema:Message\",\n" +
            "        \"label\": \"Letter to the Congress, note II of December 24, 1922 (stability of the CC; Stalin and Trotsky)\"\n" +
            "      },\n" +
            "      \"target\": {\n" +
            "        \"type\": \"SpecificResource\",\n" +
            "        \"source\": {\n" +
            "          \"id\": \"http://localhost:8080/api/v1/sources/downing-2018/text\",\n" +
            "          \"type\": \"Text\",\n" +
            "          \"format\": \"text/plain\"\n" +
            "        },\n" +
            "        \"selector\": [\n" +
            "          {\n" +
            "            \"type\": \"TextQuoteSelector\",\n" +
            "            \"exact\": \"1922      —          December 24, Lenin writes his Testament.\",\n" +
            "            \"prefix\": \"s telephone call to Krupskaya.\\n\\n\",\n" +
            "            \"suffix\": \"\\n\\n1922       —         December \"\n" +
            "          },\n" +
            "          {\n" +
            "            \"type\": \"TextPositionSelector\",\n" +
            "            \"start\": 1481,\n" +
            "            \"end\": 1542\n" +
            "          }\n" +
            "        ]\n" +
            "      }\n" +
            "    }\n" +
            "  ]\n" +
            "}";
}
