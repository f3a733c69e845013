package org.laststruggle.source;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A passage in the read model: its JSON (the same in the list and alone), rendered at load time. */
@Entity
@Immutable
@Table(name = "passage_read")
class PassageView extends PanacheEntityBase {

    @Id
    String id;

    String json;
}
