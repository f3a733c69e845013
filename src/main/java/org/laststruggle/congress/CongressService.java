package org.laststruggle.congress;

import java.util.Set;

import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.ReadModelRow;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of congresses, conferences and plenums from the read model. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CongressService {

    /** The kinds a curator may give a congress (db/curation/README.md). */
    public static final Set<String> KINDS = org.laststruggle.common.Vocabulary.CONGRESS_KINDS;

    /** The filters of the congress list; null fields do not filter. */
    public record Filter(String kind, DateFilter dates, String q) {
    }

    /** One page of congresses by date, undated ones last (an undated congress matches no date window). */
    public Rendered findCongresses(Filter filter, PageRequest pr) {
        Where where = new Where()
                .and("kind = :kind", "kind", filter.kind())
                .dates("date_days", filter.dates())
                .contains("name_norm", filter.q());
        return ReadModelQueries.page("congress_read", "item_json", where, pr);
    }

    /** One congress with its events, documents and disputes; 404 for an unknown id. */
    public Rendered findCongress(String id) {
        return ReadModelRow.detail(CongressView.class, "congress", id);
    }
}
