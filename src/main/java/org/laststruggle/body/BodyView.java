package org.laststruggle.body;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A body in the read model: the detail JSON the API serves, rendered at load time. */
@Entity
@Immutable
@Table(name = "body_read")
class BodyView extends PanacheEntityBase {

    @Id
    String id;

    @Column(name = "detail_json")
    String detailJson;
}
