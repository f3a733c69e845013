package org.laststruggle.export;

import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.laststruggle.annotation.Iris;
import org.laststruggle.annotation.Representations;
import org.laststruggle.document.DocumentFilter;
import org.laststruggle.document.DocumentParams;
import org.laststruggle.document.DocumentScope;
import org.laststruggle.query.DateWindowParams;
import org.laststruggle.query.ParamCheck;
import org.laststruggle.query.TextParam;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The letters as CMIF: GET /api/v1/letters with Accept: application/tei+xml. */
@Path("/api/v1/letters")
public class LetterCmifResource {

    private final LetterExports exports;
    private final Optional<String> publicUrl;

    LetterCmifResource(LetterExports exports, @ConfigProperty(name = "laststruggle.public-url") Optional<String> publicUrl) {
        this.exports = exports;
        this.publicUrl = publicUrl;
    }

    @GET
    @Produces(Representations.TEI_XML + ";qs=0.5")
    @Operation(operationId = "listLetters", summary = "List letters, notes and telegrams by date",
            description = "The documents of kind letter, note or telegram, with the filters and shapes of /documents."
                    + " With Accept: application/tei+xml the answer is one CMIF document (TEI, Correspondence Metadata"
                    + " Interchange Format, as correspSearch reads it) of every letter matching the filters, unpaged"
                    + " (page and size are ignored); format=cmif asks for it without an Accept header.")
    @APIResponse(responseCode = "200", description = "A page of letters (JSON), or all of them as CMIF", content = {
            @Content(mediaType = Representations.TEI_XML, schema = @Schema(type = SchemaType.STRING,
                    description = "TEI XML valid against the CMIF schema (cmi-customization.rng)"),
                    examples = @ExampleObject(name = "cmif", value = CmifExample.VALUE))})
    public Response cmif(@BeanParam DocumentParams.LetterKinds kinds, @BeanParam DocumentParams params,
            @BeanParam DateWindowParams window, @BeanParam TextParam text,
            @Parameter(description = "cmif: the CMIF whatever the Accept header (for harvesters that fetch a URL as it"
                    + " is); json: the page of letters", example = "cmif", schema = @Schema(enumeration = {"json", "cmif"}))
            @QueryParam("format") String format,
            @Context UriInfo uri) {
        ParamCheck check = new ParamCheck();
        DocumentFilter filter = params.read(check, DocumentScope.LETTERS, kinds.kind, window.read(check), text.read(check));
        check.done();
        Iris iris = Iris.of(publicUrl, uri.getBaseUri());
        String body = exports.cmif(filter, iris, self(iris, uri));
        return Representations.ok(body, Representations.CMIF);
    }

    /** The query parameters of /letters that select letters (DocumentParams). */
    private static final Set<String> FILTERS = Set.of("kind", "author", "recipient", "dictatedTo", "from", "to", "match",
            "congress", "partOf", "q", "topLevel");

    /** The URL that serves this CMIF to a plain GET: the filters of the request and format=cmif. */
    static String self(Iris iris, UriInfo uri) {
        StringBuilder q = new StringBuilder();
        String raw = uri.getRequestUri().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String name = pair.split("=", 2)[0];
                if (FILTERS.contains(name)) {
                    q.append(pair).append('&');
                }
            }
        }
        return iris.api("letters") + "?" + q + "format=cmif";
    }
}
