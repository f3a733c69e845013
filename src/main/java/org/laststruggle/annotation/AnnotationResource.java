package org.laststruggle.annotation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.PageRequest;
import org.laststruggle.query.ParamCheck;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/annotations")
@Produces({"application/ld+json", MediaType.APPLICATION_JSON})
@Tag(name = "Annotations", description = "Every citation as a W3C Web Annotation (JSON-LD): the quoted span of the raw"
        + " text, selected by quote and by position, linked to the fact it is evidence for")
public class AnnotationResource {

    private final AnnotationService service;
    private final SourceTexts texts;
    private final Optional<String> publicUrl;

    AnnotationResource(AnnotationService service, SourceTexts texts,
            @ConfigProperty(name = "laststruggle.public-url") Optional<String> publicUrl) {
        this.service = service;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    @GET
    @Operation(operationId = "listAnnotations", summary = "List the citations as a W3C annotation collection",
            description = "Without page: the AnnotationCollection (label, total, the first AnnotationPage embedded, the"
                    + " id of the last). With page: that AnnotationPage (partOf names the collection; prev, next)."
                    + " Sorted by source, then start and end offset, then subject. Served as application/ld+json with"
                    + " profile=\"http://www.w3.org/ns/anno.jsonld\" (the Web Annotation Protocol's media type), the same"
                    + " JSON as application/json to clients that ask for that.")
    @APIResponse(responseCode = "200", description = "The collection, or one page of it", content = {
            @Content(mediaType = "application/ld+json", schema = @Schema(oneOf = {AnnotationSchemas.Collection.class,
                    AnnotationSchemas.AnnotationPage.class}), examples = {
                            @ExampleObject(name = "page", value = AnnotationSchemas.PAGE_EXAMPLE)}),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {AnnotationSchemas.Collection.class,
                    AnnotationSchemas.AnnotationPage.class}))})
    public Response list(
            @Parameter(description = "Only citations of this source (a source id)", example = "pathfinder-1975",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN, maxLength = ParamCheck.MAX_ID))
            @QueryParam("source") String source,
            @Parameter(description = "Only citations of this entity: a person, body, congress, document, event or"
                    + " dispute id (a dispute's are its claims' citations; a document's include its first publication's)",
                    example = "letter-to-the-congress-1922-12-24",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN, maxLength = ParamCheck.MAX_ID))
            @QueryParam("subject") String subject,
            @BeanParam PageParams paging,
            @Context UriInfo uri, @Context Request request) {
        ParamCheck check = new ParamCheck();
        AnnotationService.Filter filter = new AnnotationService.Filter(check.id("source", source, "the id of a source"),
                check.id("subject", subject, "the id of a person, body, congress, document, event or dispute"));
        PageRequest pr = paging.read(check);
        check.done();
        Page<AnnotatedCitation> page = service.findCitations(filter, pr);
        Iris iris = Iris.of(publicUrl, uri.getBaseUri());
        WebAnnotations.Paging ids = new WebAnnotations.Paging(collectionId(iris, filter), pr.size(), page.total());
        String label = label(filter);
        ObjectNode body = paging.page == null || paging.page.isBlank()
                ? WebAnnotations.collection(ids, label, page, texts::text, iris)
                : WebAnnotations.page(ids, label, page, texts::text, iris);
        return Representations.ok(body.toString(), type(request));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAnnotation", summary = "Get the annotation of one citation",
            description = "The id is <subjectType>-<subjectId>-<hash>: the subject type of the citation (person, body,"
                    + " congress, document, publication, event or claim), the subject's id and 10 hex digits of"
                    + " SHA-256 over subject type, subject id, source id, start and end. It is the same on every load;"
                    + " the annotation field of each citation in the API's JSON links here.")
    @APIResponse(responseCode = "200", description = "The annotation", content = {
            @Content(mediaType = "application/ld+json", schema = @Schema(implementation = AnnotationSchemas.Annotation.class),
                    examples = @ExampleObject(name = "annotation", value = AnnotationSchemas.ANNOTATION_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnotationSchemas.Annotation.class))})
    public Response get(
            @Parameter(description = "Annotation id", example = "document-letter-to-the-congress-1922-12-24-380ae2ebf1")
            @PathParam("id") String id,
            @Context UriInfo uri, @Context Request request) {
        AnnotatedCitation a = service.findCitation(id);
        Iris iris = Iris.of(publicUrl, uri.getBaseUri());
        return Representations.ok(WebAnnotations.annotation(a, texts.text(a.citation().sourceId()), iris).toString(),
                type(request));
    }

    /** The anno profile of JSON-LD unless the client prefers plain JSON. */
    private static MediaType type(Request request) {
        return Representations.choose(request, Representations.ANNOTATION, Representations.JSON);
    }

    private static String collectionId(Iris iris, AnnotationService.Filter f) {
        StringBuilder q = new StringBuilder();
        if (f.source() != null) q.append(q.isEmpty() ? "?" : "&").append("source=").append(encode(f.source()));
        if (f.subject() != null) q.append(q.isEmpty() ? "?" : "&").append("subject=").append(encode(f.subject()));
        return iris.api("annotations") + q;
    }

    private static String label(AnnotationService.Filter f) {
        String s = "Citations of the Last Struggle API as annotations";
        if (f.source() != null) s += ", source " + f.source();
        if (f.subject() != null) s += ", subject " + f.subject();
        return s;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
