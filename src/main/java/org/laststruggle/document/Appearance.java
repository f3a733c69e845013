package org.laststruggle.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Appearance", description = "A source passage that cites a document (derived from its citations)")
public record Appearance(
        @Schema(description = "Source id", examples = "pathfinder-1975") String sourceId,
        @Schema(description = "Passage id", examples = "pathfinder-1975-0671") String passageId,
        @Schema(nullable = true, description = "Printed page of the book, null for sources without pages", examples = "64") Integer page,
        @Schema(description = "API path of the passage", examples = "/api/v1/passages/pathfinder-1975-0671") String passage) {
}
