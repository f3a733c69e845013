package org.laststruggle.timeline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.query.Paged;

/** One page of the timeline in the native format: a Page of TimelineItem that names its format. */
@Schema(name = "TimelinePage", description = "One page of the timeline (format=native), with the Link headers of every"
        + " page (first, prev, next, last)")
public record TimelinePage(
        @Schema(description = "Always native for this shape", enumeration = {"native"}, examples = "native") String format,
        @Schema(description = "The entries of this page") List<TimelineItem> items,
        @Schema(description = "0-based page number", examples = "0") int page,
        @Schema(description = "Page size (1..100)", examples = "20") int size,
        @Schema(description = "Total number of entries over all pages", examples = "322") long total)
        implements Timeline, Paged {
}
