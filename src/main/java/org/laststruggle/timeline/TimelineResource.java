package org.laststruggle.timeline;

import org.laststruggle.dates.Chronology;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.DateWindowParams;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.PageRequest;
import org.laststruggle.query.ParamCheck;
import org.laststruggle.query.TextParam;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Events, documents and congresses in one chronological list, also as TimelineJS3 and"
        + " vis-timeline data")
public class TimelineResource {

    private final TimelineService service;

    TimelineResource(TimelineService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTimeline", summary = "List events, documents and congresses in date order",
            description = Chronology.ORDER_DOC + "; then kind, then id. Undated congresses are left out."
                    + " format=native answers a page (TimelinePage, with Link headers); format=timelinejs and format=vis"
                    + " answer the whole chronology that matches the filters in one document, so that one URL feeds"
                    + " TimelineJS3 or vis-timeline: the curated data bounds it (a few hundred entries, about 0.3 MB as TimelineJS3,"
                    + " with no filter), and the service refuses to build one of more than " + TimelineService.MAX_EXPORT
                    + " entries (a bad request asking for a narrower window). Every body names its shape in its format"
                    + " property (a discriminator).")
    @Extension(name = "x-q-example", value = "congress")
    @Extension(name = "x-q-description", value = "Part of the title, the summary or a quote the entry cites (in its reading"
            + " form), case- and accent-insensitive; at most 200 characters")
    @APIResponse(responseCode = "200", description = "The timeline in the requested format",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeline.class)))
    public RestResponse<Timeline> list(@BeanParam DateWindowParams window, @BeanParam TimelineParams params, @BeanParam TextParam text,
            @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        TimelineFormat format = TimelineFormat.read(check, params.format);
        DateFilter dates = window.read(check);
        TimelineQuery query = TimelineQuery.read(check, params, dates, text.read(check));
        PageRequest pr = paging.read(check);
        check.done();
        return (format == TimelineFormat.NATIVE ? service.findTimeline(query, pr) : service.findChronology(query, format))
                .response();
    }
}
