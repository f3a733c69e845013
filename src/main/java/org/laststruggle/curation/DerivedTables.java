package org.laststruggle.curation;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Tables computed from the checked data (the read model the API serves), written by the loader in
 * the same transaction as the curated tables, right after them: readers see both change at once.
 */
public interface DerivedTables {

    /** Replaces the derived tables' content with what {@code data} gives, on the loader's connection. */
    void replaceAll(Connection c, CurationValidator.Resolved data) throws SQLException;
}
