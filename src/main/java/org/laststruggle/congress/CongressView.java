package org.laststruggle.congress;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A congress, conference or plenum in the read model (table congress_read). */
@Entity
@Immutable
@Table(name = "congress_read")
class CongressView extends ReadModelRow {
}
