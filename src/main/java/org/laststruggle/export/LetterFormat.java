package org.laststruggle.export;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.laststruggle.annotation.Representations;
import org.laststruggle.problem.ApiProblem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/letters?format=cmif}: the CMIF for clients that cannot send an Accept header
 * (harvesters such as correspSearch's fetch a URL as it is). Before the request is matched to a
 * resource, format=cmif or format=json stands for the Accept header; any other value is a 400.
 */
public class LetterFormat {

    @ServerRequestFilter(preMatching = true)
    public void acceptFromFormat(ContainerRequestContext ctx) {
        if (!"/api/v1/letters".equals(ctx.getUriInfo().getPath())) {
            return;
        }
        String format = ctx.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || format.isBlank()) {
            return;
        }
        switch (format.strip()) {
            case "cmif" -> ctx.getHeaders().putSingle(HttpHeaders.ACCEPT, Representations.TEI_XML);
            case "json" -> ctx.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            default -> throw ApiProblem.badParameter("format", "must be json (the default, a page of letters) or cmif"
                    + " (every letter as one CMIF document), was '" + ApiProblem.shorten(format) + "'");
        }
    }
}
