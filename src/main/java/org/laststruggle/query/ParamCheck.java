package org.laststruggle.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.laststruggle.common.Vocabulary;
import org.laststruggle.dates.HistDate;
import org.laststruggle.problem.ApiProblem;

/**
 * Reads the query parameters of one request and collects what is wrong with them, so that a single
 * 400 problem names every bad parameter. Each {@code @BeanParam} class of an endpoint reads its
 * fields through one of these; the resource then calls {@link #done()} before it calls its service.
 * The rules here are the ones the OpenAPI document states for the parameters (the constants below
 * are used in both places): whatever the spec allows, the server takes.
 */
public final class ParamCheck {

    /** The longest free text (q) any endpoint takes, in Unicode code points, after trimming. */
    public static final int MAX_TEXT = 200;
    /** Ids are slugs: lower-case letters and digits in groups joined by single hyphens. */
    public static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_ID = 100;
    /** Free text may hold any character but NUL, which PostgreSQL text cannot hold. */
    public static final String TEXT_PATTERN = "^[^\\u0000]*$";
    /**
     * YYYY, YYYY-MM or YYYY-MM-DD for a real day of years 0001 to 9999 (PostgreSQL's and the
     * proleptic Gregorian calendar's; February 29 only in leap years). Written without look-around,
     * so that every regular expression engine a client may use reads it the same way.
     */
    public static final String DATE_PATTERN = "^(?:"
            + "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)(?:-(?:0[1-9]|1[0-2]))?"
            + "|(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-(?:"
            + "(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
            + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29"
            + ")$";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final Pattern DATE = Pattern.compile(DATE_PATTERN);

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    /** The stripped value, or null when absent or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Records a bad parameter. */
    public void add(String name, String detail) {
        errors.add(new ApiProblem.FieldError(name, detail));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the 400 problem naming every bad parameter read so far, if there is one. */
    public void done() {
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(List.copyOf(errors));
        }
    }

    /** Optional free text: null when blank; at most {@link #MAX_TEXT} code points after trimming. */
    public String text(String name, String value) {
        String v = optional(value);
        if (v == null) {
            return null;
        }
        int n = v.codePointCount(0, v.length());
        if (n > MAX_TEXT) {
            add(name, "must be at most " + MAX_TEXT + " characters, was " + n);
            return null;
        }
        return v;
    }

    /** Required free text: as {@link #text} but absent or blank is an error too. */
    public String requiredText(String name, String value) {
        if (optional(value) == null) {
            add(name, "is required: the words to search for (1 to " + MAX_TEXT + " characters)");
            return null;
        }
        return text(name, value);
    }

    /** An optional id (a slug); whether anything has it is for the service to check. */
    public String id(String name, String value, String what) {
        String v = optional(value);
        if (v != null && (v.length() > MAX_ID || !ID.matcher(v).matches())) {
            add(name, "must be " + what + " (lower-case letters, digits and hyphens, e.g. kamenev), was '"
                    + ApiProblem.shorten(value) + "'");
            return null;
        }
        return v;
    }

    /** An optional word of a vocabulary: null when absent. */
    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> vocabulary) {
        String v = optional(value);
        if (v == null) {
            return null;
        }
        for (E e : vocabulary.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        add(name, "must be one of " + String.join(", ", Vocabulary.names(vocabulary.getEnumConstants())) + ", was '"
                + ApiProblem.shorten(value) + "'");
        return null;
    }

    /** An optional word of a list given in the order it is to be shown in messages: null when absent. */
    public String oneOf(String name, String value, Collection<String> allowed) {
        String v = optional(value);
        if (v != null && !allowed.contains(v)) {
            add(name, "must be one of " + String.join(", ", allowed) + ", was '" + ApiProblem.shorten(value) + "'");
            return null;
        }
        return v;
    }

    /**
     * A comma-separated list of words of a vocabulary, duplicates and empty items dropped, in the
     * order given; empty when absent (the caller decides what that means).
     */
    public Set<String> listOf(String name, String value, Collection<String> allowed) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String part : value.split(",", -1)) {
            String k = part.strip();
            if (k.isEmpty()) {
                continue;
            }
            if (!allowed.contains(k)) {
                add(name, "must be one of " + String.join(", ", allowed) + " (or several, comma-separated), was '"
                        + ApiProblem.shorten(k) + "'");
                return new LinkedHashSet<>();
            }
            out.add(k);
        }
        return out;
    }

    /** An optional whole number within [min, max]; {@code absent} when blank. */
    public int integer(String name, String value, int min, int max, int absent, String what) {
        String v = optional(value);
        if (v == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(name, "must be " + what + ", was '" + ApiProblem.shorten(value) + "'");
        return absent;
    }

    /** An optional true or false; false when absent. */
    public boolean bool(String name, String value) {
        String v = optional(value);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        add(name, "must be true or false, was '" + ApiProblem.shorten(value) + "'");
        return false;
    }

    /**
     * One end of a date window (YYYY, YYYY-MM or YYYY-MM-DD): the first day it covers when
     * {@code side} is 0, the last when 1; null when absent or bad.
     */
    public LocalDate dateBound(String name, String value, int side) {
        String v = optional(value);
        if (v == null) {
            return null;
        }
        if (DATE.matcher(v).matches()) {
            try {
                return HistDate.parseQueryBound(v)[side];
            } catch (IllegalArgumentException | DateTimeException e) {
                // reported below
            }
        }
        add(name, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD, a real day of the years 0001 to 9999 (e.g. 1922-12),"
                + " was '" + ApiProblem.shorten(value) + "'");
        return null;
    }
}
