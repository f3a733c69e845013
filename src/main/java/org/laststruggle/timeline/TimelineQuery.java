package org.laststruggle.timeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.laststruggle.common.Vocabulary.EventType;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.ParamCheck;

/**
 * The filters of the timeline, validated. {@code kinds} is what will actually be listed: a type
 * keeps only events, a person keeps events and documents.
 */
record TimelineQuery(DateFilter dates, Set<String> kinds, String type, String person, String q, boolean topLevel) {

    static final List<String> KINDS = List.of("event", "document", "congress");

    /** Reads the parameters; bad values are added to {@code check}. */
    static TimelineQuery read(ParamCheck check, TimelineParams params, DateFilter dates, String q) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String k : check.listOf("include", params.include, List.of("events", "documents", "congresses"))) {
            kinds.add(switch (k) {
                case "events" -> "event";
                case "documents" -> "document";
                default -> "congress";
            });
        }
        if (kinds.isEmpty()) {
            kinds.addAll(KINDS);
        }
        EventType type = check.oneOf("type", params.type, EventType.class);
        String person = check.id("person", params.person, "the id of a person or body");
        boolean top = check.bool("topLevel", params.topLevel);
        if (type != null) {
            kinds.retainAll(Set.of("event"));
        }
        if (person != null) {
            kinds.remove("congress");
        }
        return new TimelineQuery(dates, kinds, type == null ? null : type.name(), person, q, top);
    }
}
