package org.laststruggle.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An error answered as application/problem+json (RFC 9457). Thrown by resources and services;
 * {@link ProblemMappers} turns it into the response.
 */
public class ApiProblem extends RuntimeException {

    public static final String TYPE_BASE = "https://laststruggle.org/problems/";

    /** One bad request parameter and what to do about it. */
    public record FieldError(String name, String detail) {
    }

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : errors;
    }

    public static ApiProblem badRequest(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.name() + " " + e.detail()).collect(Collectors.joining("; "));
        return new ApiProblem(400, "bad-parameter", "Bad request parameter", "Fix these parameters: " + detail + ".", errors);
    }

    public static ApiProblem badParameter(String name, String detail) {
        return badRequest(List.of(new FieldError(name, detail)));
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(404, "not-found", "Not found", "No " + what + " has the id '" + shorten(id)
                + "'. List them with GET /api/v1/" + plural(what) + ".", List.of());
    }

    private static String plural(String what) {
        return switch (what) {
            case "person" -> "persons";
            case "congress" -> "congresses";
            case "body" -> "bodies";
            case "passage" -> "sources/{sourceId}/passages";
            default -> what + "s";
        };
    }

    /** Echoes a bad value back, bounded and without control characters. */
    public static String shorten(String value) {
        if (value == null) return "";
        String v = value.replaceAll("\\p{Cntrl}", "?");
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }

    public int status() {
        return status;
    }

    public String type() {
        return TYPE_BASE + type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
