package org.laststruggle.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.laststruggle.query.ParamCheck;

/** The shapes the timeline is served in; each body names its own in its format property. */
enum TimelineFormat {
    NATIVE, TIMELINEJS, VIS;

    /** The word the format parameter and the format property use. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TimelineFormat read(ParamCheck check, String value) {
        String v = ParamCheck.optional(value);
        if (v == null) {
            return NATIVE;
        }
        List<String> words = Arrays.stream(values()).map(TimelineFormat::word).toList();
        String word = check.oneOf("format", v, words);
        return word == null ? NATIVE : valueOf(word.toUpperCase(Locale.ROOT));
    }
}
