package org.laststruggle.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.problem.ApiProblem;
import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Citations;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;
import org.laststruggle.common.Ref;
import org.laststruggle.database.Rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of dated events. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class EventService {

    /** The event types a curator may use (db/curation/README.md). */
    public static final Set<String> TYPES = org.laststruggle.common.Vocabulary.EVENT_TYPES;

    private static final String COLUMNS = "e.id, e.title, e.summary, e.type, e.congress_id, c.name as congress_name, "
            + Rows.dateColumns("e", "date");
    private static final String FROM = " from event e left join congress c on c.id = e.congress_id";
    private static final String ORDER = " order by e.date_sort nulls last, e.id";

    private final Citations citations;

    EventService(Citations citations) {
        this.citations = citations;
    }

    /**
     * The filters of the event list; null fields do not filter. person is a person or body id, congress a congress id,
     * document a document id; unknown ids are bad parameters.
     */
    public record Filter(DateFilter dates, String type, String person, String congress, String document, String q) {
    }

    /**
     * One page of events in four statements whatever the page size: the page (with the total), and the participants,
     * documents and citations of its events, each in one batch.
     */
    public Page<EventSummary> findEvents(Filter filter, PageRequest pr) {
        checkIds(filter);
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        List<Tuple> rows = Rows.query("select " + COLUMNS + ", count(*) over () as total" + FROM + " where " + where
                + ORDER + " limit :limit offset :offset", params);
        long total = rows.isEmpty() ? count(where, params) : Rows.longValue(rows.get(0), "total");
        List<String> ids = rows.stream().map(t -> Rows.str(t, "id")).toList();
        Map<String, List<Ref>> persons = persons(ids);
        Map<String, List<Ref>> documents = documents(ids);
        Map<String, List<CitationDto>> cites = citations.forSubjects("event", ids);
        return pr.page(rows.stream().map(t -> summary(t, persons, documents, cites)).toList(), total);
    }

    public EventDetail findEvent(String id) {
        List<Tuple> rows = Rows.query("select " + COLUMNS + FROM + " where e.id = :id", Map.of("id", id));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("event", id);
        }
        List<String> ids = List.of(id);
        EventSummary s = summary(rows.get(0), persons(ids), documents(ids), citations.forSubjects("event", ids));
        List<Ref> disputes = Rows.query("select x.id, x.question from dispute x where x.subject_type = 'event'"
                + " and x.subject_id = :id order by x.id", Map.of("id", id))
                .stream().map(t -> new Ref(Rows.str(t, "id"), "dispute", Rows.str(t, "question"))).toList();
        return new EventDetail(s.id(), s.title(), s.summary(), s.type(), s.date(), s.persons(), s.documents(),
                s.congress(), s.citations(), disputes);
    }

    /** Unknown ids in the filters are bad parameters, checked in one statement. */
    private static void checkIds(Filter f) {
        if (f.person() == null && f.congress() == null && f.document() == null) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("person", f.person() == null ? "" : f.person());
        params.put("congress", f.congress() == null ? "" : f.congress());
        params.put("document", f.document() == null ? "" : f.document());
        Tuple t = Rows.query("select (exists (select 1 from person where id = :person)"
                + " or exists (select 1 from body where id = :person)) as person_ok,"
                + " exists (select 1 from congress where id = :congress) as congress_ok,"
                + " exists (select 1 from document where id = :document) as document_ok", params).get(0);
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (f.person() != null && !Rows.bool(t, "person_ok")) {
            errors.add(new ApiProblem.FieldError("person", "must be the id of a person or body (see GET /api/v1/persons),"
                    + " was '" + ApiProblem.shorten(f.person()) + "'"));
        }
        if (f.congress() != null && !Rows.bool(t, "congress_ok")) {
            errors.add(new ApiProblem.FieldError("congress", "must be the id of a congress (see GET /api/v1/congresses),"
                    + " was '" + ApiProblem.shorten(f.congress()) + "'"));
        }
        if (f.document() != null && !Rows.bool(t, "document_ok")) {
            errors.add(new ApiProblem.FieldError("document", "must be the id of a document (see GET /api/v1/documents),"
                    + " was '" + ApiProblem.shorten(f.document()) + "'"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("true");
        if (f.dates() != null && !f.dates().isEmpty()) {
            w.append(" and ").append(f.dates().sql("e.date_days", params));
        }
        if (f.type() != null) {
            w.append(" and e.type = :type");
            params.put("type", f.type());
        }
        if (f.person() != null) {
            w.append(" and exists (select 1 from event_agent a where a.event_id = e.id and a.agent_id = :person)");
            params.put("person", f.person());
        }
        if (f.congress() != null) {
            w.append(" and e.congress_id = :congress");
            params.put("congress", f.congress());
        }
        if (f.document() != null) {
            w.append(" and exists (select 1 from event_document ed where ed.event_id = e.id and ed.document_id = :document)");
            params.put("document", f.document());
        }
        if (f.q() != null) {
            w.append(" and (ls_norm(e.title) like '%' || ls_norm(:q) || '%' escape '\\'"
                    + " or ls_norm(coalesce(e.summary, '')) like '%' || ls_norm(:q) || '%' escape '\\')");
            params.put("q", f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        return w.toString();
    }

    private static long count(String where, Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.remove("limit");
        p.remove("offset");
        return Rows.longValue(Rows.query("select count(*) as total" + FROM + " where " + where, p).get(0), "total");
    }

    /** Participants of the given events, in curated order, as Refs with their role. */
    private static Map<String, List<Ref>> persons(List<String> ids) {
        Map<String, List<Ref>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Tuple t : Rows.query("select a.event_id, a.agent_type, a.agent_id, a.role, coalesce(p.name, b.name) as name"
                + " from event_agent a"
                + " left join person p on a.agent_type = 'person' and p.id = a.agent_id"
                + " left join body b on a.agent_type = 'body' and b.id = a.agent_id"
                + " where a.event_id in (:ids) order by a.event_id, a.ord", Map.of("ids", ids))) {
            out.computeIfAbsent(Rows.str(t, "event_id"), k -> new ArrayList<>()).add(new Ref(Rows.str(t, "agent_id"),
                    Rows.str(t, "agent_type"), Rows.str(t, "name"), Rows.str(t, "role")));
        }
        return out;
    }

    /** Documents of the given events, in curated order. */
    private static Map<String, List<Ref>> documents(List<String> ids) {
        Map<String, List<Ref>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Tuple t : Rows.query("select ed.event_id, d.id, d.title from event_document ed"
                + " join document d on d.id = ed.document_id where ed.event_id in (:ids) order by ed.event_id, ed.ord",
                Map.of("ids", ids))) {
            out.computeIfAbsent(Rows.str(t, "event_id"), k -> new ArrayList<>())
                    .add(new Ref(Rows.str(t, "id"), "document", Rows.str(t, "title")));
        }
        return out;
    }

    private static EventSummary summary(Tuple t, Map<String, List<Ref>> persons, Map<String, List<Ref>> documents,
            Map<String, List<CitationDto>> cites) {
        String id = Rows.str(t, "id");
        String congressId = Rows.str(t, "congress_id");
        return new EventSummary(id, Rows.str(t, "title"), Rows.str(t, "summary"), Rows.str(t, "type"),
                Rows.histDate(t, "date"), persons.getOrDefault(id, List.of()), documents.getOrDefault(id, List.of()),
                congressId == null ? null : new Ref(congressId, "congress", Rows.str(t, "congress_name")),
                cites.getOrDefault(id, List.of()));
    }
}
