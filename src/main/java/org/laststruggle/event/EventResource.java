package org.laststruggle.event;


import org.laststruggle.dates.Chronology;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.QueryText;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.Params;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
            description = Chronology.ORDER_DOC + "; then id.")
    public Page<EventSummary> list(
            @Parameter(description = "Only events on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)", example = "1922-12")
            @QueryParam("from") String from,
            @Parameter(description = "Only events on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)", example = "1923-03")
            @QueryParam("to") String to,
            @Parameter(description = "overlaps (default): events whose dates touch the window; within: events whose"
                    + " dates lie entirely inside it", example = "within") @QueryParam("match") String match,
            @Parameter(description = "health, meeting, decision, dictation, correspondence, publication, congress,"
                    + " conflict, appointment, death, policy or other", example = "health") @QueryParam("type") String type,
            @Parameter(description = "Id of a person or body taking part, in any role", example = "volodicheva")
            @QueryParam("person") String person,
            @Parameter(description = "Id of the congress the events belong to", example = "twelfth-party-congress")
            @QueryParam("congress") String congress,
            @Parameter(description = "Id of a document the events concern", example = "letter-to-the-congress")
            @QueryParam("document") String document,
            @Parameter(description = "Words of the title or summary, accent- and case-insensitive", example = "stroke")
            @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        var pr = paging.request();
        return service.findEvents(new EventService.Filter(DateFilter.of(from, to, match), Params.oneOf("type", type, EventService.TYPES),
                Params.optional(person), Params.optional(congress), Params.optional(document), QueryText.optional(q)), pr);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "Get one event with its participants, documents, citations and disputes")
    public EventDetail get(
            @Parameter(description = "Event id", example = "lenin-death-1924-01-21") @PathParam("id") String id) {
        return service.findEvent(id);
    }


}
