package org.laststruggle.document;

import org.laststruggle.dates.Chronology;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.PageRequest;
import org.laststruggle.query.ParamCheck;
import org.laststruggle.query.DateWindowParams;
import org.laststruggle.query.TextParam;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The correspondence and dictated notes: /documents restricted to letters, notes and telegrams. */
@Path("/api/v1/letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class LetterResource {

    private final DocumentService service;

    LetterResource(DocumentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listLetters", summary = "List letters, notes and telegrams by date",
            description = "The documents of kind letter, note or telegram, with the filters, shapes and order of /documents. "
                    + Chronology.ORDER_DOC + "; then position among the parts of a whole, then id.")
    @Extension(name = "x-q-example", value = "congress")
    @Extension(name = "x-q-description", value = "Part of the title, case- and accent-insensitive; at most 200 characters")
    public RestResponse<Page<DocumentSummary>> list(@BeanParam DocumentParams.LetterKinds kinds, @BeanParam DocumentParams params,
            @BeanParam DateWindowParams window, @BeanParam TextParam text, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        DocumentFilter filter = params.read(check, DocumentScope.LETTERS, kinds.kind, window.read(check), text.read(check));
        PageRequest pr = paging.read(check);
        check.done();
        return service.findDocuments(DocumentScope.LETTERS, filter, pr).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLetter", summary = "Get one letter, note or telegram",
            description = "As GET /documents/{id}; 404 for a document of another kind.")
    public RestResponse<DocumentDetail> get(
            @Parameter(description = "Document id", example = "letter-to-trotsky-1923-03-05") @PathParam("id") String id) {
        return service.findDocument(DocumentScope.LETTERS, id).response();
    }
}
