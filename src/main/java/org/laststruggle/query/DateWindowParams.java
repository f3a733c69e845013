package org.laststruggle.query;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/**
 * The date window of the dated lists: from and to take YYYY, YYYY-MM or YYYY-MM-DD (a month or a
 * year stands for all its days); match=overlaps keeps what touches the window, within what lies
 * entirely inside it.
 */
public class DateWindowParams {

    @QueryParam("from")
    @Parameter(description = "Start of the date window (inclusive): YYYY, YYYY-MM or YYYY-MM-DD, a real day of the years"
            + " 0001-9999; a year or month starts on its first day", example = "1922-12",
            schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.DATE_PATTERN, maxLength = 10))
    public String from;

    @QueryParam("to")
    @Parameter(description = "End of the date window (inclusive): YYYY, YYYY-MM or YYYY-MM-DD, a real day of the years"
            + " 0001-9999; a year or month ends on its last day. A window that ends before it starts holds nothing.", example = "1923-03",
            schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.DATE_PATTERN, maxLength = 10))
    public String to;

    @QueryParam("match")
    @Parameter(description = "overlaps: keep what has at least one possible day in the window; within: keep only what"
            + " lies entirely inside it (open-ended dates never do)", example = "overlaps",
            schema = @Schema(implementation = DateMatch.class, defaultValue = "overlaps"))
    public String match;

    /** How a date must relate to the window. */
    @Schema(name = "DateMatch", description = "How a date must relate to the date window")
    public enum DateMatch {
        overlaps, within
    }

    /** The window asked for; bad values are added to {@code check}. */
    public DateFilter read(ParamCheck check) {
        LocalDate f = check.dateBound("from", from, 0);
        LocalDate t = check.dateBound("to", to, 1);
        DateMatch m = check.oneOf("match", match, DateMatch.class);
        return new DateFilter(f, t, m == DateMatch.within);
    }
}
