package org.laststruggle.dispute;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.QueryText;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.Params;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "Facts the sources disagree on, each side with its evidence")
public class DisputeResource {

    private final DisputeService service;

    DisputeResource(DisputeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listDisputes", summary = "List the facts the sources disagree on",
            description = "Sorted by id. Each dispute comes with its claims and their citations.")
    public RestResponse<Page<DisputeDto>> list(
            @Parameter(description = "Id of the subject (person, body, congress, document or event)",
                    example = "letter-to-the-congress-1923-01-04") @QueryParam("subject") String subject,
            @Parameter(description = "person, body, congress, document or event", example = "event")
            @QueryParam("subjectType") String subjectType,
            @Parameter(description = "Words of the question or of a claim, accent- and case-insensitive", example = "postscript")
            @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        var pr = paging.request();
        return service.findDisputes(new DisputeService.Filter(Params.optional(subject), Params.oneOf("subjectType", subjectType, DisputeService.SUBJECT_TYPES), QueryText.optional(q)), pr).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDispute", summary = "Get one dispute with its claims and their evidence")
    public RestResponse<DisputeDto> get(
            @Parameter(description = "Dispute id", example = "date-of-postscript-on-stalin") @PathParam("id") String id) {
        return service.findDispute(id).response();
    }


}
