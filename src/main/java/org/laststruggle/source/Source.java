package org.laststruggle.source;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A raw source text. Written only by the curation loader. */
@Entity
@Immutable
@Table(name = "source")
public class Source extends PanacheEntityBase {
    @Id
    public String id;
    public String file;
    public String title;
    public String author;
    public String published;
    public String publisher;
    public String url;
    public String language;
    public String sha256;
    public int length;
    @Column(name = "passage_count")
    public int passageCount;
    public int seq;
    @Basic(fetch = FetchType.LAZY)
    public String text;
}
