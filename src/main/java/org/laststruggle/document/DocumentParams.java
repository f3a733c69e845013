package org.laststruggle.document;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.DateFilter;

import jakarta.ws.rs.QueryParam;

/** The filter query parameters of /documents and /letters, taken as strings and checked here. */
public class DocumentParams {

    static final int MAX_TEXT = org.laststruggle.query.QueryText.MAX_LENGTH;

    @QueryParam("kind")
    @Parameter(description = "Only documents of these kinds (comma-separated): letter, note, article, resolution,"
            + " telegram, speech, report, book, other (/letters: letter, note, telegram)", example = "note")
    public String kind;

    @QueryParam("author")
    @Parameter(description = "Only documents by this person (a person id)", example = "lenin")
    public String author;

    @QueryParam("recipient")
    @Parameter(description = "Only documents addressed to this person, body or congress (its id)", example = "trotsky")
    public String recipient;

    @QueryParam("dictatedTo")
    @Parameter(description = "Only documents taken down by this person (a person id)", example = "volodicheva")
    public String dictatedTo;

    @QueryParam("from")
    @Parameter(description = "Start of the date window: YYYY, YYYY-MM or YYYY-MM-DD", example = "1922-12")
    public String from;

    @QueryParam("to")
    @Parameter(description = "End of the date window (inclusive): YYYY, YYYY-MM or YYYY-MM-DD", example = "1923-01")
    public String to;

    @QueryParam("match")
    @Parameter(description = "overlaps (default): the document's date touches the window; within: lies inside it",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"overlaps", "within"}, defaultValue = "overlaps"))
    public String match;

    @QueryParam("congress")
    @Parameter(description = "Only documents addressed or read to this congress (a congress id)",
            example = "twelfth-party-congress")
    public String congress;

    @QueryParam("partOf")
    @Parameter(description = "Only the parts of this document (a document id)", example = "letter-to-the-congress")
    public String partOf;

    @QueryParam("q")
    @Parameter(description = "Part of the title, case- and accent-insensitive", example = "testament")
    public String q;

    @QueryParam("topLevel")
    @Parameter(description = "true hides the parts of other documents (the dated notes of the Letter to the Congress)",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String topLevel;

    /** The parsed filter; a 400 problem naming each malformed parameter. */
    public DocumentFilter filter(DocumentScope scope) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        if (kind != null && !kind.isBlank()) {
            for (String k : kind.split(",")) {
                String s = k.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!scope.kinds().contains(s)) {
                    errors.add(new ApiProblem.FieldError("kind", "must be one of " + String.join(", ", scope.kinds())
                            + " (or several, comma-separated), was '" + ApiProblem.shorten(s) + "'"));
                    break;
                }
                if (!kinds.contains(s)) {
                    kinds.add(s);
                }
            }
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
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new ApiProblem.FieldError("q", "must be at most " + MAX_TEXT + " characters, was " + text.length()));
        }
        DateFilter dates = DateFilter.NONE;
        try {
            dates = DateFilter.of(from, to, match);
        } catch (ApiProblem e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        return new DocumentFilter(List.copyOf(kinds), blankToNull(author), blankToNull(recipient), blankToNull(dictatedTo),
                dates, blankToNull(congress), blankToNull(partOf), text, top);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
