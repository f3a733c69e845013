package org.laststruggle.timeline;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The timeline as vis-timeline items and groups (https://visjs.github.io/vis-timeline/docs/timeline/). */
@Schema(name = "VisTimeline", description = "vis-timeline data: new vis.Timeline(element, items, groups, options)."
        + " The whole chronology that matches the filters, in one document.")
public record VisTimeline(
        @Schema(description = "Always vis for this shape", enumeration = {"vis"}, examples = "vis") String format,
        @Schema(description = "One item per event, document or congress that matches the filters, in date order")
        List<Item> items,
        @Schema(description = "One group per kind present: event, document, congress") List<Group> groups) implements Timeline {

    @Schema(name = "VisTimelineItem", description = "A vis-timeline item. A single day is a 'box' at that day. Anything"
            + " longer (a range, or a month or year whose day is unknown) is a 'range' from earliest to the day AFTER"
            + " latest: vis-timeline treats end as exclusive (an instant), so end = latest + 1 day makes the bar cover"
            + " the last day too. Dates are ISO dates (YYYY-MM-DD).",
            requiredProperties = {"id", "content", "start", "type", "group", "title", "className"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "Our id of the entity (unique)", examples = "letter-to-the-congress-1922-12-23") String id,
            @Schema(description = "The title, HTML-escaped", examples = "Letter to the Congress, note of December 23, 1922") String content,
            @Schema(description = "First possible day", examples = "1922-12-23") LocalDate start,
            @Schema(description = "Only for type range: the day after the last possible day (exclusive)", examples = "1923-01-05") LocalDate end,
            @Schema(description = "box (a single day) or range", examples = "box", enumeration = {"box", "range"}) String type,
            @Schema(description = "Group id: event, document or congress", examples = "document") String group,
            @Schema(description = "Tooltip: the date as the source words it, with (uncertain) / (approximate) / (disputed), and the title",
                    examples = "December 23, 1922: Letter to the Congress, note of December 23, 1922") String title,
            @Schema(description = "CSS classes: the kind, the type, and uncertain / approximate / imprecise (a month or a year"
                    + " whose day is unknown) / disputed (the sources disagree; a set of claimed dates spans from the first"
                    + " to the last claim) / open-end", examples = "document note") String className) {
    }

    @Schema(name = "VisTimelineGroup", description = "A vis-timeline group")
    public record Group(
            @Schema(examples = "event") String id,
            @Schema(examples = "Events") String content) {
    }
}
