package org.laststruggle.query;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/** The paging query parameters of every paged list. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number. A page past the last answers an empty items list with the total.",
            example = "0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0",
                    maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page: 0 is served as 1 and anything above 100 as 100 (the page's size field says"
            + " which); negative is a bad request.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "2147483647",
                    defaultValue = "" + PageRequest.DEFAULT_SIZE))
    public String size;

    /** The page asked for; bad values are added to {@code check}. */
    public PageRequest read(ParamCheck check) {
        int p = check.integer("page", page, 0, PageRequest.MAX_PAGE, 0,
                "a whole number from 0 (the first page) to " + PageRequest.MAX_PAGE);
        int s = check.integer("size", size, 0, Integer.MAX_VALUE, PageRequest.DEFAULT_SIZE,
                "a whole number from 0 (served clamped to 1..100)");
        return new PageRequest(p, Math.max(1, Math.min(PageRequest.MAX_SIZE, s)));
    }
}
