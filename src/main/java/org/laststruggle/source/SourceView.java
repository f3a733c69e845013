package org.laststruggle.source;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A source in the read model (table source_read). */
@Entity
@Immutable
@Table(name = "source_read")
class SourceView extends ReadModelRow {
}
