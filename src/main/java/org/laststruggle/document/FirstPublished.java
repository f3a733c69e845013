package org.laststruggle.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;

@Schema(name = "FirstPublished", description = "A document's first publication")
public record FirstPublished(
        @Schema(nullable = true, description = "When, null if only the place is known") HistDateDto date,
        @Schema(description = "When, in the source's words (also date.label; where, and what else the source says, is"
                + " date.note)", examples = "1956") String label,
        @Schema(description = "Evidence of the publication") List<CitationDto> citations) {
}
