package org.laststruggle.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.PageRequest;
import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.ReadModelRow;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of dated events from the read model. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class EventService {

    /** The event types a curator may use (db/curation/README.md). */
    public static final Set<String> TYPES = org.laststruggle.common.Vocabulary.EVENT_TYPES;

    /**
     * The filters of the event list; null fields do not filter. person is a person or body id, congress a congress id,
     * document a document id; unknown ids are bad parameters.
     */
    public record Filter(DateFilter dates, String type, String person, String congress, String document, String q) {
    }

    /**
     * One page of events in chronological order, chosen and counted on event_span (V8): one statement, plus one to
     * check ids given as filters.
     */
    public Rendered findEvents(Filter filter, PageRequest pr) {
        checkIds(filter);
        Where where = new Where()
                .dates("date_days", filter.dates())
                .and("type = :type", "type", filter.type())
                .hasId("agents", "person", filter.person())
                .and("congress_id = :congress", "congress", filter.congress())
                .hasId("documents", "document", filter.document())
                .containsInWide("event_span", "event_read", filter.q());
        return ReadModelQueries.page("event_span", "event_read", "item_json", where, pr);
    }

    /** One event with its participants, documents, citations and disputes; 404 for an unknown id. */
    public Rendered findEvent(String id) {
        return ReadModelRow.detail(EventView.class, "event", id);
    }

    /** Unknown ids in the filters are bad parameters, checked in one statement. */
    private static void checkIds(Filter f) {
        if (f.person() == null && f.congress() == null && f.document() == null) {
            return;
        }
        Object[] t = ReadModelQueries.rows("select (exists (select 1 from person_read where id = :person)"
                + " or exists (select 1 from body_read where id = :person)),"
                + " exists (select 1 from congress_read where id = :congress),"
                + " exists (select 1 from document_read where id = :document)",
                Map.of("person", nonNull(f.person()), "congress", nonNull(f.congress()), "document", nonNull(f.document())))
                .get(0);
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (f.person() != null && !(Boolean) t[0]) {
            errors.add(new ApiProblem.FieldError("person", "must be the id of a person or body (see GET /api/v1/persons),"
                    + " was '" + ApiProblem.shorten(f.person()) + "'"));
        }
        if (f.congress() != null && !(Boolean) t[1]) {
            errors.add(new ApiProblem.FieldError("congress", "must be the id of a congress (see GET /api/v1/congresses),"
                    + " was '" + ApiProblem.shorten(f.congress()) + "'"));
        }
        if (f.document() != null && !(Boolean) t[2]) {
            errors.add(new ApiProblem.FieldError("document", "must be the id of a document (see GET /api/v1/documents),"
                    + " was '" + ApiProblem.shorten(f.document()) + "'"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
