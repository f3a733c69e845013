package org.laststruggle.person;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person in the read model: the detail JSON the API serves, rendered at load time. */
@Entity
@Immutable
@Table(name = "person_read")
class PersonView extends PanacheEntityBase {

    @Id
    String id;

    @Column(name = "detail_json")
    String detailJson;
}
