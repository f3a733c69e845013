package org.laststruggle.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.common.Ref;

/** One document with the events and disputes that concern it and the passages that cite it. */
@Schema(name = "DocumentDetail", description = "A document with the events that involve it, the disputes about it (or one"
        + " of its parts) and the source passages where it is cited")
public record DocumentDetail(
        @Schema(description = "Document id", examples = "letter-to-the-congress-1922-12-24") String id,
        @Schema(description = "Title") String title,
        @Schema(description = "letter, note, article, resolution, telegram, speech, report, book or other", examples = "note")
        String kind,
        @Schema(description = "Authors (persons), in curated order") List<Ref> authors,
        @Schema(description = "Recipients: persons, bodies or congresses, in curated order") List<Ref> recipients,
        @Schema(description = "When it was written or dictated") HistDateDto date,
        @Schema(description = "Who took it down (persons)") List<Ref> dictatedTo,
        @Schema(nullable = true, description = "The whole this document is a part of, null for a whole") Ref partOf,
        @Schema(description = "Its parts in order (by date, then curated order)") List<Ref> parts,
        @Schema(nullable = true, description = "The congress it was addressed or read to, null if none") Ref congress,
        @Schema(nullable = true, description = "When and where it first appeared in print, null if the sources do not say")
        FirstPublished firstPublished,
        @Schema(nullable = true, description = "What it says, in the curators' words") String summary,
        @Schema(description = "Evidence: the opening or date line first") List<CitationDto> citations,
        @Schema(description = "Events that involve the document, by date") List<Ref> events,
        @Schema(description = "Disputes about the document (role subject) or one of its parts (role part)") List<Ref> disputes,
        @Schema(description = "The source passages where the document is cited, by source and position")
        List<Appearance> appearsIn) {
}
