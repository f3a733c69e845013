package org.laststruggle.congress;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;

@Schema(name = "CongressSummary", description = "A congress, conference or plenum, as listed")
public record CongressSummary(
        @Schema(examples = "twelfth-party-congress") String id,
        @Schema(examples = "Twelfth Congress of the Russian Communist Party") String name,
        @Schema(description = "Whose congress it is", examples = "Russian Communist Party (Bolsheviks)") String body,
        @Schema(nullable = true, description = "Ordinal number, where it has one", examples = "12") Integer number,
        @Schema(description = "congress, conference, plenum or session", examples = "congress") String kind,
        @Schema(nullable = true, description = "When it met; null where no source dates it") HistDateDto date,
        @Schema(nullable = true, description = "Where it met, where a source says", examples = "Moscow") String place,
        @Schema(nullable = true, description = "In our own words") String summary,
        @Schema(description = "Evidence in the sources") List<CitationDto> citations) {
}
