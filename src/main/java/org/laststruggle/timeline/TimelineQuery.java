package org.laststruggle.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.DateFilter;

/**
 * The filters of the timeline, validated. {@code kinds} is what will actually be listed: a type
 * keeps only events, a person keeps events and documents.
 */
record TimelineQuery(DateFilter dates, Set<String> kinds, String type, String person, String q, boolean topLevel) {

    static final List<String> KINDS = List.of("event", "document", "congress");
    static final List<String> EVENT_TYPES = List.of("health", "meeting", "decision", "dictation", "correspondence",
            "publication", "congress", "conflict", "appointment", "death", "policy", "other");
    static final int MAX_Q = org.laststruggle.query.QueryText.MAX_LENGTH;

    static TimelineQuery of(String from, String to, String match, String type, String person, String q, String include,
            String topLevel) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        DateFilter dates = DateFilter.NONE;
        try {
            dates = DateFilter.of(from, to, match);
        } catch (ApiProblem p) {
            errors.addAll(p.errors());
        }
        Set<String> kinds = new LinkedHashSet<>();
        if (include == null || include.isBlank()) {
            kinds.addAll(KINDS);
        } else {
            for (String part : include.split(",")) {
                String k = part.strip();
                if (k.isEmpty()) {
                    continue;
                }
                String singular = switch (k) {
                    case "events" -> "event";
                    case "documents" -> "document";
                    case "congresses" -> "congress";
                    default -> k;
                };
                if (!KINDS.contains(singular)) {
                    errors.add(new ApiProblem.FieldError("include", "must be a comma list of events, documents, congresses, was '"
                            + ApiProblem.shorten(include) + "'"));
                    break;
                }
                kinds.add(singular);
            }
        }
        String t = blankToNull(type);
        if (t != null && !EVENT_TYPES.contains(t)) {
            errors.add(new ApiProblem.FieldError("type", "must be an event type (" + String.join(", ", EVENT_TYPES)
                    + "), was '" + ApiProblem.shorten(type) + "'"));
        }
        String p = blankToNull(person);
        if (p != null && !p.matches("[a-z0-9-]{1,100}")) {
            errors.add(new ApiProblem.FieldError("person", "must be the id of a person or body (e.g. kamenev), was '"
                    + ApiProblem.shorten(person) + "'"));
        }
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_Q) {
            errors.add(new ApiProblem.FieldError("q", "must be at most " + MAX_Q + " characters, was " + text.length()));
        }
        boolean top = false;
        if (topLevel != null && !topLevel.isBlank()) {
            switch (topLevel.strip()) {
                case "true" -> top = true;
                case "false" -> top = false;
                default -> errors.add(new ApiProblem.FieldError("topLevel", "must be true or false, was '"
                        + ApiProblem.shorten(topLevel) + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        if (t != null) {
            kinds.retainAll(Set.of("event"));
        }
        if (p != null) {
            kinds.remove("congress");
        }
        return new TimelineQuery(dates, kinds, t, p, text, top);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
