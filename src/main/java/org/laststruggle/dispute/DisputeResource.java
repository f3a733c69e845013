package org.laststruggle.dispute;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.common.Vocabulary.SubjectType;
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

@Path("/api/v1/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "Facts the sources disagree on, each side with its evidence")
public class DisputeResource {

    private final DisputeService service;

    DisputeResource(DisputeService service) {
        this.service = service;
    }

    /** The filters of /disputes besides q. */
    public static class DisputeParams {
        @QueryParam("subject")
        @Parameter(description = "Id of the subject (person, body, congress, document or event); an id no dispute is"
                + " about gives an empty page", example = "letter-to-the-congress-1923-01-04",
                schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN, maxLength = ParamCheck.MAX_ID))
        public String subject;

        @QueryParam("subjectType")
        @Parameter(description = "Only disputes about this kind of subject", example = "document",
                schema = @Schema(implementation = SubjectType.class))
        public String subjectType;
    }

    @GET
    @Operation(operationId = "listDisputes", summary = "List the facts the sources disagree on",
            description = "Sorted by id. Each dispute comes with its claims and their citations. q matches words of the"
                    + " question or of a claim.")
    @Extension(name = "x-q-example", value = "postscript")
    @Extension(name = "x-q-description", value = "Part of the question or of a claim, case- and accent-insensitive; at most 200 characters")
    public RestResponse<Page<DisputeDto>> list(@BeanParam DisputeParams params, @BeanParam TextParam text, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        String subject = check.id("subject", params.subject, "the id of a person, body, congress, document or event");
        SubjectType type = check.oneOf("subjectType", params.subjectType, SubjectType.class);
        var filter = new DisputeService.Filter(subject, type == null ? null : type.name(), text.read(check));
        var page = paging.read(check);
        check.done();
        return service.findDisputes(filter, page).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDispute", summary = "Get one dispute with its claims and their evidence",
            description = "The question, its subject and every claim the sources make, each with its citations.")
    public RestResponse<DisputeDto> get(
            @Parameter(description = "Dispute id", example = "date-of-postscript-on-stalin") @PathParam("id") String id) {
        return service.findDispute(id).response();
    }
}
