package org.laststruggle.dispute;

import java.util.Set;

import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.ReadModelRow;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of disputes and their claims from the read model. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DisputeService {

    /** What a dispute may be about (db/curation/README.md). */
    public static final Set<String> SUBJECT_TYPES = Set.of("person", "body", "congress", "document", "event");

    /** The filters of the dispute list; null fields do not filter. q matches the question or any claim. */
    public record Filter(String subject, String subjectType, String q) {
    }

    /** One page of disputes by id. */
    public Rendered findDisputes(Filter f, PageRequest pr) {
        Where where = new Where()
                .and("subject_id = :subject", "subject", f.subject())
                .and("subject_type = :subjectType", "subjectType", f.subjectType())
                .contains("text_norm", f.q());
        return ReadModelQueries.page("dispute_read", "detail_json", where, pr);
    }

    /** One dispute with its claims; 404 for an unknown id. */
    public Rendered findDispute(String id) {
        return ReadModelRow.detail(DisputeView.class, "dispute", id);
    }
}
