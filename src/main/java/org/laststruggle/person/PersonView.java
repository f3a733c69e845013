package org.laststruggle.person;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person in the read model (table person_read). */
@Entity
@Immutable
@Table(name = "person_read")
class PersonView extends ReadModelRow {
}
