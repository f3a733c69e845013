package org.laststruggle.document;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document in the read model: its kind (for the /letters scope) and the detail JSON the API serves. */
@Entity
@Immutable
@Table(name = "document_read")
class DocumentView extends PanacheEntityBase {

    @Id
    String id;

    String kind;

    @Column(name = "detail_json")
    String detailJson;
}
