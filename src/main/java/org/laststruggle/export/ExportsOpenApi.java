package org.laststruggle.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The exports share paths with the JSON they stand beside (JSON-LD on the detail URLs, CMIF on
 * /letters), so their operations are merged into one per path. Client generators read the first
 * media type of a response as its type: application/json is put first, as it is the default.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExportsOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation op = item.getGET();
            if (op == null || op.getResponses() == null) {
                continue;
            }
            APIResponse ok = op.getResponses().getAPIResponse("200");
            Content content = ok == null ? null : ok.getContent();
            if (content == null || content.getMediaTypes() == null
                    || !content.getMediaTypes().containsKey(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)) {
                continue;
            }
            Map<String, MediaType> ordered = new LinkedHashMap<>();
            ordered.put(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    content.getMediaTypes().get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON));
            content.getMediaTypes().forEach(ordered::putIfAbsent);
            content.setMediaTypes(ordered);
        }
    }
}
