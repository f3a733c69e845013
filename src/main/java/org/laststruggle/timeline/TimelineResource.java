package org.laststruggle.timeline;

import org.laststruggle.dates.Chronology;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.http.HttpCaching;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.PageRequest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Events, documents and congresses in one chronological list, also as TimelineJS3 and"
        + " vis-timeline data")
public class TimelineResource {

    /** A Page of native items, for the OpenAPI schema. */
    @Schema(name = "TimelinePage", description = "One page of the timeline (format=native)")
    static final class TimelinePage {
        @Schema(description = "The entries of this page") public java.util.List<TimelineItem> items;
        @Schema(description = "0-based page number", examples = "0") public int page;
        @Schema(description = "Page size (1..100)", examples = "20") public int size;
        @Schema(description = "Total number of entries over all pages", examples = "123") public long total;
    }

    private final TimelineService service;

    TimelineResource(TimelineService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTimeline", summary = "List events, documents and congresses in date order",
            description = Chronology.ORDER_DOC + "; then kind, then id. Undated congresses are left out."
                    + " Paged in every format: format=native answers a Page; timelinejs and vis answer their own JSON for"
                    + " the same page, with the same Link headers (first, prev, next, last) and the total in X-Total-Count.")
    @APIResponse(responseCode = "200", description = "One page of the timeline in the requested format",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {TimelinePage.class,
                    TimelineJs.class, VisTimeline.class})))
    public Response list(
            @Parameter(description = "Only entries on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)", example = "1922-12")
            @QueryParam("from") String from,
            @Parameter(description = "Only entries on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)", example = "1923-03")
            @QueryParam("to") String to,
            @Parameter(description = "overlaps (default): dates touching the window; within: dates entirely inside it",
                    schema = @Schema(enumeration = {"overlaps", "within"}, defaultValue = "overlaps"))
            @QueryParam("match") String match,
            @Parameter(description = "Only events of this type (documents and congresses are then left out)", example = "health",
                    schema = @Schema(enumeration = {"health", "meeting", "decision", "dictation", "correspondence", "publication",
                            "congress", "conflict", "appointment", "death", "policy", "other"}))
            @QueryParam("type") String type,
            @Parameter(description = "Person or body id: events they take part in and documents they wrote, received or"
                    + " took down (congresses are then left out)", example = "volodicheva")
            @QueryParam("person") String person,
            @Parameter(description = "Words in the title, the summary or a quote the entry cites (its reading form; case-"
                    + " and accent-insensitive substring), at most 200 characters", example = "stroke")
            @QueryParam("q") String q,
            @Parameter(description = "Comma list of kinds to include: events, documents, congresses (default all)",
                    example = "events,documents")
            @QueryParam("include") String include,
            @Parameter(description = "true: leave out the parts of documents (e.g. the dated notes of the Letter to the"
                    + " Congress), keep the wholes", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("topLevel") String topLevel,
            @Parameter(description = "native (default), timelinejs (TimelineJS3 JSON) or vis (vis-timeline items and groups)",
                    schema = @Schema(enumeration = {"native", "timelinejs", "vis"}, defaultValue = "native"))
            @QueryParam("format") String format,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        TimelineFormat f = TimelineFormat.of(format);
        PageRequest pr = paging.request();
        TimelineQuery query = TimelineQuery.of(from, to, match, type, person, q, include, topLevel);
        Page<TimelineEntry> page = service.findTimeline(query, pr, f != TimelineFormat.NATIVE);
        return switch (f) {
            case NATIVE -> Response.ok(pr.page(page.items().stream().map(TimelineEntry::item).toList(), page.total()), JSON)
                    .build();
            case TIMELINEJS -> exported(TimelineExports.timelineJs(page), page, uri);
            case VIS -> exported(TimelineExports.vis(page), page, uri);
        };
    }

    /** Named on the response, so that it is known (and cacheable) even when the client sends no Accept. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    /** HttpCaching adds Link headers to Page bodies only; these formats get them here. */
    private static Response exported(Object body, Page<?> page, UriInfo uri) {
        Response.ResponseBuilder rb = Response.ok(body, JSON).header("X-Total-Count", page.total());
        HttpCaching.links(uri.getRequestUri(), page).forEach(l -> rb.header("Link", l.toString()));
        return rb.build();
    }
}
