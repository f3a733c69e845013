package org.laststruggle.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.query.Paged;

/** One page of search hits: a Page of SearchHit whose total may be a lower bound (HttpCaching adds its Link header). */
@Schema(name = "PageSearchHit", description = "One page of search hits: the items, the 0-based page number, the page size and"
        + " the total number of hits, exact unless totalIsLowerBound. Link headers (first, prev, next, last) point to the"
        + " neighbouring pages.")
public record SearchPage(
        @Schema(description = "The hits of this page, in the order of the operation's description") List<SearchHit> items,
        @Schema(description = "0-based page number", examples = "0") int page,
        @Schema(description = "Page size (1..100)", examples = "20") int size,
        @Schema(description = "Total number of hits over all pages; a lower bound when totalIsLowerBound is true",
                examples = "63") long total,
        @Schema(description = "True when the count stopped at its cap (1000 by default): there are at least `total`"
                + " hits, and the `last` link points to the last page the count reached. Name and event-title hits are"
                + " always counted, so `total` may be above the cap. False: `total` is exact", examples = "false")
        boolean totalIsLowerBound) implements Paged {
}
