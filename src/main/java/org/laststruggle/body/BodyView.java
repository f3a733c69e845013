package org.laststruggle.body;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A body in the read model (table body_read). */
@Entity
@Immutable
@Table(name = "body_read")
class BodyView extends ReadModelRow {
}
