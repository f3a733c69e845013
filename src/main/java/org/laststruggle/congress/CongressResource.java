package org.laststruggle.congress;

import org.laststruggle.dates.Chronology;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.common.Vocabulary.CongressKind;
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

    /** The filter of /congresses besides the date window and q. */
    public static class CongressParams {
        @QueryParam("kind")
        @Parameter(description = "Only congresses of this kind", example = "plenum",
                schema = @Schema(implementation = CongressKind.class))
        public String kind;
    }

    @GET
    @Operation(operationId = "listCongresses", summary = "List congresses, conferences and plenums by date",
            description = Chronology.ORDER_DOC + "; undated ones last; then id. q matches part of the name."
                    + " An undated congress is outside every date window.")
    @Extension(name = "x-q-example", value = "plenum")
    @Extension(name = "x-q-description", value = "Part of the name, case- and accent-insensitive; at most 200 characters")
    public RestResponse<Page<CongressSummary>> list(@BeanParam CongressParams params, @BeanParam DateWindowParams window,
            @BeanParam TextParam text, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        CongressKind kind = check.oneOf("kind", params.kind, CongressKind.class);
        var filter = new CongressService.Filter(kind == null ? null : kind.name(), window.read(check), text.read(check));
        var page = paging.read(check);
        check.done();
        return service.findCongresses(filter, page).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCongress", summary = "Get one congress with its events, the documents addressed to it"
            + " and the disputes about it",
            description = "The congress, conference or plenum with its citations, its events by date, the documents"
                    + " addressed or read to it and the disputes about it.")
    public RestResponse<CongressDetail> get(
            @Parameter(description = "Congress id", example = "twelfth-party-congress") @PathParam("id") String id) {
        return service.findCongress(id).response();
    }
}
