package org.laststruggle.query;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. */
@Schema(description = "One page of a list: the items, the 0-based page number, the page size and the total number of items."
        + " Link headers (first, prev, next, last) point to the neighbouring pages.")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "0-based page number", examples = "0") int page,
        @Schema(description = "Page size (1..100)", examples = "20") int size,
        @Schema(description = "Total number of items over all pages", examples = "123") long total) implements Paged {
}
