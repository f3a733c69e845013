package org.laststruggle.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.problem.ApiProblem;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.laststruggle.http.HttpCaching;
import org.laststruggle.query.PageRequest;
import org.laststruggle.query.PageParams;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

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
                    + " are found joined. Web-search syntax: \"a quoted phrase\", OR, -word. A query with no searchable"
                    + " words (only stop words) gives an empty page.\n\n"
                    + "Order, in three tiers (the hit's `match`): (1) `name`: a person, congress or document one of whose"
                    + " names holds every word of the query (the phrase, when quoted) on its own: a person's name, sort"
                    + " name or any variant, a congress's name, a document's title; the closest name first (fewest"
                    + " distinct words after stemming, so an exact name comes first), then id. (2) `event-title`: an"
                    + " event whose title holds every word; fewest words first, then id. (3) `text`: every other hit,"
                    + " the words being only in a summary or a passage: `rank` descending, then id. So \"testament\""
                    + " lists the Letter to the Congress (Lenin's \"Testament\") first, and \"twelfth congress\" the"
                    + " congress itself, then the documents and events named after it.\n\n"
                    + "The total is exact up to a cap (1000 by default, setting laststruggle.search.count-cap): every"
                    + " name and event-title hit is counted, the text hits only while the total is under the cap. Past"
                    + " it, `totalIsLowerBound` is true and `total` is a lower bound.")
    public RestResponse<SearchPage> search(
            @Parameter(description = "The query, 1 to 200 characters", required = true, example = "\"general secretary\"")
            @QueryParam("q") String q,
            @Parameter(description = "Comma list of kinds to search: passage, person, document, event, congress (default all)",
                    example = "passage,document")
            @QueryParam("kind") String kind,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > MAX_Q) {
            throw ApiProblem.badParameter("q", text.isEmpty() ? "is required: the words to search for (1 to " + MAX_Q
                    + " characters)" : "must be at most " + MAX_Q + " characters, was " + text.length());
        }
        PageRequest pr = paging.request();
        SearchPage page = service.findHits(text, kinds(kind), pr);
        // HttpCaching adds Link headers to Page bodies only; this one gets them here
        ResponseBuilder<SearchPage> rb = ResponseBuilder.ok(page);
        HttpCaching.links(uri.getRequestUri(), pr.page(page.items(), page.total())).forEach(l -> rb.header("Link", l.toString()));
        return rb.build();
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
