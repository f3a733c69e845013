package org.laststruggle.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.common.CitationDto;

@Schema(name = "SearchHit", description = "A full-text hit in a passage of a source or in a curated entity")
public record SearchHit(
        @Schema(description = "passage, person, document, event or congress", examples = "passage",
                enumeration = {"passage", "person", "document", "event", "congress"}) String kind,
        @Schema(description = "Id of the passage or entity", examples = "pathfinder-1975-0671") String id,
        @Schema(description = "For a passage its source title and printed page, else the entity's name or title",
                examples = "Lenin's Fight Against Stalinism, p. 64") String title,
        @Schema(description = "HTML: the best fragments of the text, every character escaped except the <mark>…</mark>"
                + " around matched words", examples = "… that he could not be <mark>removed</mark> …") String snippet,
        @Schema(description = "Relevance (ts_rank_cd; higher is better; comparable within one query)", examples = "0.4") double rank,
        @Schema(nullable = true, description = "For a passage: its exact raw span (quote is the passage's raw text). For an entity: its"
                + " first citation, null if it has none") CitationDto citation,
        @Schema(description = "API path of the passage or entity", examples = "/api/v1/passages/pathfinder-1975-0671") String url) {
}
