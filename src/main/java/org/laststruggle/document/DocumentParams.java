package org.laststruggle.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.laststruggle.common.Vocabulary.DocumentKind;
import org.laststruggle.common.Vocabulary.LetterKind;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.ParamCheck;

import jakarta.ws.rs.QueryParam;

/** The filters of /documents and /letters besides kind, the date window and q. */
public class DocumentParams {

    @QueryParam("author")
    @Parameter(description = "Only documents by this person (a person id); an id no one has is a bad request",
            example = "lenin", schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN,
                    maxLength = ParamCheck.MAX_ID))
    public String author;

    @QueryParam("recipient")
    @Parameter(description = "Only documents addressed to this person, body or congress (its id); an id nothing has is a"
            + " bad request", example = "twelfth-party-congress",
            schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN, maxLength = ParamCheck.MAX_ID))
    public String recipient;

    @QueryParam("dictatedTo")
    @Parameter(description = "Only documents taken down by this person (a person id); an id no one has is a bad request",
            example = "volodicheva", schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN,
                    maxLength = ParamCheck.MAX_ID))
    public String dictatedTo;

    @QueryParam("congress")
    @Parameter(description = "Only documents addressed or read to this congress (a congress id); an unknown id is a bad"
            + " request", example = "twelfth-party-congress",
            schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN, maxLength = ParamCheck.MAX_ID))
    public String congress;

    @QueryParam("partOf")
    @Parameter(description = "Only the parts of this document (a document id); an unknown id is a bad request",
            example = "letter-to-the-congress", schema = @Schema(type = SchemaType.STRING, pattern = ParamCheck.ID_PATTERN,
                    maxLength = ParamCheck.MAX_ID))
    public String partOf;

    @QueryParam("topLevel")
    @Parameter(description = "true hides the parts of other documents (the dated notes of the Letter to the Congress)",
            example = "false", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String topLevel;

    /** The kinds of /documents, comma-separated. */
    public static class Kinds {
        @QueryParam("kind")
        @Parameter(description = "Only documents of these kinds, comma-separated (default all)", example = "note",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentKind.class, uniqueItems = true))
        public String kind;
    }

    /** The kinds of /letters, comma-separated. */
    public static class LetterKinds {
        @QueryParam("kind")
        @Parameter(description = "Only letters of these kinds, comma-separated (default all three)", example = "note",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = LetterKind.class, uniqueItems = true))
        public String kind;
    }

    /** The filter; bad values are added to {@code check}. */
    DocumentFilter read(ParamCheck check, DocumentScope scope, String kind, DateFilter dates, String q) {
        List<String> kinds = List.copyOf(check.listOf("kind", kind, scope.kinds()));
        return new DocumentFilter(kinds, check.id("author", author, "the id of a person"),
                check.id("recipient", recipient, "the id of a person, body or congress"),
                check.id("dictatedTo", dictatedTo, "the id of a person"), dates,
                check.id("congress", congress, "the id of a congress"),
                check.id("partOf", partOf, "the id of a document"), q, check.bool("topLevel", topLevel));
    }
}
