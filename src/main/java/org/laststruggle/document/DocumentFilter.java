package org.laststruggle.document;

import java.util.List;

import org.laststruggle.query.DateFilter;

/**
 * The filters of a document list, parsed but not yet checked against the data: kinds (empty for
 * all of the scope), person / body / congress / document ids (null when absent), the date window,
 * a title fragment and whether to hide parts.
 */
public record DocumentFilter(List<String> kinds, String author, String recipient, String dictatedTo, DateFilter dates,
        String congress, String partOf, String q, boolean topLevel) {
}
