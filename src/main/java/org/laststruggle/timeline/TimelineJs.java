package org.laststruggle.timeline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The timeline in the TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html):
 * a title slide and one slide per entry. Optional fields are left out rather than sent as null.
 */
@Schema(name = "TimelineJs", description = "TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): pass it"
        + " to new TL.Timeline(element, json). The whole chronology that matches the filters, in one document (TimelineJS3"
        + " ignores the format property).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJs(
        @Schema(description = "Always timelinejs for this shape", enumeration = {"timelinejs"}, examples = "timelinejs")
        String format,
        @Schema(description = "The title slide") Slide title,
        @Schema(description = "One slide per event, document or congress that matches the filters, in date order")
        List<Slide> events) implements Timeline {

    @Schema(name = "TimelineJsSlide", description = "A TimelineJS3 slide object; the title slide has only its text",
            requiredProperties = {"text"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(
            @Schema(description = "Start of the date, with only the precision the date has; absent on the title slide")
            @JsonProperty("start_date") Date startDate,
            @Schema(description = "End of a range (or last year of a decade or century); absent otherwise")
            @JsonProperty("end_date") Date endDate,
            @Schema(description = "The date as the source words it; '?' marks an uncertain date, 'c.' an approximate one",
                    examples = "December 23, 1922") @JsonProperty("display_date") String displayDate,
            @Schema(description = "Headline and HTML text (summary and sources, escaped)") Text text,
            @Schema(description = "Row of the timeline: event, document or congress", examples = "document") String group,
            @Schema(description = "Our id of the entity", examples = "letter-to-the-congress-1922-12-23")
            @JsonProperty("unique_id") String uniqueId) {
    }

    @Schema(name = "TimelineJsDate", description = "A TimelineJS3 date object: year (a number) is required, month and day"
            + " are given only when the date has that precision", requiredProperties = {"year"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Date(
            @Schema(examples = "1922") int year,
            @Schema(description = "1-12", examples = "12") Integer month,
            @Schema(examples = "23") Integer day) {
    }

    @Schema(name = "TimelineJsText", description = "A TimelineJS3 text object (HTML)")
    public record Text(
            @Schema(examples = "Letter to the Congress, note of December 23, 1922") String headline,
            @Schema(description = "HTML: the summary and the sources, with all source text escaped") String text) {
    }
}
