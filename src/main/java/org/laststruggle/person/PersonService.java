package org.laststruggle.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** Reads of persons, their names and what they take part in. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PersonService {

    /** The most documents, events or disputes a person detail lists. */
    public static final int MAX_LINKS = 500;

    private static final String PERSON_COLUMNS = "p.id, p.name, p.sort_name, p.summary, "
            + Rows.dateColumns("p", "born") + ", " + Rows.dateColumns("p", "died");

    private final Citations citations;

    PersonService(Citations citations) {
        this.citations = citations;
    }

    /**
     * One page of persons sorted by sort name then id; {@code q} (may be null) matches part of any
     * name or variant after lower-casing and removing accents. Three statements: the page, the
     * variants and the citations of its persons.
     */
    public Page<PersonSummary> findPersons(String q, PageRequest pr) {
        Map<String, Object> params = new HashMap<>();
        String where = "true";
        if (q != null) {
            where = "exists (select 1 from person_name n where n.person_id = p.id and n.norm like '%' || ls_norm(:q) || '%' escape '\\')";
            params.put("q", likeEscape(q));
        }
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        List<Tuple> rows = Rows.query("select " + PERSON_COLUMNS + ", count(*) over () as total from person p where "
                + where + " order by p.sort_name, p.id limit :limit offset :offset", params);
        long total;
        if (rows.isEmpty()) {
            params.remove("limit");
            params.remove("offset");
            total = Rows.longValue(Rows.query("select count(*) as total from person p where " + where, params).get(0),
                    "total");
        } else {
            total = Rows.longValue(rows.get(0), "total");
        }
        List<String> ids = rows.stream().map(t -> Rows.str(t, "id")).toList();
        Names names = names(ids);
        Map<String, List<CitationDto>> cites = citations.forSubjects("person", ids);
        return pr.page(rows.stream().map(t -> {
            String id = Rows.str(t, "id");
            return new PersonSummary(id, Rows.str(t, "name"), Rows.str(t, "sort_name"),
                    names.variants().getOrDefault(id, List.of()), names.misreadings().getOrDefault(id, List.of()),
                    Rows.histDate(t, "born"), Rows.histDate(t, "died"),
                    Rows.str(t, "summary"), cites.getOrDefault(id, List.of()));
        }).toList(), total);
    }

    /** One person with their documents, events and disputes; 404 for an unknown id. */
    public PersonDetail findPerson(String id) {
        List<Tuple> rows = Rows.query("select " + PERSON_COLUMNS + " from person p where p.id = :id", Map.of("id", id));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("person", id);
        }
        Tuple t = rows.get(0);
        Names names = names(List.of(id));
        return new PersonDetail(id, Rows.str(t, "name"), Rows.str(t, "sort_name"),
                names.variants().getOrDefault(id, List.of()), names.misreadings().getOrDefault(id, List.of()),
                Rows.histDate(t, "born"), Rows.histDate(t, "died"),
                Rows.str(t, "summary"), citations.forSubject("person", id), documents(id), events(id), disputes(id));
    }

    /** The other spellings of persons, and the misreadings of their names, by person id, alphabetical. */
    private record Names(Map<String, List<String>> variants, Map<String, List<String>> misreadings) {
    }

    /** Every stored name of each person but the display and sort names: variants, and misreadings apart. */
    private Names names(Collection<String> ids) {
        Names out = new Names(new HashMap<>(), new HashMap<>());
        if (ids.isEmpty()) {
            return out;
        }
        for (Tuple t : Rows.query("select n.person_id, n.name, n.misreading from person_name n join person p on p.id = n.person_id"
                + " where n.person_id in (:ids) and n.name <> p.name and n.name <> p.sort_name"
                + " order by n.person_id, n.name collate \"C\"", Map.of("ids", ids))) {
            (Rows.bool(t, "misreading") ? out.misreadings() : out.variants())
                    .computeIfAbsent(Rows.str(t, "person_id"), k -> new ArrayList<>()).add(Rows.str(t, "name"));
        }
        return out;
    }

    private List<Ref> documents(String id) {
        return Rows.query("select d.id, d.title, a.role from document_agent a join document d on d.id = a.document_id"
                + " where a.agent_type = 'person' and a.agent_id = :id"
                + " order by d.date_sort nulls last, d.part_seq nulls first, d.id, a.role limit :max",
                Map.of("id", id, "max", MAX_LINKS)).stream()
                .map(t -> new Ref(Rows.str(t, "id"), "document", Rows.str(t, "title"), documentRole(Rows.str(t, "role"))))
                .toList();
    }

    static String documentRole(String role) {
        return "dictated_to".equals(role) ? "dictatedTo" : role;
    }

    private List<Ref> events(String id) {
        return Rows.query("select e.id, e.title, a.role from event_agent a join event e on e.id = a.event_id"
                + " where a.agent_type = 'person' and a.agent_id = :id"
                + " order by e.date_sort nulls last, e.id, a.ord limit :max", Map.of("id", id, "max", MAX_LINKS))
                .stream().map(t -> new Ref(Rows.str(t, "id"), "event", Rows.str(t, "title"), Rows.str(t, "role")))
                .toList();
    }

    /** Disputes about the person first, then those about their documents and events by the subject's date. */
    private List<Ref> disputes(String id) {
        return Rows.query("select x.id, x.question, case x.subject_type when 'person' then 'subject' else x.subject_type end"
                + " as role from dispute x"
                + " left join document d on x.subject_type = 'document' and d.id = x.subject_id"
                + " left join event e on x.subject_type = 'event' and e.id = x.subject_id"
                + " where (x.subject_type = 'person' and x.subject_id = :id)"
                + " or (x.subject_type = 'document' and x.subject_id in"
                + "  (select a.document_id from document_agent a where a.agent_type = 'person' and a.agent_id = :id))"
                + " or (x.subject_type = 'event' and x.subject_id in"
                + "  (select a.event_id from event_agent a where a.agent_type = 'person' and a.agent_id = :id))"
                + " order by coalesce(d.date_sort, e.date_sort) nulls first, x.id limit :max",
                Map.of("id", id, "max", MAX_LINKS)).stream()
                .map(t -> new Ref(Rows.str(t, "id"), "dispute", Rows.str(t, "question"), Rows.str(t, "role")))
                .toList();
    }

    /** The text with LIKE wildcards escaped (ls_norm leaves backslashes, % and _ alone). */
    static String likeEscape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
