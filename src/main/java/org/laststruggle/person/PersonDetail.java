package org.laststruggle.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.common.Ref;

/** One person with the documents, events and disputes they take part in. */
@Schema(name = "PersonDetail", description = "A person with their documents (role author, recipient or dictatedTo), events"
        + " (role from the event's participants) and the disputes about them or their documents and events;"
        + " each list in the chronological order of date.sortKey, then id, and bounded to " + PersonService.MAX_LINKS + " entries")
public record PersonDetail(
        @Schema(description = "Person id", examples = "fotieva") String id,
        @Schema(description = "Name as the book's biographical notes give it", examples = "Lydia Alexandrovna Fotieva") String name,
        @Schema(description = "Name for sorting", examples = "Fotieva, Lydia Alexandrovna") String sortName,
        @Schema(description = "Other spellings the sources use, alphabetical") List<String> variants,
        @Schema(description = "Spellings of the name that are errors of a source's text (OCR misreadings such as"
                + " \"Stain\" for Stalin, typing errors): search finds them; they are not names, do not show them as such",
                examples = "[\"Stain\", \"Staling\"]") List<String> misreadings,
        @Schema(nullable = true, description = "Date of birth, null where no source gives it") HistDateDto born,
        @Schema(nullable = true, description = "Date of death, null where no source gives it") HistDateDto died,
        @Schema(description = "One or two sentences in the curators' words") String summary,
        @Schema(description = "Evidence: the biographical note first") List<CitationDto> citations,
        @Schema(description = "Documents the person wrote, received or took down; role is author, recipient or dictatedTo")
        List<Ref> documents,
        @Schema(description = "Events the person takes part in, with their role (subject, author, recipient, secretary ...)")
        List<Ref> events,
        @Schema(description = "Disputes about the person (role subject) or about one of their documents (role document)"
                + " or events (role event)") List<Ref> disputes) {
}
