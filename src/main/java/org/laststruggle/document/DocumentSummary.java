package org.laststruggle.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.common.Ref;

/** A document as listed. */
@Schema(name = "DocumentSummary", description = "A letter, note, article, resolution, telegram, speech, report or book,"
        + " with its authors, recipients, date, the secretaries who took it down and its place among its parts")
public record DocumentSummary(
        @Schema(description = "Document id", examples = "letter-to-the-congress-1922-12-24") String id,
        @Schema(description = "Title", examples = "Letter to the Congress, note II of December 24, 1922 (stability of the CC; Stalin and Trotsky)")
        String title,
        @Schema(description = "letter, note, article, resolution, telegram, speech, report, book or other", examples = "note")
        String kind,
        @Schema(description = "Authors (persons), in curated order") List<Ref> authors,
        @Schema(description = "Recipients: persons, bodies (the Politburo) or congresses, in curated order") List<Ref> recipients,
        @Schema(description = "When it was written or dictated") HistDateDto date,
        @Schema(description = "Who took it down (persons), for dictated documents") List<Ref> dictatedTo,
        @Schema(nullable = true, description = "The whole this document is a part of, null for a whole") Ref partOf,
        @Schema(description = "Its parts in order (by date, then curated order); empty for a document without parts")
        List<Ref> parts,
        @Schema(nullable = true, description = "The congress it was addressed or read to, null if none") Ref congress,
        @Schema(nullable = true, description = "When and where it first appeared in print, null if the sources do not say")
        FirstPublished firstPublished,
        @Schema(nullable = true, description = "What it says, in the curators' words") String summary,
        @Schema(description = "Evidence: the opening or date line first") List<CitationDto> citations) {
}
