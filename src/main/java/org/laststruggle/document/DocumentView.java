package org.laststruggle.document;

import org.hibernate.annotations.Immutable;
import org.laststruggle.database.ReadModelRow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A document in the read model (table document_read), with its kind for the /letters scope. */
@Entity
@Immutable
@Table(name = "document_read")
class DocumentView extends ReadModelRow {

    /** letter, note, article ... */
    String kind;
}
