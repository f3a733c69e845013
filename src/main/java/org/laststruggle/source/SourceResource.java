package org.laststruggle.source;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.PageParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laststruggle.query.ParamCheck;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.laststruggle.problem.ProblemMappers;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The raw source texts and their passages")
public class SourceResource {

    private static final String TEXT = "text/plain; charset=utf-8";

    private final SourceService service;

    SourceResource(SourceService service) {
        this.service = service;
    }

    @GET
    @Path("/sources")
    @Operation(operationId = "listSources", summary = "List the source documents",
            description = "The five source texts in their curated order, with their lengths, hashes and printed pages.")
    public RestResponse<Page<SourceDto>> list(@BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        PageRequest pr = paging.read(check);
        check.done();
        return service.findSources(pr).response();
    }

    @GET
    @Path("/sources/{id}")
    @Operation(operationId = "getSource", summary = "Get one source document",
            description = "Title, author, publication, SHA-256 and length of the raw text, passage count and printed pages.")
    public RestResponse<SourceDto> get(@Parameter(description = "Source id", example = "pathfinder-1975") @PathParam("id") String id) {
        return service.findSource(id).response();
    }

    @GET
    @Path("/sources/{id}/text")
    @Produces({TEXT, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "getSourceText", summary = "Get the raw text of a source, byte for byte as shipped",
            description = "Citation offsets (start, end) are Unicode code point offsets into this text. Always answered"
                    + " as text/plain (UTF-8), also to a client whose Accept names only application/problem+json, the"
                    + " type of this operation's errors.")
    @APIResponse(responseCode = "200", description = "The raw text, UTF-8",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    public Response text(@Parameter(description = "Source id", example = "pathfinder-1975") @PathParam("id") String id) {
        return Response.ok(service.findText(id), TEXT).build();
    }

    /** The filter of a source's passages. */
    public static class PassageParams {
        @QueryParam("printedPage")
        @Parameter(description = "Only passages on this printed page of the book. It must lie between the source's"
                + " firstPage and lastPage (GET /sources/{id}); a source without printed pages takes no printedPage.",
                example = "64", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                        maximum = "100000"))
        public String printedPage;
    }

    @GET
    @Path("/sources/{id}/passages")
    @Operation(operationId = "listPassages", summary = "List a source's passages in order",
            description = "The passages of the source in text order, optionally those of one printed page only.")
    public RestResponse<Page<PassageDto>> passages(
            @Parameter(description = "Source id", example = "pathfinder-1975") @PathParam("id") String id,
            @BeanParam PassageParams params, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        int printed = check.integer("printedPage", params.printedPage, 1, 100_000, 0,
                "a page number of the book (a whole number from 1)");
        PageRequest pr = paging.read(check);
        check.done();
        return service.findPassages(id, printed == 0 ? null : printed, pr).response();
    }

    @GET
    @Path("/passages/{id}")
    @Operation(operationId = "getPassage", summary = "Get one passage, with its neighbours and its citation",
            description = "The passage's offsets into the raw text, its printed page, its reading text, the ids of the"
                    + " passages before and after it, and the passage itself as a citation of its raw span.")
    public RestResponse<PassageDto> passage(
            @Parameter(description = "Passage id", example = "pathfinder-1975-0671") @PathParam("id") String id) {
        return service.findPassage(id).response();
    }
}
