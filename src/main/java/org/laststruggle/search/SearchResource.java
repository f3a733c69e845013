package org.laststruggle.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over the sources and the curated entities")
public class SearchResource {

    static final int MAX_Q = org.laststruggle.query.QueryText.MAX_LENGTH;

    private final SearchService service;

    SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listSearchHits", summary = "Search the passages of the sources and the persons, documents,"
            + " events and congresses",
            description = "English stemming, case- and accent-insensitive; words split over two lines by OCR hyphenation"
                    + " are found joined. Web-search syntax: \"a quoted phrase\", OR, -word. Hits are ranked (rank"
                    + " descending, then id); a query with no searchable words (only stop words) gives an empty page.")
    public Page<SearchHit> search(
            @Parameter(description = "The query, 1 to 200 characters", required = true, example = "\"general secretary\"")
            @QueryParam("q") String q,
            @Parameter(description = "Comma list of kinds to search: passage, person, document, event, congress (default all)",
                    example = "passage,document")
            @QueryParam("kind") String kind,
            @BeanParam PageParams paging) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > MAX_Q) {
            throw ApiProblem.badParameter("q", text.isEmpty() ? "is required: the words to search for (1 to " + MAX_Q
                    + " characters)" : "must be at most " + MAX_Q + " characters, was " + text.length());
        }
        return service.findHits(text, kinds(kind), paging.request());
    }

    private static Set<String> kinds(String kind) {
        Set<String> out = new LinkedHashSet<>();
        if (kind == null || kind.isBlank()) {
            out.addAll(SearchService.KINDS);
            return out;
        }
        for (String part : kind.split(",")) {
            String k = part.strip();
            if (k.isEmpty()) continue;
            if (!SearchService.KINDS.contains(k)) {
                throw ApiProblem.badParameter("kind", "must be a comma list of " + String.join(", ", SearchService.KINDS)
                        + ", was '" + ApiProblem.shorten(kind) + "'");
            }
            out.add(k);
        }
        if (out.isEmpty()) {
            out.addAll(SearchService.KINDS);
        }
        return out;
    }
}
