package org.laststruggle.source;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A paragraph-sized span of a source, with its printed page and reading text. */
@Entity
@Immutable
@Table(name = "passage")
public class Passage extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "source_id")
    public String sourceId;
    public int seq;
    @Column(name = "start_pos")
    public int start;
    @Column(name = "end_pos")
    public int end;
    @Column(name = "printed_page")
    public Integer printedPage;
    public String part;
    @Column(name = "book_section")
    public String section;
    @Column(name = "clean_text")
    public String cleanText;
}
