package org.laststruggle.body;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.PageRequest;
import org.laststruggle.query.ParamCheck;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies", description = "Party and state organs and the other bodies documents are addressed to")
public class BodyResource {

    private final BodyService service;

    BodyResource(BodyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listBodies", summary = "List bodies, sorted by name",
            description = "The Politburo, the Central Committee and the other bodies the documents and events refer to"
                    + " (Refs of type body), sorted by name then id.")
    public RestResponse<Page<BodySummary>> list(@BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        PageRequest pr = paging.read(check);
        check.done();
        return service.findBodies(pr).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBody", summary = "Get one body with its documents, events and disputes",
            description = "The body with its citations, the documents it wrote or received, the events it takes part in"
                    + " and the disputes about it.")
    public RestResponse<BodyDetail> get(@Parameter(description = "Body id", example = "politburo") @PathParam("id") String id) {
        return service.findBody(id).response();
    }
}
