package org.laststruggle.timeline;

import org.laststruggle.common.Citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.laststruggle.problem.ApiProblem;
import org.laststruggle.common.CitationDto;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;
import org.laststruggle.common.Ref;
import org.laststruggle.database.Rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Events, documents and congresses in one chronological list. One query for the page (a UNION ALL
 * of the three tables, with the total as a window count), one for the persons of the page's
 * entries and, for the export formats, one for their citations: a constant number of statements
 * whatever the page size (plus one to check the person filter when it is given).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TimelineService {

    private static final String ORDER = " order by t.date_sort nulls last, t.kind, t.id";

    /** The most entries one TimelineJS3 or vis-timeline document holds (the whole curated chronology is a few hundred). */
    public static final int MAX_EXPORT = 5_000;

    /**
     * Every entry that matches the query, in timeline order, with the citations the export formats
     * show: the same statements as a page, without the paging. At most {@link #MAX_EXPORT} + 1
     * entries are read, so that the caller can tell when there are more.
     */
    public List<TimelineEntry> findChronology(TimelineQuery query) {
        return findTimeline(query, new PageRequest(0, MAX_EXPORT + 1), true).items();
    }

    public Page<TimelineEntry> findTimeline(TimelineQuery query, PageRequest pr, boolean withSources) {
        if (query.person() != null) {
            checkAgent(query.person());
        }
        if (query.kinds().isEmpty()) {
            return pr.page(List.of(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        List<String> branches = new ArrayList<>();
        if (query.kinds().contains("event")) {
            branches.add(branch("event", "e", "e.title", "e.type", "e.summary", eventWhere(query, params), query, params));
        }
        if (query.kinds().contains("document")) {
            branches.add(branch("document", "d", "d.title", "d.kind", "d.summary", documentWhere(query, params), query, params));
        }
        if (query.kinds().contains("congress")) {
            branches.add(branch("congress", "c", "c.name", "c.kind", "c.summary", new ArrayList<>(), query, params));
        }
        if (query.q() != null) {
            params.put("q", query.q());
        }
        String union = String.join(" union all ", branches);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        // Citations are counted for the rows of the page only, not for every row of the window.
        List<Tuple> rows = Rows.query("select t.*, (select count(*) from citation ci where ci.subject_type = t.kind"
                + " and ci.subject_id = t.id) as citation_count from (select u.*, count(*) over () as total from ("
                + union + ") u" + ORDER.replace("t.", "u.") + " limit :limit offset :offset) t" + ORDER, params);
        long total;
        if (rows.isEmpty()) {
            Map<String, Object> countParams = new HashMap<>(params);
            countParams.remove("limit");
            countParams.remove("offset");
            total = pr.offset() == 0 ? 0 : Rows.longValue(Rows.query("select count(*) as total from (" + union + ") t",
                    countParams).get(0), "total");
            return pr.page(List.of(), total);
        }
        total = Rows.longValue(rows.get(0), "total");
        List<String> ids = rows.stream().map(t -> Rows.str(t, "id")).toList();
        Map<String, List<Ref>> persons = persons(ids);
        Map<String, List<TimelineEntry.Source>> sources = withSources ? sources(ids) : Map.of();
        List<TimelineEntry> entries = new ArrayList<>(rows.size());
        for (Tuple t : rows) {
            String id = Rows.str(t, "id");
            entries.add(new TimelineEntry(id, Rows.str(t, "kind"), Rows.str(t, "title"), Rows.str(t, "type"),
                    Rows.histDate(t, "date"), Rows.str(t, "summary"), persons.getOrDefault(id, List.of()),
                    Rows.integer(t, "citation_count"), sources.getOrDefault(id, List.of())));
        }
        return pr.page(entries, total);
    }

    private static void checkAgent(String id) {
        List<Tuple> found = Rows.query("select id from person where id = :id union all select id from body where id = :id",
                Map.of("id", id));
        if (found.isEmpty()) {
            throw ApiProblem.badParameter("person", "must be the id of a person or body (list them with GET /api/v1/persons),"
                    + " no one has the id '" + ApiProblem.shorten(id) + "'");
        }
    }

    private static List<String> eventWhere(TimelineQuery query, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (query.type() != null) {
            where.add("e.type = :type");
            params.put("type", query.type());
        }
        if (query.person() != null) {
            where.add("exists (select 1 from event_agent a where a.event_id = e.id and a.agent_id = :person)");
            params.put("person", query.person());
        }
        return where;
    }

    private static List<String> documentWhere(TimelineQuery query, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (query.topLevel()) {
            where.add("d.part_of is null");
        }
        if (query.person() != null) {
            where.add("exists (select 1 from document_agent a where a.document_id = d.id and a.agent_id = :person)");
            params.put("person", query.person());
        }
        return where;
    }

    private static String branch(String kind, String alias, String title, String type, String summary, List<String> where,
            TimelineQuery query, Map<String, Object> params) {
        where.add(alias + ".date_edtf is not null"); // an undated congress has no place on a timeline
        if (!query.dates().isEmpty()) {
            where.add(query.dates().sql(alias + ".date_days", params));
        }
        if (query.q() != null) {
            // the title, the summary, or a quote cited for the entry, in its reading form ("arrangement", not "ar- rangement")
            where.add("(strpos(ls_norm(" + title + " || ' ' || coalesce(" + summary + ", '')), ls_norm(:q)) > 0"
                    + " or exists (select 1 from citation qc where qc.subject_type = '" + kind + "' and qc.subject_id = "
                    + alias + ".id and strpos(ls_norm(qc.reading), ls_norm(:q)) > 0))");
        }
        return "select '" + kind + "' as kind, " + alias + ".id as id, " + title + " as title, " + type + " as type, "
                + summary + " as summary, " + Rows.dateColumns(alias, "date")
                + " from " + kind + " " + alias + " where " + (where.isEmpty() ? "true" : String.join(" and ", where));
    }

    /** Participants of events and authors, recipients and typists of documents, keyed by entity id. */
    private static Map<String, List<Ref>> persons(List<String> ids) {
        List<Tuple> rows = Rows.query("select a.event_id as sid, a.agent_id, a.agent_type, a.role, 0 as role_ord, a.ord,"
                + " coalesce(p.name, b.name) as name from event_agent a"
                + " left join person p on a.agent_type = 'person' and p.id = a.agent_id"
                + " left join body b on a.agent_type = 'body' and b.id = a.agent_id"
                + " where a.event_id in (:ids)"
                + " union all"
                + " select a.document_id, a.agent_id, a.agent_type,"
                + " case a.role when 'dictated_to' then 'dictatedTo' else a.role end,"
                + " case a.role when 'author' then 0 when 'recipient' then 1 else 2 end, a.ord,"
                + " coalesce(p.name, b.name, c.name) from document_agent a"
                + " left join person p on a.agent_type = 'person' and p.id = a.agent_id"
                + " left join body b on a.agent_type = 'body' and b.id = a.agent_id"
                + " left join congress c on a.agent_type = 'congress' and c.id = a.agent_id"
                + " where a.document_id in (:ids)"
                + " order by 1, 5, 6", Map.of("ids", ids));
        Map<String, List<Ref>> out = new HashMap<>();
        for (Tuple t : rows) {
            out.computeIfAbsent(Rows.str(t, "sid"), k -> new ArrayList<>()).add(new Ref(Rows.str(t, "agent_id"),
                    Rows.str(t, "agent_type"), Rows.str(t, "name"), Rows.str(t, "role")));
        }
        return out;
    }

    /** The citations of the entries with their source titles, in curated order. */
    private static Map<String, List<TimelineEntry.Source>> sources(List<String> ids) {
        List<Tuple> rows = Rows.query("select c.subject_id, s.title, c.source_id, c.passage_id, c.start_pos, c.end_pos,"
                + " c.quote, c.reading, c.page from citation c join source s on s.id = c.source_id"
                + " where c.subject_type in ('event', 'document', 'congress') and c.subject_id in (:ids)"
                + " order by c.subject_id, c.ord", Map.of("ids", ids));
        Map<String, List<TimelineEntry.Source>> out = new HashMap<>();
        for (Tuple t : rows) {
            out.computeIfAbsent(Rows.str(t, "subject_id"), k -> new ArrayList<>()).add(new TimelineEntry.Source(
                    Rows.str(t, "title"), CitationDto.of(Rows.str(t, "source_id"), Rows.str(t, "passage_id"),
                            Rows.integer(t, "start_pos"), Rows.integer(t, "end_pos"), Rows.str(t, "quote"), Rows.str(t, "reading"),
                            Rows.integer(t, "page"))));
        }
        return out;
    }
}
