package org.laststruggle.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;

@Schema(name = "Passage", description = "A paragraph-sized span of a source. start/end are code-point offsets into the raw text;"
        + " text is cleaned for reading (OCR hyphenation joined, lines joined).")
public record PassageDto(
        @Schema(examples = "pathfinder-1975-0671") String id,
        @Schema(examples = "pathfinder-1975") String sourceId,
        @Schema(description = "Position in the source, from 0") int seq,
        @Schema(description = "Start offset in the raw text (inclusive)") int start,
        @Schema(description = "End offset in the raw text (exclusive)") int end,
        @Schema(nullable = true, description = "Printed page of the book, null where the source has none", examples = "64") Integer page,
        @Schema(nullable = true, description = "Part of the book", examples = "Part III: Lenin's Testament") String part,
        @Schema(nullable = true, description = "Document or chapter of the book", examples = "Letter to the Congress") String section,
        @Schema(description = "Reading text") String text,
        @Schema(nullable = true, description = "Id of the previous passage, null for the first") String prev,
        @Schema(nullable = true, description = "Id of the next passage, null for the last") String next,
        @Schema(description = "The passage as a citation (its raw text as quote)") CitationDto citation) {
}
