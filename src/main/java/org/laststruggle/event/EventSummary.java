package org.laststruggle.event;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.common.Ref;

@Schema(name = "EventSummary", description = "A dated event, as listed")
public record EventSummary(
        @Schema(examples = "lenin-death-1924-01-21") String id,
        @Schema(examples = "Lenin dies at Gorki") String title,
        @Schema(nullable = true, description = "In our own words") String summary,
        @Schema(description = "health, meeting, decision, dictation, correspondence, publication, congress, conflict,"
                + " appointment, death, policy or other", examples = "death") String type,
        @Schema(description = "When it happened") HistDateDto date,
        @Schema(description = "Participants (type person or body) with their role, e.g. subject, author, recipient")
        List<Ref> persons,
        @Schema(description = "Documents the event concerns (type document)") List<Ref> documents,
        @Schema(nullable = true, description = "The congress it belongs to, or null") Ref congress,
        @Schema(description = "Evidence in the sources: every source that reports it") List<CitationDto> citations) {
}
