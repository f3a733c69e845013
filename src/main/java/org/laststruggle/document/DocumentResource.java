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

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Letters, notes, articles, resolutions, telegrams, speeches, reports and books")
public class DocumentResource {

    private final DocumentService service;

    DocumentResource(DocumentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "List documents by date",
            description = Chronology.ORDER_DOC + "; then position among the parts of a whole, then id."
                    + " An unknown person, body, congress or document id in a filter is a 400 naming the parameter.")
    @Extension(name = "x-q-example", value = "congress")
    @Extension(name = "x-q-description", value = "Part of the title, case- and accent-insensitive; at most 200 characters")
    public RestResponse<Page<DocumentSummary>> list(@BeanParam DocumentParams.Kinds kinds, @BeanParam DocumentParams params,
            @BeanParam DateWindowParams window, @BeanParam TextParam text, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        DocumentFilter filter = params.read(check, DocumentScope.ALL, kinds.kind, window.read(check), text.read(check));
        PageRequest pr = paging.read(check);
        check.done();
        return service.findDocuments(DocumentScope.ALL, filter, pr).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Get one document with its events, disputes and the passages citing it",
            description = "The document with its authors, recipients, typists, parts, first publication and citations,"
                    + " the events that involve it, the disputes about it or its parts and the passages citing it.")
    public RestResponse<DocumentDetail> get(
            @Parameter(description = "Document id", example = "letter-to-the-congress-1922-12-24") @PathParam("id") String id) {
        return service.findDocument(DocumentScope.ALL, id).response();
    }
}
