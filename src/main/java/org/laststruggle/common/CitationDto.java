package org.laststruggle.common;

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
        @Schema(nullable = true, description = "Printed page of the book, null for sources without pages", examples = "64") Integer page,
        @Schema(description = "API path of the passage", examples = "/api/v1/passages/pathfinder-1975-0671") String passage) {

    public static CitationDto of(String sourceId, String passageId, int start, int end, String quote, Integer page) {
        return new CitationDto(sourceId, passageId, start, end, quote, page, "/api/v1/passages/" + passageId);
    }
}
