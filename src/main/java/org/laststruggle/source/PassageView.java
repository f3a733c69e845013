package org.laststruggle.source;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A passage in the read model (table passage_read). */
@Entity
@Immutable
@Table(name = "passage_read")
class PassageView extends ReadModelRow {
}
