package org.laststruggle.event;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.laststruggle.common.Vocabulary.EventType;
import org.laststruggle.query.ParamCheck;

import jakarta.ws.rs.QueryParam;

/** The filters of /events besides the date window and q. */
public class EventParams {

    @QueryParam("type")
    @Parameter(description = "Only events of this type", example = "dictation",
            schema = @Schema(implementation = EventType.class))
    public String type;

    @QueryParam("person")
    @Parameter(description = "Id of a person or body taking part, in any role; an id no one has is a bad request",
            example = "lenin", schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN,
                    maxLength = ParamCheck.MAX_ID))
    public String person;

    @QueryParam("congress")
    @Parameter(description = "Id of the congress the events belong to; an unknown id is a bad request",
            example = "twelfth-party-congress", schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN,
                    maxLength = ParamCheck.MAX_ID))
    public String congress;

    @QueryParam("document")
    @Parameter(description = "Id of a document the events concern; an unknown id is a bad request",
            example = "letter-to-the-congress", schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN,
                    maxLength = ParamCheck.MAX_ID))
    public String document;
}
