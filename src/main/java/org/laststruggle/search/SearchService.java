package org.laststruggle.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.common.CitationDto;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;
import org.laststruggle.database.Rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Full-text search (PostgreSQL FTS with the accent-insensitive ls_english configuration) over the
 * passages of the sources and over persons, documents, events and congresses. One SQL statement
 * per request: the hits of all kinds, ranked and paged, with the total as a window count, and
 * the snippets and citations computed for the page's rows only.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SearchService {

    static final List<String> KINDS = org.laststruggle.common.Vocabulary.names(SearchResource.SearchKind.values());

    /** websearch_to_tsquery: words, "quoted phrases", OR and -exclusions. No lexemes (only stop words): no row. */
    private static final String QUERY = "q as (select query from (select websearch_to_tsquery('ls_english', :q) as query) x"
            + " where numnode(query) > 0)";

    /** Every hit: kind, id, title, the text to highlight, rank. Person variants are searched at query time. */
    private static final String HITS = "hits as ("
            + " select 'passage' as kind, p.id, s.title || coalesce(', p. ' || p.printed_page, '') as title,"
            + " p.clean_text as body, ts_rank_cd(p.tsv, q.query) as rank"
            + " from q, passage p join source s on s.id = p.source_id where p.tsv @@ q.query"
            + " union all"
            + " select 'person', pe.id, pe.name, pe.name || '. ' || pe.summary || coalesce(' Also written: ' || v.names || '.', ''),"
            + " ts_rank_cd(pe.tsv || coalesce(v.tsv, ''::tsvector), q.query)"
            + " from q, person pe left join lateral (select string_agg(n.name, ', ' order by n.name)"
            + " filter (where not n.misreading) as names," // misreadings are searched, never shown as names
            + " setweight(to_tsvector('ls_english', string_agg(n.name, ' ')), 'A') as tsv"
            + " from person_name n where n.person_id = pe.id) v on true"
            + " where (pe.tsv || coalesce(v.tsv, ''::tsvector)) @@ q.query"
            + " union all"
            + " select 'document', d.id, d.title, d.title || coalesce('. ' || d.summary, ''), ts_rank_cd(d.tsv, q.query)"
            + " from q, document d where d.tsv @@ q.query"
            + " union all"
            + " select 'event', e.id, e.title, e.title || coalesce('. ' || e.summary, ''), ts_rank_cd(e.tsv, q.query)"
            + " from q, event e where e.tsv @@ q.query"
            + " union all"
            + " select 'congress', c.id, c.name, c.name || coalesce('. ' || c.summary, ''), ts_rank_cd(c.tsv, q.query)"
            + " from q, congress c where c.tsv @@ q.query)";

    private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15,"
            + " MaxFragments=2, FragmentDelimiter=\" … \"";

    private static final String SEARCH = "with " + QUERY + ", " + HITS + ","
            + " page as (select h.*, count(*) over () as total from hits h where h.kind in (:kinds)"
            + " order by h.rank desc, h.id limit :limit offset :offset)"
            // the text is HTML-escaped before highlighting, so <mark> is the only markup in a snippet
            + " select page.kind, page.id, page.title, page.rank, page.total,"
            + " ts_headline('ls_english', replace(replace(replace(page.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),"
            + " q.query, '" + HEADLINE_OPTIONS + "') as snippet,"
            + " coalesce(pp.source_id, ci.source_id) as c_source, coalesce(pp.id, ci.passage_id) as c_passage,"
            + " coalesce(pp.start_pos, ci.start_pos) as c_start, coalesce(pp.end_pos, ci.end_pos) as c_end,"
            + " case when pp.id is not null then pp.printed_page else ci.page end as c_page,"
            + " coalesce(substring(ps.text from pp.start_pos + 1 for pp.end_pos - pp.start_pos), ci.quote) as c_quote,"
            + " coalesce(pp.clean_text, ci.reading) as c_text"
            + " from page cross join q"
            + " left join passage pp on page.kind = 'passage' and pp.id = page.id"
            + " left join source ps on ps.id = pp.source_id"
            + " left join lateral (select c.source_id, c.passage_id, c.start_pos, c.end_pos, c.page, c.quote, c.reading from citation c"
            + " where page.kind <> 'passage' and c.subject_type = page.kind and c.subject_id = page.id"
            + " order by c.ord limit 1) ci on true"
            + " order by page.rank desc, page.id";

    private static final String COUNT = "with " + QUERY + ", " + HITS + " select count(*) as total from hits h"
            + " where h.kind in (:kinds)";

    public Page<SearchHit> findHits(String q, Set<String> kinds, PageRequest pr) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", q);
        params.put("kinds", kinds);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        List<Tuple> rows = Rows.query(SEARCH, params);
        if (rows.isEmpty()) {
            if (pr.offset() == 0) {
                return pr.page(List.of(), 0);
            }
            params.remove("limit");
            params.remove("offset");
            return pr.page(List.of(), Rows.longValue(Rows.query(COUNT, params).get(0), "total"));
        }
        return pr.page(rows.stream().map(SearchService::hit).toList(), Rows.longValue(rows.get(0), "total"));
    }

    private static SearchHit hit(Tuple t) {
        String kind = Rows.str(t, "kind");
        String id = Rows.str(t, "id");
        CitationDto citation = Rows.str(t, "c_source") == null ? null
                : CitationDto.of(Rows.str(t, "c_source"), Rows.str(t, "c_passage"), Rows.integer(t, "c_start"),
                        Rows.integer(t, "c_end"), Rows.str(t, "c_quote"), Rows.str(t, "c_text"), Rows.integer(t, "c_page"));
        return new SearchHit(kind, id, Rows.str(t, "title"), Rows.str(t, "snippet"),
                ((Number) t.get("rank")).doubleValue(), citation, "/api/v1/" + switch (kind) {
                    case "passage" -> "passages";
                    case "person" -> "persons";
                    case "congress" -> "congresses";
                    default -> kind + "s";
                } + "/" + id);
    }
}
