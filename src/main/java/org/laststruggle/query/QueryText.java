package org.laststruggle.query;

import org.laststruggle.problem.ApiProblem;

/**
 * The free-text parameter q, the same on every endpoint that takes it: blank means absent,
 * surrounding white space is ignored, and more than {@link #MAX_LENGTH} characters is a 400
 * problem naming q.
 */
public final class QueryText {

    /** The longest q any endpoint accepts, in characters (UTF-16 units, as Java counts). */
    public static final int MAX_LENGTH = 200;

    private QueryText() {
    }

    /** The stripped text, or null when q is absent or blank; throws a 400 problem when too long. */
    public static String optional(String q) {
        ApiProblem.FieldError e = check(q);
        if (e != null) throw ApiProblem.badRequest(java.util.List.of(e));
        return Params.optional(q);
    }

    /** The error for a too long q, or null when q is fine (absent counts as fine). */
    public static ApiProblem.FieldError check(String q) {
        if (q == null) return null;
        int n = q.strip().length();
        return n > MAX_LENGTH
                ? new ApiProblem.FieldError("q", "must be at most " + MAX_LENGTH + " characters, was " + n)
                : null;
    }
}
