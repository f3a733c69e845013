package org.laststruggle.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.problem.ApiProblem;
import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Citations;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;
import org.laststruggle.common.Ref;
import org.laststruggle.database.Rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of documents: letters, notes, articles, resolutions and the rest. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DocumentService {

    /** The most events or disputes a document detail lists. */
    public static final int MAX_LINKS = 500;

    private static final String COLUMNS = "d.id, d.title, d.kind, d.summary, d.part_of, w.title as part_of_title,"
            + " d.congress_id, c.name as congress_name, " + Rows.dateColumns("d", "date") + ", "
            + Rows.dateColumns("d", "pub");
    private static final String FROM = " from document d left join document w on w.id = d.part_of"
            + " left join congress c on c.id = d.congress_id";
    private static final String ORDER = " order by d.date_sort nulls last, d.part_seq nulls first, d.id";

    private final Citations citations;

    DocumentService(Citations citations) {
        this.citations = citations;
    }

    /**
     * One page of the documents of a scope matching the filter, sorted by date (earliest), then
     * position among the parts of a whole, then id. Statements: one to check the ids given as
     * filters (when there are any), the page, then one each for the agents, the parts, the
     * citations and the publication citations of the page's documents.
     */
    public Page<DocumentSummary> findDocuments(DocumentScope scope, DocumentFilter f, PageRequest pr) {
        checkIds(f);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("d.kind in (:kinds)");
        params.put("kinds", f.kinds().isEmpty() ? scope.kinds() : f.kinds());
        agent(where, params, "author", "author", f.author());
        agent(where, params, "recipient", "recipient", f.recipient());
        agent(where, params, "dictatedTo", "dictated_to", f.dictatedTo());
        where.add(f.dates().sql("d.date_days", params));
        if (f.congress() != null) {
            where.add("d.congress_id = :congress");
            params.put("congress", f.congress());
        }
        if (f.partOf() != null) {
            where.add("d.part_of = :partOf");
            params.put("partOf", f.partOf());
        }
        if (f.q() != null) {
            where.add("ls_norm(d.title) like '%' || ls_norm(:q) || '%' escape '\\'");
            params.put("q", likeEscape(f.q()));
        }
        if (f.topLevel()) {
            where.add("d.part_of is null");
        }
        String condition = String.join(" and ", where);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        List<Tuple> rows = Rows.query("select " + COLUMNS + ", count(*) over () as total" + FROM + " where " + condition
                + ORDER + " limit :limit offset :offset", params);
        long total;
        if (rows.isEmpty()) {
            params.remove("limit");
            params.remove("offset");
            total = Rows.longValue(Rows.query("select count(*) as total from document d where " + condition, params)
                    .get(0), "total");
        } else {
            total = Rows.longValue(rows.get(0), "total");
        }
        List<String> ids = rows.stream().map(t -> Rows.str(t, "id")).toList();
        Embedded e = embedded(ids);
        return pr.page(rows.stream().map(t -> summary(t, e)).toList(), total);
    }

    /** One document of the scope with its events, disputes and appearances; 404 if unknown or out of scope. */
    public DocumentDetail findDocument(DocumentScope scope, String id) {
        List<Tuple> rows = Rows.query("select " + COLUMNS + FROM + " where d.id = :id and d.kind in (:kinds)",
                Map.of("id", id, "kinds", scope.kinds()));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound(scope.noun, id);
        }
        DocumentSummary s = summary(rows.get(0), embedded(List.of(id)));
        List<Ref> events = Rows.query("select e.id, e.title from event_document x join event e on e.id = x.event_id"
                + " where x.document_id = :id order by e.date_sort nulls last, e.id limit :max",
                Map.of("id", id, "max", MAX_LINKS)).stream()
                .map(t -> new Ref(Rows.str(t, "id"), "event", Rows.str(t, "title"))).toList();
        List<Ref> disputes = Rows.query("select x.id, x.question, case when x.subject_id = :id then 'subject' else 'part'"
                + " end as role from dispute x left join document p on p.id = x.subject_id"
                + " where x.subject_type = 'document' and (x.subject_id = :id or p.part_of = :id)"
                + " order by case when x.subject_id = :id then 0 else 1 end, p.date_sort nulls first, p.part_seq"
                + " nulls first, x.id limit :max", Map.of("id", id, "max", MAX_LINKS)).stream()
                .map(t -> new Ref(Rows.str(t, "id"), "dispute", Rows.str(t, "question"), Rows.str(t, "role"))).toList();
        return new DocumentDetail(s.id(), s.title(), s.kind(), s.authors(), s.recipients(), s.date(), s.dictatedTo(),
                s.partOf(), s.parts(), s.congress(), s.firstPublished(), s.summary(), s.citations(), events, disputes,
                appearances(s));
    }

    /** The passages citing the document or its first publication, each once, by source and position. */
    private static List<Appearance> appearances(DocumentSummary s) {
        List<CitationDto> all = new ArrayList<>(s.citations());
        if (s.firstPublished() != null) {
            all.addAll(s.firstPublished().citations());
        }
        all.sort(java.util.Comparator.comparing(CitationDto::sourceId).thenComparingInt(CitationDto::start));
        Map<String, Appearance> out = new LinkedHashMap<>();
        for (CitationDto c : all) {
            out.putIfAbsent(c.passageId(), new Appearance(c.sourceId(), c.passageId(), c.page(), c.passage()));
        }
        return List.copyOf(out.values());
    }

    private static void agent(List<String> where, Map<String, Object> params, String param, String role, String id) {
        if (id == null) {
            return;
        }
        where.add("exists (select 1 from document_agent a where a.document_id = d.id and a.role = '" + role
                + "' and a.agent_id = :" + param + ")");
        params.put(param, id);
    }

    /** Checks in one statement that the ids given as filters exist and are of the right type. */
    private static void checkIds(DocumentFilter f) {
        Set<String> ids = new HashSet<>();
        for (String id : new String[] {f.author(), f.recipient(), f.dictatedTo(), f.congress(), f.partOf()}) {
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Set<String>> types = new HashMap<>();
        for (Tuple t : Rows.query("select 'person' as type, id from person where id in (:ids)"
                + " union all select 'body', id from body where id in (:ids)"
                + " union all select 'congress', id from congress where id in (:ids)"
                + " union all select 'document', id from document where id in (:ids)", Map.of("ids", ids))) {
            types.computeIfAbsent(Rows.str(t, "id"), k -> new HashSet<>()).add(Rows.str(t, "type"));
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String persons = "a person id; list them with GET /api/v1/persons";
        check(errors, types, "author", f.author(), Set.of("person"), persons);
        check(errors, types, "dictatedTo", f.dictatedTo(), Set.of("person"), persons);
        check(errors, types, "recipient", f.recipient(), Set.of("person", "body", "congress"),
                "a person id (list them with GET /api/v1/persons), a body id such as politburo or central-committee,"
                        + " or a congress id (GET /api/v1/congresses)");
        check(errors, types, "congress", f.congress(), Set.of("congress"),
                "a congress id; list them with GET /api/v1/congresses");
        check(errors, types, "partOf", f.partOf(), Set.of("document"),
                "a document id; list the wholes with GET /api/v1/documents?topLevel=true");
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
    }

    private static void check(List<ApiProblem.FieldError> errors, Map<String, Set<String>> types, String param, String id,
            Set<String> allowed, String hint) {
        if (id != null && types.getOrDefault(id, Set.of()).stream().noneMatch(allowed::contains)) {
            errors.add(new ApiProblem.FieldError(param, "must be " + hint + "; no such id: '" + ApiProblem.shorten(id) + "'"));
        }
    }

    /** The collections of a page of documents, each loaded in one statement. */
    private record Embedded(Map<String, Map<String, List<Ref>>> agents, Map<String, List<Ref>> parts,
            Map<String, List<CitationDto>> citations, Map<String, List<CitationDto>> publication) {
    }

    private Embedded embedded(Collection<String> ids) {
        Map<String, Map<String, List<Ref>>> agents = new HashMap<>();
        Map<String, List<Ref>> parts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Tuple t : Rows.query("select a.document_id, a.role, a.agent_type, a.agent_id,"
                    + " coalesce(p.name, b.name, c.name) as name from document_agent a"
                    + " left join person p on a.agent_type = 'person' and p.id = a.agent_id"
                    + " left join body b on a.agent_type = 'body' and b.id = a.agent_id"
                    + " left join congress c on a.agent_type = 'congress' and c.id = a.agent_id"
                    + " where a.document_id in (:ids) order by a.document_id, a.role, a.ord", Map.of("ids", ids))) {
                agents.computeIfAbsent(Rows.str(t, "document_id"), k -> new HashMap<>())
                        .computeIfAbsent(Rows.str(t, "role"), k -> new ArrayList<>())
                        .add(new Ref(Rows.str(t, "agent_id"), Rows.str(t, "agent_type"), Rows.str(t, "name")));
            }
            for (Tuple t : Rows.query("select d.part_of, d.id, d.title from document d where d.part_of in (:ids)"
                    + " order by d.part_of, d.date_sort nulls last, d.part_seq nulls first, d.id", Map.of("ids", ids))) {
                parts.computeIfAbsent(Rows.str(t, "part_of"), k -> new ArrayList<>())
                        .add(new Ref(Rows.str(t, "id"), "document", Rows.str(t, "title")));
            }
        }
        return new Embedded(agents, parts, citations.forSubjects("document", ids), citations.forSubjects("publication", ids));
    }

    private static DocumentSummary summary(Tuple t, Embedded e) {
        String id = Rows.str(t, "id");
        Map<String, List<Ref>> agents = e.agents().getOrDefault(id, Map.of());
        String partOf = Rows.str(t, "part_of");
        String congress = Rows.str(t, "congress_id");
        HistDateDto pubDate = Rows.histDate(t, "pub");
        String pubLabel = Rows.str(t, "pub_label");
        List<CitationDto> pubCites = e.publication().getOrDefault(id, List.of());
        FirstPublished published = pubDate == null && pubLabel == null && pubCites.isEmpty() ? null
                : new FirstPublished(pubDate, pubLabel, pubCites);
        return new DocumentSummary(id, Rows.str(t, "title"), Rows.str(t, "kind"), agents.getOrDefault("author", List.of()),
                agents.getOrDefault("recipient", List.of()), Rows.histDate(t, "date"),
                agents.getOrDefault("dictated_to", List.of()),
                partOf == null ? null : new Ref(partOf, "document", Rows.str(t, "part_of_title")),
                e.parts().getOrDefault(id, List.of()),
                congress == null ? null : new Ref(congress, "congress", Rows.str(t, "congress_name")),
                published, Rows.str(t, "summary"), e.citations().getOrDefault(id, List.of()));
    }

    /** The text with LIKE wildcards escaped (ls_norm leaves backslashes, % and _ alone). */
    private static String likeEscape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
