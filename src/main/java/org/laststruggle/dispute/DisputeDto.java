package org.laststruggle.dispute;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.Ref;

@Schema(name = "Dispute", description = "A fact the sources disagree on: one question about a subject, two or more claims,"
        + " each with its own evidence")
public record DisputeDto(
        @Schema(examples = "date-of-postscript-on-stalin") String id,
        @Schema(examples = "When did Lenin add the postscript proposing Stalin's removal as general secretary?") String question,
        @Schema(description = "What the question is about: a person, body, congress, document or event")
        Ref subject,
        @Schema(description = "The answers the sources give, in curated order") List<ClaimDto> claims) {
}
