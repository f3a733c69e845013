package org.laststruggle.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;

/** A person as listed. */
@Schema(name = "PersonSummary", description = "A person of the events of 1922-1924, with every spelling the sources use")
public record PersonSummary(
        @Schema(description = "Person id", examples = "fotieva") String id,
        @Schema(description = "Name as the book's biographical notes give it", examples = "Lydia Alexandrovna Fotieva") String name,
        @Schema(description = "Name for sorting", examples = "Fotieva, Lydia Alexandrovna") String sortName,
        @Schema(description = "Other spellings the sources use, alphabetical", examples = "[\"Fotieva\", \"L.A. Fotieva\"]")
        List<String> variants,
        @Schema(description = "Spellings of the name that are errors of a source's text (OCR misreadings such as"
                + " \"Stain\" for Stalin, typing errors): search finds them; they are not names, do not show them as such",
                examples = "[\"Stain\", \"Staling\"]") List<String> misreadings,
        @Schema(nullable = true, description = "Date of birth, null where no source gives it") HistDateDto born,
        @Schema(nullable = true, description = "Date of death, null where no source gives it") HistDateDto died,
        @Schema(description = "One or two sentences in the curators' words") String summary,
        @Schema(description = "Evidence: the biographical note first") List<CitationDto> citations) {
}
