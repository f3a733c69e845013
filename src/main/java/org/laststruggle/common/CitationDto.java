package org.laststruggle.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The evidence of a curated fact: an exact span of a source's raw text. */
@Schema(name = "Citation", description = "The link from a curated fact to the source text: offsets in Unicode code points"
        + " into GET /api/v1/sources/{sourceId}/text (end exclusive); quote equals exactly that substring.")
public record CitationDto(
        @Schema(description = "Source id", examples = "pathfinder-1975") String sourceId,
        @Schema(description = "Passage containing the start of the quote", examples = "pathfinder-1975-0671") String passageId,
        @Schema(description = "Start offset (code points, inclusive)", examples = "161234") int start,
        @Schema(description = "End offset (code points, exclusive)", examples = "161290") int end,
        @Schema(description = "The exact raw text of the span") String quote,
        @Schema(description = "The quote as it reads: line breaks as spaces, a word the line end split with a soft hyphen"
                + " joined ('ar- rangement' reads 'arrangement'), a real hyphen kept ('foreign- trade' reads 'foreign-trade'),"
                + " decided from how the corpus writes the word elsewhere. For display and search; the offsets are those of"
                + " quote", examples = "the monopoly of foreign trade") String text,
        @Schema(nullable = true, description = "Printed page of the book, null for sources without pages", examples = "64") Integer page,
        @Schema(description = "API path of the passage", examples = "/api/v1/passages/pathfinder-1975-0671") String passage,
        @Schema(nullable = true, description = "API path of this citation as a W3C Web Annotation (JSON-LD); null for a"
                + " span that is no curated fact's evidence (a passage's own span)",
                examples = "/api/v1/annotations/document-letter-to-the-congress-1922-12-24-380ae2ebf1")
        String annotation) {

    /** A span that is no curated fact's evidence (a passage, a search hit in a passage): no annotation. */
    public static CitationDto of(String sourceId, String passageId, int start, int end, String quote, String text,
            Integer page) {
        return new CitationDto(sourceId, passageId, start, end, quote, text, page, "/api/v1/passages/" + passageId, null);
    }

    /** The citation of a curated fact: subject type (as in the citation table) and id, with its annotation. */
    public static CitationDto of(String subjectType, String subjectId, String sourceId, String passageId, int start, int end,
            String quote, String text, Integer page) {
        return new CitationDto(sourceId, passageId, start, end, quote, text, page, "/api/v1/passages/" + passageId,
                "/api/v1/annotations/" + annotationId(subjectType, subjectId, sourceId, start, end));
    }

    /** Hex digits of the content hash in an annotation id. */
    public static final int ANNOTATION_HASH_LENGTH = 10;

    /**
     * The id of a citation's annotation: {@code <subjectType>-<subjectId>-<hash>}, the hash being the
     * first ten hex digits of SHA-256 over subject type, subject id, source id, start and end. It
     * depends only on what the citation says (which fact, which span), never on load order or on
     * the citation's place among the subject's others, so it is the same on every load and every
     * instance; a citation whose span changes becomes a new annotation. The subject type comes
     * first and contains no hyphen, the hash last, so the subject can be read back from the id.
     */
    public static String annotationId(String subjectType, String subjectId, String sourceId, int start, int end) {
        String key = subjectType + "\n" + subjectId + "\n" + sourceId + "\n" + start + "\n" + end;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return subjectType + "-" + subjectId + "-" + HexFormat.of().formatHex(d).substring(0, ANNOTATION_HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
