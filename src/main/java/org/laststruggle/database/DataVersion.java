package org.laststruggle.database;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The version of the curated data this instance serves: the first 16 hex digits of the content
 * hash of the loaded sources and curation files, "none" before anything is loaded. The loader
 * sets it; the HTTP layer keys its ETags and its response cache on it.
 */
@ApplicationScoped
public class DataVersion {

    private volatile String current = "none";

    /** The version served now. */
    public String current() {
        return current;
    }

    /** Called by the loader once the database holds the data of {@code contentHash} (null: nothing loaded). */
    public void set(String contentHash) {
        current = contentHash == null ? "none" : contentHash.substring(0, Math.min(16, contentHash.length()));
    }
}
