package org.laststruggle.body;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;

/** A body as listed. */
@Schema(name = "BodySummary", description = "A body that is not a person: a party or state organ, a congress's delegates"
        + " ... (the Politburo, the Central Committee); documents are addressed to bodies and bodies take part in events")
public record BodySummary(
        @Schema(description = "Body id", examples = "politburo") String id,
        @Schema(description = "Name", examples = "Political Bureau of the Central Committee") String name,
        @Schema(description = "party-organ, state-organ, congress-delegates or other", examples = "party-organ",
                enumeration = {"party-organ", "state-organ", "congress-delegates", "other"}) String kind,
        @Schema(nullable = true, description = "In the curators' words, null where none is curated") String summary,
        @Schema(description = "Evidence in the sources") List<CitationDto> citations) {
}
