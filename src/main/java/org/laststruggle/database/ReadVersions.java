package org.laststruggle.database;

import jakarta.enterprise.context.RequestScoped;

/** The data versions the connections used by one request held (see {@link DataVersion#served}). */
@RequestScoped
public class ReadVersions {

    private String seen;
    private boolean disagree;

    /** A connection of this request held {@code version} (null: it could not be asked). */
    void add(String version) {
        if (version == null || (seen != null && !seen.equals(version))) {
            disagree = true;
        }
        if (seen == null) {
            seen = version;
        }
    }

    String served(String requestVersion) {
        if (disagree) {
            return null;
        }
        return seen == null ? requestVersion : seen;
    }
}
