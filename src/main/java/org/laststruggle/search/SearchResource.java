package org.laststruggle.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.ParamCheck;

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

    private final SearchService service;

    SearchResource(SearchService service) {
        this.service = service;
    }

    /** What a search hit can be. */
    @Schema(name = "SearchKind", description = "What a search hit is: a passage of a source or a curated entity")
    public enum SearchKind {
        passage, person, document, event, congress
    }

    /** The parameters of /search besides paging. */
    public static class SearchParams {
        @QueryParam("q")
        @Parameter(description = "The words to search for: 1 to 200 characters after trimming. Web-search syntax:"
                + " \"a quoted phrase\", OR, -word.", required = true, example = "\"general secretary\"",
                schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = ParamCheck.MAX_TEXT,
                        pattern = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"))
        public String q;

        @QueryParam("kind")
        @Parameter(description = "The kinds of hit to search, comma-separated (default all)", example = "passage,document",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SearchKind.class, uniqueItems = true))
        public String kind;
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
    public SearchPage search(@BeanParam SearchParams params, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        String q = check.requiredText("q", params.q);
        Set<String> kinds = check.listOf("kind", params.kind, SearchService.KINDS);
        var page = paging.read(check);
        check.done();
        return service.findHits(q, kinds.isEmpty() ? new LinkedHashSet<>(SearchService.KINDS) : kinds, page);
    }
}
