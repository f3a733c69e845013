package org.laststruggle.document;

import java.util.List;

/** Which documents an endpoint serves: all of them (/documents) or the correspondence (/letters). */
public enum DocumentScope {
    ALL("document", org.laststruggle.common.Vocabulary.DOCUMENT_KINDS),
    LETTERS("letter", org.laststruggle.common.Vocabulary.LETTER_KINDS);

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
