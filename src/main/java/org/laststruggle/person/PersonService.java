package org.laststruggle.person;

import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.ReadModelRow;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of persons from the read model: one statement per request. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PersonService {

    /** The most documents, events or disputes a person detail lists. */
    public static final int MAX_LINKS = 500;

    /**
     * One page of persons sorted by sort name then id; {@code q} (may be null) matches part of any
     * name or variant after lower-casing and removing accents.
     */
    public Rendered findPersons(String q, PageRequest pr) {
        return ReadModelQueries.page("person_read", "item_json", new Where().contains("names_norm", q), pr);
    }

    /** One person with their documents, events and disputes; 404 for an unknown id. */
    public Rendered findPerson(String id) {
        return ReadModelRow.detail(PersonView.class, "person", id);
    }
}
