package org.laststruggle.document;

import java.util.List;

/** Which documents an endpoint serves: all of them (/documents) or the correspondence (/letters). */
public enum DocumentScope {
    ALL("document", List.of("letter", "note", "article", "resolution", "telegram", "speech", "report", "book", "other")),
    LETTERS("letter", List.of("letter", "note", "telegram"));

    final String noun;
    final List<String> kinds;

    DocumentScope(String noun, List<String> kinds) {
        this.noun = noun;
        this.kinds = kinds;
    }

    public List<String> kinds() {
        return kinds;
    }
}
