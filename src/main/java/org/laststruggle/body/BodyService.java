package org.laststruggle.body;

import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.ReadModelRow;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of bodies (the Politburo, the Central Committee ...) from the read model: one statement per request. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class BodyService {

    /** The most documents, events or disputes a body detail lists. */
    public static final int MAX_LINKS = 500;

    /** One page of bodies sorted by name then id. */
    public Rendered findBodies(PageRequest pr) {
        return ReadModelQueries.page("body_read", "item_json", new Where(), pr);
    }

    /** One body with its documents, events and disputes; 404 for an unknown id. */
    public Rendered findBody(String id) {
        return ReadModelRow.detail(BodyView.class, "body", id);
    }
}
