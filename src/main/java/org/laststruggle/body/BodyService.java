package org.laststruggle.body;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Citations;
import org.laststruggle.common.Ref;
import org.laststruggle.database.Rows;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of bodies (the Politburo, the Central Committee ...) and what they take part in. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class BodyService {

    /** The most documents, events or disputes a body detail lists. */
    public static final int MAX_LINKS = 500;

    private final Citations citations;

    BodyService(Citations citations) {
        this.citations = citations;
    }

    /** One page of bodies sorted by name then id: two statements, the page and its citations. */
    public Page<BodySummary> findBodies(PageRequest pr) {
        List<Tuple> rows = Rows.query("select b.id, b.name, b.kind, b.summary, count(*) over () as total from body b"
                + " order by b.name, b.id limit :limit offset :offset", Map.of("limit", pr.size(), "offset", pr.offset()));
        long total = rows.isEmpty()
                ? Rows.longValue(Rows.query("select count(*) as total from body", new HashMap<>()).get(0), "total")
                : Rows.longValue(rows.get(0), "total");
        Map<String, List<CitationDto>> cites = citations.forSubjects("body", rows.stream().map(t -> Rows.str(t, "id")).toList());
        return pr.page(rows.stream().map(t -> new BodySummary(Rows.str(t, "id"), Rows.str(t, "name"), Rows.str(t, "kind"),
                Rows.str(t, "summary"), cites.getOrDefault(Rows.str(t, "id"), List.of()))).toList(), total);
    }

    /** One body with its documents, events and disputes; 404 for an unknown id. */
    public BodyDetail findBody(String id) {
        List<Tuple> rows = Rows.query("select b.id, b.name, b.kind, b.summary from body b where b.id = :id", Map.of("id", id));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("body", id);
        }
        Tuple t = rows.get(0);
        List<Ref> documents = Rows.query("select d.id, d.title, a.role from document_agent a join document d on d.id = a.document_id"
                + " where a.agent_type = 'body' and a.agent_id = :id"
                + " order by d.date_earliest nulls first, d.part_seq nulls first, d.id, a.role limit :max",
                Map.of("id", id, "max", MAX_LINKS)).stream()
                .map(r -> new Ref(Rows.str(r, "id"), "document", Rows.str(r, "title"),
                        "dictated_to".equals(Rows.str(r, "role")) ? "dictatedTo" : Rows.str(r, "role")))
                .toList();
        List<Ref> events = Rows.query("select e.id, e.title, a.role from event_agent a join event e on e.id = a.event_id"
                + " where a.agent_type = 'body' and a.agent_id = :id order by e.date_earliest nulls first, e.id, a.ord limit :max",
                Map.of("id", id, "max", MAX_LINKS)).stream()
                .map(r -> new Ref(Rows.str(r, "id"), "event", Rows.str(r, "title"), Rows.str(r, "role"))).toList();
        List<Ref> disputes = Rows.query("select x.id, x.question from dispute x where x.subject_type = 'body'"
                + " and x.subject_id = :id order by x.id limit :max", Map.of("id", id, "max", MAX_LINKS)).stream()
                .map(r -> new Ref(Rows.str(r, "id"), "dispute", Rows.str(r, "question"), "subject")).toList();
        return new BodyDetail(id, Rows.str(t, "name"), Rows.str(t, "kind"), Rows.str(t, "summary"),
                citations.forSubject("body", id), documents, events, disputes);
    }
}
