package org.laststruggle.timeline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.common.Ref;

/** One entry of the timeline in the native format. */
@Schema(name = "TimelineItem", description = "An event, document or congress placed on the timeline")
public record TimelineItem(
        @Schema(description = "The entity's id", examples = "letter-to-the-congress-1922-12-23") String id,
        @Schema(description = "event, document or congress", examples = "document",
                enumeration = {"event", "document", "congress"}) String kind,
        @Schema(description = "Title of the event or document, name of the congress",
                examples = "Letter to the Congress, note of December 23, 1922") String title,
        @Schema(description = "Event type (health, meeting, dictation ...), document kind (letter, note ...) or congress kind"
                + " (congress, conference, plenum)", examples = "note") String type,
        @Schema(description = "The date; uncertain / approximate flag hedged dates") HistDateDto date,
        @Schema(nullable = true, description = "Summary in our own words, null where none is curated") String summary,
        @Schema(description = "Event participants (role as curated) or document authors, recipients and typists"
                + " (role author, recipient or dictatedTo)") List<Ref> persons,
        @Schema(description = "Number of citations backing the entity", examples = "2") int citationCount,
        @Schema(description = "API path of the entity", examples = "/api/v1/documents/letter-to-the-congress-1922-12-23") String url) {
}
