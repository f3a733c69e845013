package org.laststruggle.source;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;

@Schema(name = "Passage", description = "A paragraph-sized span of a source. start/end are code-point offsets into the raw text;"
        + " text is its reading form (lines joined, soft hyphens of the line ends joined, real ones kept).")
public record PassageDto(
        @Schema(examples = "pathfinder-1975-0671") String id,
        @Schema(examples = "pathfinder-1975") String sourceId,
        @Schema(description = "The passage's number: its position in the source, from 0, the number its id ends with"
                + " (pathfinder-1975-0688 is passage 688)") int seq,
        @Schema(description = "Start offset in the raw text (inclusive)") int start,
        @Schema(description = "End offset in the raw text (exclusive)") int end,
        @Schema(nullable = true, description = "Printed page of the book, null where the source has none", examples = "64") Integer page,
        @Schema(nullable = true, description = "Part of the book", examples = "Part III: Lenin's Testament") String part,
        @Schema(nullable = true, description = "Document or chapter of the book", examples = "Letter to the Congress") String section,
        @Schema(description = "Reading text: the raw span in its reading form (line breaks as spaces, soft line-end hyphens"
                + " joined, real ones kept)") String text,
        @Schema(description = "Raw offsets (code points, into the source text) of the line-end hyphens that the reading"
                + " text drops as soft; every other hyphen at a line end, between letters, is real and kept. With these a"
                + " client can map raw offsets (a citation's start and end) into the reading text",
                examples = "[161290]") List<Integer> softHyphens,
        @Schema(nullable = true, description = "Id of the previous passage, null for the first") String prev,
        @Schema(nullable = true, description = "Id of the next passage, null for the last") String next,
        @Schema(description = "The passage as a citation (its raw text as quote)") CitationDto citation) {
}
