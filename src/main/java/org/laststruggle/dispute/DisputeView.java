package org.laststruggle.dispute;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dispute in the read model: its JSON (the same in the list and alone), rendered at load time. */
@Entity
@Immutable
@Table(name = "dispute_read")
class DisputeView extends PanacheEntityBase {

    @Id
    String id;

    String json;
}
