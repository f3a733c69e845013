package org.laststruggle.congress;


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

@Path("/api/v1/congresses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Congresses", description = "Congresses, conferences and plenums")
public class CongressResource {

    private final CongressService service;

    CongressResource(CongressService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCongresses", summary = "List congresses, conferences and plenums by date",
            description = Chronology.ORDER_DOC + "; undated ones last; then id.")
    public Page<CongressSummary> list(
            @Parameter(description = "congress, conference, plenum or session", example = "plenum")
            @QueryParam("kind") String kind,
            @Parameter(description = "Only those dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)", example = "1922")
            @QueryParam("from") String from,
            @Parameter(description = "Only those dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)", example = "1923-12")
            @QueryParam("to") String to,
            @Parameter(description = "overlaps (default): dates touching the window; within: dates entirely inside it",
                    example = "overlaps") @QueryParam("match") String match,
            @Parameter(description = "Words of the name, accent- and case-insensitive", example = "twelfth")
            @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        var pr = paging.request();
        return service.findCongresses(new CongressService.Filter(Params.oneOf("kind", kind, CongressService.KINDS), DateFilter.of(from, to, match), QueryText.optional(q)), pr);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCongress", summary = "Get one congress with its events, the documents addressed to it"
            + " and the disputes about it")
    public CongressDetail get(
            @Parameter(description = "Congress id", example = "twelfth-party-congress") @PathParam("id") String id) {
        return service.findCongress(id);
    }


}
