package org.laststruggle.query;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/** The paging query parameters of every list endpoint. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, clamped to 1..100", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
    public String size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
