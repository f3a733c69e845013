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
        @Schema(description = "Relevance of the whole text (ts_rank_cd; higher is better; comparable within one query)."
                + " It orders the text hits; name and event-title hits are ordered by the closeness of the name",
                examples = "0.4") double rank,
        @Schema(description = "Where the query matched, the first key of the order: `name` (a person's name, sort name or"
                + " variant, a congress's name or a document's title holds every word of the query), `event-title` (an"
                + " event's title holds every word), `text` (the words are only in a summary or in a passage)",
                examples = "name", enumeration = {NAME, EVENT_TITLE, TEXT}) String match,
        @Schema(nullable = true, description = "For a passage: its exact raw span (quote is the passage's raw text). For an entity: its"
                + " first citation, null if it has none") CitationDto citation,
        @Schema(description = "API path of the passage or entity", examples = "/api/v1/passages/pathfinder-1975-0671") String url) {

    static final String NAME = "name";
    static final String EVENT_TITLE = "event-title";
    static final String TEXT = "text";
}
