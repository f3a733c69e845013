package org.laststruggle.query;

import org.laststruggle.problem.ApiProblem;

import java.util.Set;
import java.util.TreeSet;

/** Small helpers every resource uses to read its query parameters the same way. */
public final class Params {

    private Params() {
    }

    /** The stripped value, or null when the parameter is absent or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The stripped value, null when absent; a 400 problem naming the parameter when not one of {@code allowed}. */
    public static String oneOf(String name, String value, Set<String> allowed) {
        String v = optional(value);
        if (v != null && !allowed.contains(v)) {
            throw ApiProblem.badParameter(name, "must be one of " + String.join(", ", new TreeSet<>(allowed))
                    + ", was '" + ApiProblem.shorten(value) + "'");
        }
        return v;
    }
}
