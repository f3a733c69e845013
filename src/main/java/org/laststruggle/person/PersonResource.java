package org.laststruggle.person;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;
import org.laststruggle.query.PageRequest;
import org.laststruggle.query.ParamCheck;
import org.laststruggle.query.TextParam;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "The people of Lenin's last struggle and every spelling of their names")
public class PersonResource {

    private final PersonService service;

    PersonResource(PersonService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPersons", summary = "List persons, sorted by sort name",
            description = "Sorted by sort name, then id. q matches part of the name, the sort name or any variant,"
                    + " ignoring case and accents.")
    @Extension(name = "x-q-example", value = "fotieva")
    @Extension(name = "x-q-description", value = "Part of a name, sort name or variant, case- and accent-insensitive; at most 200 characters")
    public RestResponse<Page<PersonSummary>> list(@BeanParam TextParam text, @BeanParam PageParams paging) {
        ParamCheck check = new ParamCheck();
        String q = text.read(check);
        PageRequest page = paging.read(check);
        check.done();
        return service.findPersons(q, page).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get one person with their documents, events and disputes",
            description = "The person's names, dates and citations, with the documents they wrote, received or took down,"
                    + " the events they take part in and the disputes about them, their documents or their events.")
    public RestResponse<PersonDetail> get(@Parameter(description = "Person id", example = "fotieva") @PathParam("id") String id) {
        return service.findPerson(id).response();
    }
}
