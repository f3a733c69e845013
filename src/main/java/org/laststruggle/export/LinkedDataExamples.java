package org.laststruggle.export;

/** OpenAPI examples of the entities' JSON-LD (shortened). */
final class LinkedDataExamples {

    private LinkedDataExamples() {
    }

    static final String PERSON = "{}";
    static final String DOCUMENT = "{}";
    static final String EVENT = "{}";
    static final String CONGRESS = "{}";
}
