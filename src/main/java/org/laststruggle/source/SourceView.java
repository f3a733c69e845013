package org.laststruggle.source;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A source in the read model: its printed page range (to check printedPage filters) and its JSON. */
@Entity
@Immutable
@Table(name = "source_read")
class SourceView extends PanacheEntityBase {

    @Id
    String id;

    @Column(name = "first_page")
    Integer firstPage;

    @Column(name = "last_page")
    Integer lastPage;

    String json;
}
