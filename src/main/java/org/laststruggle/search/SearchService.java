package org.laststruggle.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laststruggle.common.CitationDto;
import org.laststruggle.database.Rows;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Full-text search (PostgreSQL FTS with the accent-insensitive ls_english configuration) over the
 * passages of the sources and over persons, documents, events and congresses. Native SQL because
 * full-text search is PostgreSQL's: tsvector columns with their GIN indexes, websearch_to_tsquery,
 * ts_rank_cd and ts_headline.
 *
 * <p>What it reads: the hits are found and ordered on the stemmed, indexed tsvector columns of the
 * curated tables (V2, V5: one vector per name, so "does this name alone hold the query?" is an index
 * lookup, and its number of words). The read model's *_norm columns (ls_norm: lower-cased, unaccented,
 * not stemmed, no index for words) cannot answer a web-search query or rank it, so they are not used.
 * The page's passages are read from the read model (passage_read): each row holds the reading text
 * and the citation with its raw quote, rendered at load.
 *
 * <p>The order, in three tiers (documented in the OpenAPI description of /search):
 * <ol>
 * <li>{@code name}: persons, congresses and documents one of whose names (a person's name, sort name
 * or any variant; a congress's name; a document's title) holds every word of the query on its own;
 * the closest name first (fewest distinct words, so an exact name comes first), then id;</li>
 * <li>{@code event-title}: events whose title holds every word; fewest words first, then id;</li>
 * <li>{@code text}: every other hit (the words are in a summary or a passage): rank, then id.</li>
 * </ol>
 *
 * <p>One statement per request, in two phases: first only (kind, id, tier, words, rank) of the hits
 * are ordered and the page is cut; then titles, snippets, citations and the rank of the name hits
 * are computed for the rows of the page only. The name tiers are always ordered and counted whole,
 * by stored integers (ts_rank_cd costs more than the rest of a name hit together, so it is not a key
 * there). The text tier, where the passages are, is ranked only when the page reaches past the name
 * hits, and counted only while the total is under {@code countCap}: past that, the total is a lower
 * bound.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SearchService {

    static final List<String> KINDS = org.laststruggle.common.Vocabulary.names(SearchResource.SearchKind.values());

    private final int countCap;

    SearchService(@ConfigProperty(name = "laststruggle.search.count-cap", defaultValue = "1000") int countCap) {
        if (countCap < 0) {
            throw new IllegalArgumentException("laststruggle.search.count-cap must be 0 or more, was " + countCap);
        }
        this.countCap = countCap;
    }

    /** websearch_to_tsquery: words, "quoted phrases", OR and -exclusions. No lexemes (only stop words): no row. */
    private static final String QUERY = "q as (select query from (select websearch_to_tsquery('ls_english', :q) as query) x"
            + " where numnode(query) > 0)";

    /**
     * Every person the query finds (their vector is the stored one plus all their names), with the
     * fewest words of one name that holds the whole query alone, null when no single name does.
     */
    private static final String PERSONS = "persons as materialized (select pe.id,"
            + " ts_rank_cd(pe.tsv || v.tsv, q.query) as rank,"
            + " (select min(n.words) from person_name n where n.person_id = pe.id and n.tsv @@ q.query) as words"
            + " from q, person pe cross join lateral (select coalesce(setweight(to_tsvector('ls_english',"
            + " string_agg(n.name, ' ')), 'A'), ''::tsvector) as tsv from person_name n where n.person_id = pe.id) v"
            + " where 'person' in (:kinds) and (pe.tsv || v.tsv) @@ q.query)";

    /**
     * Tiers 1 (persons, congresses, documents by name) and 2 (events by title): narrow rows, all of
     * them, without a rank. "x_tsv @@ query" is the name alone; the whole vector must match as well,
     * for -exclusions.
     */
    private static final String NAMED = "named as ("
            + " select 'person' as kind, id, 1 as tier, words from persons where words is not null"
            + " union all"
            + " select 'congress', c.id, 1, c.name_words from q, congress c"
            + " where 'congress' in (:kinds) and c.name_tsv @@ q.query and c.tsv @@ q.query"
            + " union all"
            + " select 'document', d.id, 1, d.title_words from q, document d"
            + " where 'document' in (:kinds) and d.title_tsv @@ q.query and d.tsv @@ q.query"
            + " union all"
            + " select 'event', e.id, 2, e.title_words from q, event e"
            + " where 'event' in (:kinds) and e.title_tsv @@ q.query and e.tsv @@ q.query)";

    /** Tier 3, the text hits: every match whose name does not hold the query (%s: the rank column or 1). */
    private static final String TEXTS = " select 'passage' as kind, p.id, %1$s as rank from q, passage p"
            + " where 'passage' in (:kinds) and p.tsv @@ q.query"
            + " union all"
            + " select 'person', id, %2$s from persons where words is null"
            + " union all"
            + " select 'congress', c.id, %3$s from q, congress c"
            + " where 'congress' in (:kinds) and c.tsv @@ q.query and not c.name_tsv @@ q.query"
            + " union all"
            + " select 'document', d.id, %4$s from q, document d"
            + " where 'document' in (:kinds) and d.tsv @@ q.query and not d.title_tsv @@ q.query"
            + " union all"
            + " select 'event', e.id, %5$s from q, event e"
            + " where 'event' in (:kinds) and e.tsv @@ q.query and not e.title_tsv @@ q.query";

    /**
     * The rows of the page: the first :upto name hits, and, only when they do not fill the page
     * (a one-time filter: otherwise no passage is ranked), the first :upto text hits by rank
     * (text_rank; null for the name hits, whose order has no rank).
     */
    private static final String PAGE = "named_total as (select count(*) as n from named),"
            + " page as (select * from ("
            + " (select kind, id, tier, words, null::real as text_rank from named order by tier, words, id, kind limit :upto)"
            + " union all"
            + " (select kind, id, 3, null::integer, rank from (" + TEXTS.formatted("ts_rank_cd(p.tsv, q.query)", "rank",
                    "ts_rank_cd(c.tsv, q.query)", "ts_rank_cd(d.tsv, q.query)", "ts_rank_cd(e.tsv, q.query)") + ") t"
            + " where (select n from named_total) < :upto order by rank desc, id, kind limit :upto)"
            + " ) x order by tier, words, text_rank desc, id, kind offset :offset limit :limit),"
            // the text hits counted, not ranked, only while the total is under :cap, and only up to one past it:
            // a total that reaches past :cap is a lower bound
            + " text_total as (select count(*) as n from (select 1 from (" + TEXTS.formatted("1", "1", "1", "1", "1") + ") t"
            + " where (select n from named_total) < :cap limit greatest(0, :cap + 1 - (select n from named_total))) x)";

    private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15,"
            + " MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * The second phase, for the page's rows only: title, the text to highlight (HTML-escaped first, so
     * {@code <mark>} is the only markup of a snippet) and the citation. A passage's row of the read
     * model (passage_read, rendered at load) holds its reading text and its citation with the raw
     * quote already cut from the source, so no source text is read here; an entity's first citation
     * is one index lookup in citation. One row with a null kind when the page is empty, for the totals.
     */
    private static final String SEARCH = "with " + QUERY + ", " + PERSONS + ", " + NAMED + ", " + PAGE + ","
            + " hit as (select page.*, pr.detail -> 'citation' as p_citation, case page.kind"
            + " when 'passage' then s.title || coalesce(', p. ' || pr.printed_page, '')"
            + " when 'person' then pe.name when 'congress' then c.name when 'document' then d.title else e.title end as title,"
            + " case page.kind when 'passage' then pr.detail ->> 'text'"
            + " when 'person' then pe.name || '. ' || pe.summary || coalesce(' Also written: ' || ("
            + "select string_agg(n.name, ', ' order by n.name) filter (where not n.misreading)" // misreadings: searched, never shown
            + " from person_name n where n.person_id = pe.id) || '.', '')"
            + " when 'congress' then c.name || coalesce('. ' || c.summary, '')"
            + " when 'document' then d.title || coalesce('. ' || d.summary, '')"
            + " else e.title || coalesce('. ' || e.summary, '') end as body,"
            + " case page.kind when 'person' then (select r.rank from persons r where r.id = page.id)"
            + " when 'congress' then ts_rank_cd(c.tsv, q.query) when 'document' then ts_rank_cd(d.tsv, q.query)"
            + " when 'event' then ts_rank_cd(e.tsv, q.query) end as name_rank"
            + " from page cross join q"
            + " left join lateral (select r.source_id, r.printed_page, r.detail_json::jsonb as detail from passage_read r"
            + " where page.kind = 'passage' and r.id = page.id) pr on true"
            + " left join source s on s.id = pr.source_id"
            + " left join person pe on page.kind = 'person' and pe.id = page.id"
            + " left join congress c on page.kind = 'congress' and c.id = page.id"
            + " left join document d on page.kind = 'document' and d.id = page.id"
            + " left join event e on page.kind = 'event' and e.id = page.id)"
            + " select hit.kind, hit.id, hit.tier, hit.title, coalesce(hit.text_rank, hit.name_rank) as rank,"
            + " named_total.n as named_total, text_total.n as text_total,"
            + " ts_headline('ls_english', replace(replace(replace(hit.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),"
            + " q.query, '" + HEADLINE_OPTIONS + "') as snippet,"
            + " coalesce(hit.p_citation ->> 'sourceId', ci.source_id) as c_source,"
            + " coalesce(hit.p_citation ->> 'passageId', ci.passage_id) as c_passage,"
            + " coalesce((hit.p_citation ->> 'start')::integer, ci.start_pos) as c_start,"
            + " coalesce((hit.p_citation ->> 'end')::integer, ci.end_pos) as c_end,"
            + " case when hit.p_citation is not null then (hit.p_citation ->> 'page')::integer else ci.page end as c_page,"
            + " coalesce(hit.p_citation ->> 'quote', ci.quote) as c_quote,"
            + " coalesce(hit.p_citation ->> 'text', ci.reading) as c_text"
            + " from named_total cross join text_total"
            + " left join hit on true left join q on true"
            + " left join lateral (select c.source_id, c.passage_id, c.start_pos, c.end_pos, c.page, c.quote, c.reading"
            + " from citation c where hit.kind <> 'passage' and c.subject_type = hit.kind and c.subject_id = hit.id"
            + " order by c.ord limit 1) ci on true"
            + " order by hit.tier, hit.words, hit.text_rank desc, hit.id, hit.kind";

    public SearchPage findHits(String q, Set<String> kinds, PageRequest pr) {
        return findHits(q, kinds, pr, countCap);
    }

    /** As {@link #findHits(String, Set, PageRequest)} with another cap on the count of text hits (tests). */
    SearchPage findHits(String q, Set<String> kinds, PageRequest pr, int cap) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", q);
        params.put("kinds", kinds);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        params.put("upto", pr.offset() + pr.size());
        params.put("cap", cap);
        List<Tuple> rows = Rows.query(SEARCH, params);
        Tuple first = rows.get(0);
        long named = Rows.longValue(first, "named_total");
        long text = Rows.longValue(first, "text_total");
        // the text hits were counted only while the total was under the cap, and up to one past it
        boolean lowerBound = named >= cap || named + text > cap;
        long total = named >= cap ? named : Math.min(named + text, cap);
        List<SearchHit> hits = Rows.str(first, "kind") == null ? List.of() : rows.stream().map(SearchService::hit).toList();
        return new SearchPage(hits, pr.page(), pr.size(), total, lowerBound);
    }

    private static SearchHit hit(Tuple t) {
        String kind = Rows.str(t, "kind");
        String id = Rows.str(t, "id");
        CitationDto citation = Rows.str(t, "c_source") == null ? null
                : "passage".equals(kind)
                        ? CitationDto.of(Rows.str(t, "c_source"), Rows.str(t, "c_passage"), Rows.integer(t, "c_start"),
                                Rows.integer(t, "c_end"), Rows.str(t, "c_quote"), Rows.str(t, "c_text"),
                                Rows.integer(t, "c_page"))
                        // a named hit's first citation: the citation table's subject type is the hit's kind
                        : CitationDto.of(kind, id, Rows.str(t, "c_source"), Rows.str(t, "c_passage"),
                                Rows.integer(t, "c_start"), Rows.integer(t, "c_end"), Rows.str(t, "c_quote"),
                                Rows.str(t, "c_text"), Rows.integer(t, "c_page"));
        String match = switch (Rows.integer(t, "tier")) {
            case 1 -> SearchHit.NAME;
            case 2 -> SearchHit.EVENT_TITLE;
            default -> SearchHit.TEXT;
        };
        return new SearchHit(kind, id, Rows.str(t, "title"), Rows.str(t, "snippet"),
                ((Number) t.get("rank")).doubleValue(), match, citation, "/api/v1/" + switch (kind) {
                    case "passage" -> "passages";
                    case "person" -> "persons";
                    case "congress" -> "congresses";
                    default -> kind + "s";
                } + "/" + id);
    }
}
