package org.laststruggle.dispute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.problem.ApiProblem;
import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Citations;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;
import org.laststruggle.common.Ref;
import org.laststruggle.database.Rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of disputes and their claims. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DisputeService {

    /** What a dispute may be about (db/curation/README.md). */
    public static final Set<String> SUBJECT_TYPES = Set.of("person", "body", "congress", "document", "event");

    /** The dispute with its subject's display name, whatever the subject type. */
    private static final String SELECT = "select x.id, x.question, x.subject_type, x.subject_id,"
            + " coalesce(p.name, b.name, c.name, d.title, e.title) as subject_name"
            + " from dispute x"
            + " left join person p on x.subject_type = 'person' and p.id = x.subject_id"
            + " left join body b on x.subject_type = 'body' and b.id = x.subject_id"
            + " left join congress c on x.subject_type = 'congress' and c.id = x.subject_id"
            + " left join document d on x.subject_type = 'document' and d.id = x.subject_id"
            + " left join event e on x.subject_type = 'event' and e.id = x.subject_id";

    private final Citations citations;

    DisputeService(Citations citations) {
        this.citations = citations;
    }

    /** The filters of the dispute list; null fields do not filter. */
    public record Filter(String subject, String subjectType, String q) {
    }

    /**
     * One page of disputes in three statements whatever the page size: the page (with the total), the claims of its
     * disputes, and the citations of those claims.
     */
    public Page<DisputeDto> findDisputes(Filter f, PageRequest pr) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        if (f.subject() != null) {
            where.append(" and x.subject_id = :subject");
            params.put("subject", f.subject());
        }
        if (f.subjectType() != null) {
            where.append(" and x.subject_type = :subjectType");
            params.put("subjectType", f.subjectType());
        }
        if (f.q() != null) {
            where.append(" and (ls_norm(x.question) like '%' || ls_norm(:q) || '%' escape '\\'"
                    + " or exists (select 1 from claim cl where cl.dispute_id = x.id"
                    + " and ls_norm(cl.statement) like '%' || ls_norm(:q) || '%' escape '\\'))");
            params.put("q", f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        Map<String, Object> countParams = new HashMap<>(params);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        List<Tuple> rows = Rows.query(SELECT.replace("select x.id,", "select count(*) over () as total, x.id,")
                + " where " + where + " order by x.id limit :limit offset :offset", params);
        long total = rows.isEmpty()
                ? Rows.longValue(Rows.query("select count(*) as total from dispute x where " + where, countParams).get(0), "total")
                : Rows.longValue(rows.get(0), "total");
        Map<String, List<ClaimDto>> claims = claims(rows.stream().map(t -> Rows.str(t, "id")).toList());
        return pr.page(rows.stream().map(t -> dispute(t, claims)).toList(), total);
    }

    public DisputeDto findDispute(String id) {
        List<Tuple> rows = Rows.query(SELECT + " where x.id = :id", Map.of("id", id));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("dispute", id);
        }
        return dispute(rows.get(0), claims(List.of(id)));
    }

    /** Claims of the given disputes, in curated order, with their citations: two statements. */
    private Map<String, List<ClaimDto>> claims(List<String> disputeIds) {
        Map<String, List<ClaimDto>> out = new HashMap<>();
        if (disputeIds.isEmpty()) {
            return out;
        }
        List<Tuple> rows = Rows.query("select cl.id, cl.dispute_id, cl.statement, cl.value, cl.preferred, cl.reason"
                + " from claim cl where cl.dispute_id in (:ids) order by cl.dispute_id, cl.ord", Map.of("ids", disputeIds));
        Map<String, List<CitationDto>> cites = citations.forSubjects("claim", rows.stream().map(t -> Rows.str(t, "id")).toList());
        for (Tuple t : rows) {
            String id = Rows.str(t, "id");
            List<CitationDto> c = cites.getOrDefault(id, List.of());
            Set<String> sources = new LinkedHashSet<>();
            c.forEach(x -> sources.add(x.sourceId()));
            out.computeIfAbsent(Rows.str(t, "dispute_id"), k -> new ArrayList<>()).add(new ClaimDto(id,
                    Rows.str(t, "statement"), Rows.str(t, "value"), Rows.bool(t, "preferred"), Rows.str(t, "reason"),
                    List.copyOf(sources), c));
        }
        return out;
    }

    private static DisputeDto dispute(Tuple t, Map<String, List<ClaimDto>> claims) {
        String id = Rows.str(t, "id");
        return new DisputeDto(id, Rows.str(t, "question"),
                new Ref(Rows.str(t, "subject_id"), Rows.str(t, "subject_type"), Rows.str(t, "subject_name")),
                claims.getOrDefault(id, List.of()));
    }
}
