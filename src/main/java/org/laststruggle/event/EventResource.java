package org.laststruggle.event;

import org.laststruggle.dates.Chronology;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.common.Vocabulary.EventType;
import org.laststruggle.query.DateWindowParams;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.ParamCheck;
import org.laststruggle.query.TextParam;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Dated events: strokes, meetings, decisions, dictations, letters, congresses")
public class EventResource {

    private final EventService service;

    EventResource(EventService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "List dated events in chronological order",
            description = Chronology.ORDER_DOC + "; then id. q matches words of the title or"
                    + " summary. Unknown person, congress or document ids are bad requests naming the parameter.")
    @Extension(name = "x-q-example", value = "dictates")
    @Extension(name = "x-q-description", value = "Part of the title or summary, case- and accent-insensitive; at most 200 characters")
    public RestResponse<Page<EventSummary>> list(@BeanParam DateWindowParams window, @BeanParam EventParams params,
            @BeanParam TextParam text, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        var filter = new EventService.Filter(window.read(check), name(check.oneOf("type", params.type, EventType.class)),
                check.id("person", params.person, "the id of a person or body"),
                check.id("congress", params.congress, "the id of a congress"),
                check.id("document", params.document, "the id of a document"), text.read(check));
        var page = paging.read(check);
        check.done();
        return service.findEvents(filter, page).response();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "Get one event with its participants, documents, citations and disputes",
            description = "The event with its participants and their roles, the documents it concerns, its congress, its"
                    + " citations and the disputes about it.")
    public RestResponse<EventDetail> get(
            @Parameter(description = "Event id", example = "lenin-death-1924-01-21") @PathParam("id") String id) {
        return service.findEvent(id).response();
    }
}
