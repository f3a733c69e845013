package org.laststruggle.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every error (RFC 9457 problem details). */
@Schema(name = "Problem", description = "An error, as application/problem+json (RFC 9457); errors only for bad parameters",
        requiredProperties = {"type", "title", "status", "detail", "instance"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(
        @Schema(description = "A stable URI naming the kind of error", examples = "https://laststruggle.org/problems/not-found") String type,
        @Schema(description = "A short human title of the kind of error", examples = "Not found") String title,
        @Schema(description = "The HTTP status", examples = "404") int status,
        @Schema(description = "What went wrong and what to change", examples = "No person has the id 'kamenevv'. List them with GET /api/v1/persons.") String detail,
        @Schema(description = "The request path", examples = "/api/v1/persons/kamenevv") String instance,
        @Schema(description = "Each bad request parameter with what to fix") List<ApiProblem.FieldError> errors) {
}
