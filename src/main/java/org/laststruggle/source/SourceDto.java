package org.laststruggle.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "A source document, served byte for byte at /api/v1/sources/{id}/text")
public record SourceDto(
        @Schema(examples = "pathfinder-1975") String id,
        @Schema(examples = "Lenin's Fight Against Stalinism") String title,
        @Schema(nullable = true, examples = "V. I. Lenin and Leon Trotsky; edited by Russell Block") String author,
        @Schema(nullable = true, description = "Publication date as known (EDTF)", examples = "1975") String published,
        @Schema(nullable = true, examples = "Pathfinder Press, New York") String publisher,
        @Schema(nullable = true, description = "Original address, where the text names one") String url,
        @Schema(examples = "en") String language,
        @Schema(description = "SHA-256 of the raw UTF-8 bytes") String sha256,
        @Schema(description = "Length in Unicode code points") int length,
        @Schema(description = "Number of passages") int passageCount,
        @Schema(nullable = true, description = "First and last printed page, for sources with printed pages") Integer firstPage,
        @Schema(nullable = true, description = "Last printed page") Integer lastPage,
        @Schema(description = "API path of the raw text", examples = "/api/v1/sources/pathfinder-1975/text") String textUrl) {
}
