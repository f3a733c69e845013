package org.laststruggle.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;

@Schema(name = "FirstPublished", description = "A document's first publication")
public record FirstPublished(
        @Schema(nullable = true, description = "When, null if only the place is known") HistDateDto date,
        @Schema(nullable = true, description = "Where and when, in the source's words", examples = "1956, in the Soviet Union") String label,
        @Schema(description = "Evidence of the publication") List<CitationDto> citations) {
}
