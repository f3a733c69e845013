package org.laststruggle.timeline;

import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.laststruggle.common.Vocabulary.EventType;
import org.laststruggle.query.ParamCheck;

import jakarta.ws.rs.QueryParam;

/** The parameters of /timeline besides the date window, q and paging. */
public class TimelineParams {

    /** The kinds of entry the timeline can include (the include parameter's words). */
    @Schema(name = "TimelineInclude", description = "A kind of timeline entry, as the include parameter names it")
    public enum Include {
        events, documents, congresses
    }

    @QueryParam("type")
    @Parameter(description = "Only events of this type (documents and congresses are then left out)", example = "dictation",
            schema = @Schema(implementation = EventType.class))
    public String type;

    @QueryParam("person")
    @Parameter(description = "Person or body id: events they take part in and documents they wrote, received or took down"
            + " (congresses are then left out); an id no one has is a bad request", example = "volodicheva",
            schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN, maxLength = ParamCheck.MAX_ID))
    public String person;

    @QueryParam("include")
    @Parameter(description = "The kinds of entry to include, comma-separated (default all)", example = "events,documents",
            style = ParameterStyle.FORM, explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Include.class, uniqueItems = true))
    public String include;

    @QueryParam("topLevel")
    @Parameter(description = "true: leave out the parts of documents (e.g. the dated notes of the Letter to the Congress),"
            + " keep the wholes", example = "false", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String topLevel;

    @QueryParam("format")
    @Parameter(description = "native: a page of TimelineItem (paged); timelinejs: TimelineJS3 JSON; vis: vis-timeline"
            + " items and groups. timelinejs and vis hold every entry that matches the filters in one document (page and"
            + " size do not apply to them). Every body carries the format it is in as its format property.",
            example = "native", schema = @Schema(type = SchemaType.STRING, enumeration = {"native", "timelinejs", "vis"},
                    defaultValue = "native"))
    public String format;
}
