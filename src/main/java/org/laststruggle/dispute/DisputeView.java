package org.laststruggle.dispute;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A dispute with its claims in the read model (table dispute_read). */
@Entity
@Immutable
@Table(name = "dispute_read")
class DisputeView extends ReadModelRow {
}
