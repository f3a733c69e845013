package org.laststruggle.dispute;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;

@Schema(name = "Claim", description = "One answer to a dispute's question, with its evidence")
public record ClaimDto(
        @Schema(examples = "date-of-postscript-on-stalin-claim-1") String id,
        @Schema(examples = "The addition to the note of December 24 is dated January 4, 1923.") String statement,
        @Schema(nullable = true, description = "The claimed value, an EDTF date where it is one", examples = "1923-01-04") String value,
        @Schema(description = "True where this claim rests on primary evidence (a document's own date line)")
        boolean preferred,
        @Schema(nullable = true, description = "Why it is preferred, where it is") String reason,
        @Schema(description = "Ids of the sources that make this claim, in order of first citation",
                examples = "[\"pathfinder-1975\", \"north-2022\"]") List<String> sources,
        @Schema(description = "Evidence in the sources") List<CitationDto> citations) {
}
