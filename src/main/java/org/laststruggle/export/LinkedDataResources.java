package org.laststruggle.export;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.laststruggle.annotation.Iris;
import org.laststruggle.annotation.Representations;
import org.laststruggle.annotation.SourceTexts;
import org.laststruggle.body.BodyDetail;
import org.laststruggle.congress.CongressDetail;
import org.laststruggle.document.DocumentDetail;
import org.laststruggle.event.EventDetail;
import org.laststruggle.person.PersonDetail;
import org.laststruggle.body.BodyService;
import org.laststruggle.congress.CongressService;
import org.laststruggle.document.DocumentScope;
import org.laststruggle.document.DocumentService;
import org.laststruggle.event.EventService;
import org.laststruggle.person.PersonService;

import org.laststruggle.http.Rendered;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * JSON-LD on the detail URLs of the entities: the same paths as their JSON, chosen by
 * Accept: application/ld+json. Each resource calls the entity's service and {@link LinkedData}.
 */
public final class LinkedDataResources {

    static final String LD_JSON = "application/ld+json";
    /** Offered with a lower server quality than the entities' JSON, so clients that accept anything get JSON. */
    static final String LD_JSON_PRODUCED = "application/ld+json;qs=0.5";

    private LinkedDataResources() {
    }

    /** What every JSON-LD resource needs besides its service. */
    abstract static class Base {
        @Inject
        SourceTexts texts;
        @Inject
        ObjectMapper json;
        @ConfigProperty(name = "laststruggle.public-url")
        Optional<String> publicUrl;
        @Context
        UriInfo uri;

        Iris iris() {
            return Iris.of(publicUrl, uri.getBaseUri());
        }

        /** The stored detail JSON of the read model, read back into the API's record. */
        <T> T read(Rendered detail, Class<T> type) {
            try {
                return json.readValue(detail.toString(), type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the read model holds JSON that " + type.getSimpleName() + " does not read", e);
            }
        }

        Response ok(ObjectNode body) {
            return Representations.ok(body.toString(), Representations.JSON_LD);
        }
    }

    @Path("/api/v1/persons")
    public static class Persons extends Base {
        @Inject
        PersonService service;

        @GET
        @Path("/{id}")
        @Produces(LD_JSON_PRODUCED)
        @APIResponse(responseCode = "200", description = "The person; as JSON-LD with Accept: application/ld+json",
                content = @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "schema.org Person with an inline context; citations as W3C Web Annotations"),
                        examples = @ExampleObject(name = "person", value = LinkedDataExamples.PERSON)))
        public Response get(@PathParam("id") String id) {
            return ok(LinkedData.person(read(service.findPerson(id), PersonDetail.class), texts::text, iris()));
        }
    }

    @Path("/api/v1/bodies")
    public static class Bodies extends Base {
        @Inject
        BodyService service;

        @GET
        @Path("/{id}")
        @Produces(LD_JSON_PRODUCED)
        @APIResponse(responseCode = "200", description = "The body; as JSON-LD with Accept: application/ld+json",
                content = @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "schema.org Organization with an inline context; citations as W3C Web Annotations"),
                        examples = @ExampleObject(name = "body", value = LinkedDataExamples.BODY)))
        public Response get(@PathParam("id") String id) {
            return ok(LinkedData.body(read(service.findBody(id), BodyDetail.class), texts::text, iris()));
        }
    }

    @Path("/api/v1/documents")
    public static class Documents extends Base {
        @Inject
        DocumentService service;

        @GET
        @Path("/{id}")
        @Produces(LD_JSON_PRODUCED)
        @APIResponse(responseCode = "200", description = "The document; as JSON-LD with Accept: application/ld+json",
                content = @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "schema.org Message (letters, notes, telegrams), Article, Book, Report or"
                                + " CreativeWork with an inline context; citations as W3C Web Annotations"),
                        examples = @ExampleObject(name = "document", value = LinkedDataExamples.DOCUMENT)))
        public Response get(@PathParam("id") String id) {
            return ok(LinkedData.document(read(service.findDocument(DocumentScope.ALL, id), DocumentDetail.class), texts::text, iris()));
        }
    }

    @Path("/api/v1/letters")
    public static class Letters extends Base {
        @Inject
        DocumentService service;

        @GET
        @Path("/{id}")
        @Produces(LD_JSON_PRODUCED)
        @APIResponse(responseCode = "200", description = "The letter; as JSON-LD with Accept: application/ld+json",
                content = @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "schema.org Message with an inline context, as on /documents/{id}"),
                        examples = @ExampleObject(name = "letter", value = LinkedDataExamples.DOCUMENT)))
        public Response get(@PathParam("id") String id) {
            return ok(LinkedData.document(read(service.findDocument(DocumentScope.LETTERS, id), DocumentDetail.class), texts::text, iris()));
        }
    }

    @Path("/api/v1/events")
    public static class Events extends Base {
        @Inject
        EventService service;

        @GET
        @Path("/{id}")
        @Produces(LD_JSON_PRODUCED)
        @APIResponse(responseCode = "200", description = "The event; as JSON-LD with Accept: application/ld+json",
                content = @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "schema.org Event with participants as Roles, an inline context; citations as W3C"
                                + " Web Annotations"),
                        examples = @ExampleObject(name = "event", value = LinkedDataExamples.EVENT)))
        public Response get(@PathParam("id") String id) {
            return ok(LinkedData.event(read(service.findEvent(id), EventDetail.class), texts::text, iris()));
        }
    }

    @Path("/api/v1/congresses")
    public static class Congresses extends Base {
        @Inject
        CongressService service;

        @GET
        @Path("/{id}")
        @Produces(LD_JSON_PRODUCED)
        @APIResponse(responseCode = "200", description = "The congress; as JSON-LD with Accept: application/ld+json",
                content = @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                        description = "schema.org Event with organizer and location, an inline context; citations as W3C"
                                + " Web Annotations"),
                        examples = @ExampleObject(name = "congress", value = LinkedDataExamples.CONGRESS)))
        public Response get(@PathParam("id") String id) {
            return ok(LinkedData.congress(read(service.findCongress(id), CongressDetail.class), texts::text, iris()));
        }
    }
}
