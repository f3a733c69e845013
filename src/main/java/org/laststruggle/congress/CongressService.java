package org.laststruggle.congress;

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

/** Reads of congresses, conferences and plenums. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CongressService {

    /** The kinds a curator may give a congress (db/curation/README.md). */
    public static final Set<String> KINDS = org.laststruggle.common.Vocabulary.CONGRESS_KINDS;

    private static final String COLUMNS = "c.id, c.name, c.body, c.number, c.kind, c.place, c.summary, "
            + Rows.dateColumns("c", "date");
    private static final String ORDER = " order by c.date_sort nulls last, c.id";

    private final Citations citations;

    CongressService(Citations citations) {
        this.citations = citations;
    }

    /** The filters of the congress list; null fields do not filter. */
    public record Filter(String kind, DateFilter dates, String q) {
    }

    /** One page of congresses: one query for the page, one for the citations of its congresses. */
    public Page<CongressSummary> findCongresses(Filter filter, PageRequest pr) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        List<Tuple> rows = Rows.query("select " + COLUMNS + ", count(*) over () as total from congress c where " + where
                + ORDER + " limit :limit offset :offset", params);
        long total = rows.isEmpty() ? count(where, params) : Rows.longValue(rows.get(0), "total");
        Map<String, List<CitationDto>> cites = citations.forSubjects("congress",
                rows.stream().map(t -> Rows.str(t, "id")).toList());
        return pr.page(rows.stream().map(t -> summary(t, cites)).toList(), total);
    }

    public CongressDetail findCongress(String id) {
        List<Tuple> rows = Rows.query("select " + COLUMNS + " from congress c where c.id = :id", Map.of("id", id));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("congress", id);
        }
        CongressSummary s = summary(rows.get(0), citations.forSubjects("congress", List.of(id)));
        List<Ref> events = Rows.query("select e.id, e.title from event e where e.congress_id = :id"
                + " order by e.date_sort nulls last, e.id", Map.of("id", id))
                .stream().map(t -> new Ref(Rows.str(t, "id"), "event", Rows.str(t, "title"))).toList();
        List<Ref> documents = Rows.query("select d.id, d.title from document d where d.congress_id = :id"
                + " or exists (select 1 from document_agent a where a.document_id = d.id and a.role = 'recipient'"
                + " and a.agent_type = 'congress' and a.agent_id = :id)"
                + " order by d.date_sort nulls last, d.part_seq nulls first, d.id", Map.of("id", id))
                .stream().map(t -> new Ref(Rows.str(t, "id"), "document", Rows.str(t, "title"))).toList();
        List<Ref> disputes = Rows.query("select x.id, x.question from dispute x where x.subject_type = 'congress'"
                + " and x.subject_id = :id order by x.id", Map.of("id", id))
                .stream().map(t -> new Ref(Rows.str(t, "id"), "dispute", Rows.str(t, "question"))).toList();
        return new CongressDetail(s.id(), s.name(), s.body(), s.number(), s.kind(), s.date(), s.place(), s.summary(),
                s.citations(), events, documents, disputes);
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("true");
        if (f.kind() != null) {
            w.append(" and c.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.dates() != null && !f.dates().isEmpty()) {
            // an undated congress has an unbounded range: it matches no date window
            w.append(" and c.date_edtf is not null and ").append(f.dates().sql("c.date_days", params));
        }
        if (f.q() != null) {
            w.append(" and ls_norm(c.name) like '%' || ls_norm(:q) || '%' escape '\\'");
            params.put("q", likeEscape(f.q()));
        }
        return w.toString();
    }

    static String likeEscape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long count(String where, Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.remove("limit");
        p.remove("offset");
        return Rows.longValue(Rows.query("select count(*) as total from congress c where " + where, p).get(0), "total");
    }

    private static CongressSummary summary(Tuple t, Map<String, List<CitationDto>> cites) {
        String id = Rows.str(t, "id");
        return new CongressSummary(id, Rows.str(t, "name"), Rows.str(t, "body"), Rows.integer(t, "number"),
                Rows.str(t, "kind"), Rows.histDate(t, "date"), Rows.str(t, "place"), Rows.str(t, "summary"),
                cites.getOrDefault(id, List.of()));
    }
}
