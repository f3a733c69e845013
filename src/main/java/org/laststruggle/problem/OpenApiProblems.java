package org.laststruggle.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every /api/v1 operation can give (400 for operations with
 * query parameters, 404 for those with an id, 406 and 503 for all), so the spec promises
 * exactly what {@link ProblemMappers} does.
 */
public class OpenApiProblems implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> e : openAPI.getPaths().getPathItems().entrySet()) {
            if (!e.getKey().startsWith("/api/")) {
                continue;
            }
            Operation op = e.getValue().getGET();
            if (op == null) {
                continue;
            }
            APIResponses rs = op.getResponses();
            boolean hasQuery = op.getParameters() != null && op.getParameters().stream()
                    .anyMatch(p -> p.getIn() != null && p.getIn().name().equals("QUERY"));
            if (hasQuery) add(rs, "400", "A bad parameter: the body names each one and what to fix");
            if (e.getKey().contains("{")) add(rs, "404", "No entity has this id");
            add(rs, "406", "The Accept header asks for a media type this operation does not produce");
            APIResponse unavailable = add(rs, "503", "The database is unavailable; retry after the Retry-After seconds");
            if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
                unavailable.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            APIResponse ok = rs.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", OASFactory.createHeader().description("Strong validator; send it back in If-None-Match")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                if (op.getOperationId() != null && op.getOperationId().startsWith("list")) {
                    ok.addHeader("Link", OASFactory.createHeader()
                            .description("RFC 8288 links to the first, prev, next and last pages")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                }
            }
            if (rs.getAPIResponse("304") == null) {
                rs.addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified (If-None-Match matched the ETag)"));
            }
        }
    }

    private static APIResponse add(APIResponses rs, String code, String description) {
        APIResponse r = rs.getAPIResponse(code);
        if (r == null) {
            r = OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                    .addMediaType(ProblemMappers.PROBLEM_JSON, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            rs.addAPIResponse(code, r);
        }
        return r;
    }

    static List<String> codes() {
        return List.of("400", "404", "406", "503");
    }
}
