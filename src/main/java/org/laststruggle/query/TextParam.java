package org.laststruggle.query;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/**
 * The free-text filter q, the same wherever it is taken: blank means absent, surrounding white
 * space is ignored, at most 200 characters (code points). What it matches is said by each
 * operation's description.
 */
public class TextParam {

    @QueryParam("q")
    @Parameter(description = "Text to look for, case- and accent-insensitive; at most 200 characters after trimming,"
            + " blank means no filter",
            schema = @Schema(type = SchemaType.STRING, maxLength = ParamCheck.MAX_TEXT, pattern = ParamCheck.TEXT_PATTERN))
    public String q;

    /** The stripped text, or null; a bad value is added to {@code check}. */
    public String read(ParamCheck check) {
        return check.text("q", q);
    }
}
