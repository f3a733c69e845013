package org.laststruggle.event;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An event in the read model (table event_read). */
@Entity
@Immutable
@Table(name = "event_read")
class EventView extends ReadModelRow {
}
