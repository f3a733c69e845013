package org.laststruggle.timeline;

import java.util.List;

import org.laststruggle.common.CitationDto;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.common.Ref;

/**
 * One entry of the timeline as the service reads it, before it is shaped into one of the formats.
 * {@code sources} is only loaded for the export formats (empty otherwise).
 */
public record TimelineEntry(String id, String kind, String title, String type, HistDateDto date, String summary,
        List<Ref> persons, int citationCount, List<Source> sources) {

    /** A citation with the title of its source, for the export formats' text. */
    public record Source(String sourceTitle, CitationDto citation) {
    }

    String url() {
        return "/api/v1/" + switch (kind) {
            case "event" -> "events";
            case "document" -> "documents";
            default -> "congresses";
        } + "/" + id;
    }

    public TimelineItem item() {
        return new TimelineItem(id, kind, title, type, date, summary, persons, citationCount, url());
    }
}
