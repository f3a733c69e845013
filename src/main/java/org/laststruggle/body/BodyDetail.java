package org.laststruggle.body;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Ref;

/** One body with the documents, events and disputes it takes part in. */
@Schema(name = "BodyDetail", description = "A body with the documents it wrote or received (role author or recipient),"
        + " the events it takes part in (role as curated) and the disputes about it; each list sorted by date (earliest)"
        + " then id, and bounded to " + BodyService.MAX_LINKS + " entries. The curated data records no members of bodies.")
public record BodyDetail(
        @Schema(description = "Body id", examples = "politburo") String id,
        @Schema(description = "Name", examples = "Political Bureau of the Central Committee") String name,
        @Schema(description = "party-organ, state-organ, congress-delegates or other", examples = "party-organ",
                enumeration = {"party-organ", "state-organ", "congress-delegates", "other"}) String kind,
        @Schema(nullable = true, description = "In the curators' words, null where none is curated") String summary,
        @Schema(description = "Evidence in the sources") List<CitationDto> citations,
        @Schema(description = "Documents the body wrote or received; role is author or recipient") List<Ref> documents,
        @Schema(description = "Events the body takes part in, with its role") List<Ref> events,
        @Schema(description = "Disputes about the body (role subject)") List<Ref> disputes) {
}
