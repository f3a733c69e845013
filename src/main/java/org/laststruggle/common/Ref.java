package org.laststruggle.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A link to another entity. */
@Schema(description = "A link to another entity: its id, type and display name, and a role where the context gives one"
        + " (absent elsewhere)", requiredProperties = {"id", "type", "name"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ref(
        @Schema(description = "The entity's id", examples = "kamenev") String id,
        @Schema(description = "person, body, congress, document, event or dispute", examples = "person") String type,
        @Schema(description = "Display name or title", examples = "Lev Borisovich Kamenev") String name,
        @Schema(description = "The role in this context (event participants)", examples = "recipient") String role) {

    public Ref(String id, String type, String name) {
        this(id, type, name, null);
    }
}
