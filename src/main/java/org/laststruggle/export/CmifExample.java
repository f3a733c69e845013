package org.laststruggle.export;

/** The OpenAPI example of the CMIF (shortened to one letter). */
final class CmifExample {

    private CmifExample() {
    }

    static final String VALUE = "";
}
