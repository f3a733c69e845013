package org.laststruggle.query;

/** A body that is one page of a longer list: HttpCaching adds its Link header (first, prev, next, last). */
public interface Paged {
    int page();

    int size();

    long total();
}
