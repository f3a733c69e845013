package org.laststruggle.person;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageParams;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "The people of Lenin's last struggle and every spelling of their names")
public class PersonResource {

    static final int MAX_QUERY = org.laststruggle.query.QueryText.MAX_LENGTH;

    private final PersonService service;

    PersonResource(PersonService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPersons", summary = "List persons, sorted by sort name",
            description = "Filter q matches part of the name, the sort name or any variant, ignoring case and accents.")
    public RestResponse<Page<PersonSummary>> list(
            @Parameter(description = "Part of a name or variant, case- and accent-insensitive", example = "fotieva")
            @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return service.findPersons(query(q), paging.request()).response();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get one person with their documents, events and disputes")
    public RestResponse<PersonDetail> get(@Parameter(description = "Person id", example = "fotieva") @PathParam("id") String id) {
        return service.findPerson(id).response();
    }

    private static String query(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String s = q.strip();
        if (s.length() > MAX_QUERY) {
            throw ApiProblem.badParameter("q", "must be at most " + MAX_QUERY + " characters, was " + s.length());
        }
        return s;
    }
}
