package org.laststruggle.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.laststruggle.problem.ApiProblem;

/** The shapes the timeline is served in. */
enum TimelineFormat {
    NATIVE, TIMELINEJS, VIS;

    static TimelineFormat of(String value) {
        if (value == null || value.isBlank()) {
            return NATIVE;
        }
        for (TimelineFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
                return f;
            }
        }
        throw ApiProblem.badParameter("format", "must be one of " + names() + ", was '" + ApiProblem.shorten(value) + "'");
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
