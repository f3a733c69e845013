package org.laststruggle.source;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.PageParams;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The raw source texts and their passages")
public class SourceResource {

    private final SourceService service;

    SourceResource(SourceService service) {
        this.service = service;
    }

    @GET
    @Path("/sources")
    @Operation(operationId = "listSources", summary = "List the source documents")
    public RestResponse<Page<SourceDto>> list(@BeanParam PageParams paging) {
        return service.findSources(paging.request()).response();
    }

    @GET
    @Path("/sources/{id}")
    @Operation(operationId = "getSource", summary = "Get one source document")
    public RestResponse<SourceDto> get(@Parameter(description = "Source id", example = "pathfinder-1975") @PathParam("id") String id) {
        return service.findSource(id).response();
    }

    @GET
    @Path("/sources/{id}/text")
    @Produces("text/plain; charset=utf-8")
    @Operation(operationId = "getSourceText", summary = "Get the raw text of a source, byte for byte as shipped",
            description = "Citation offsets (start, end) are Unicode code point offsets into this text.")
    public byte[] text(@Parameter(description = "Source id", example = "pathfinder-1975") @PathParam("id") String id) {
        return service.findText(id);
    }

    @GET
    @Path("/sources/{id}/passages")
    @Operation(operationId = "listPassages", summary = "List a source's passages in order")
    public RestResponse<Page<PassageDto>> passages(
            @Parameter(description = "Source id", example = "pathfinder-1975") @PathParam("id") String id,
            @Parameter(description = "Only passages on this printed page of the book", example = "64")
            @QueryParam("printedPage") String printedPage,
            @BeanParam PageParams paging) {
        PageRequest pr = paging.request();
        return service.findPassages(id, parsePage(printedPage), pr).response();
    }

    @GET
    @Path("/passages/{id}")
    @Operation(operationId = "getPassage", summary = "Get one passage, with its neighbours and its citation")
    public RestResponse<PassageDto> passage(
            @Parameter(description = "Passage id", example = "pathfinder-1975-0671") @PathParam("id") String id) {
        return service.findPassage(id).response();
    }

    private static Integer parsePage(String printedPage) {
        if (printedPage == null || printedPage.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(printedPage.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("printedPage", "must be a page number of the book, was '"
                    + ApiProblem.shorten(printedPage) + "'");
        }
    }
}
