package org.laststruggle.timeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.PageRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Events, documents and congresses in one chronological list, from the read model's timeline
 * table, where each entry is stored in the three formats; the page is chosen and counted on its
 * narrow companion timeline_span. One statement per request (plus one to check the person filter
 * when it is given).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TimelineService {

    /** The most entries one TimelineJS3 or vis-timeline document holds (the whole curated chronology is a few hundred). */
    public static final int MAX_EXPORT = 5_000;

    /** Writes JSON as the read model stores it ({@link Rendered#jsonWriter}), so the assembled document stays Latin-1. */
    private final ObjectWriter mapper;

    TimelineService(ObjectMapper mapper) {
        this.mapper = Rendered.jsonWriter(mapper);
    }

    /** One page of the timeline in the native format: {"format":"native","items":[...],"page":n,"size":n,"total":n}. */
    public Rendered findTimeline(TimelineQuery query, PageRequest pr) {
        ReadModelQueries.Rows rows = ReadModelQueries.pageRows("timeline_span", "timeline_read", "native_json", where(query), pr);
        return Rendered.builder(256 + rows.bytes(0)).append("{\"format\":\"native\",\"items\":").array(rows.json(0))
                .append(",\"page\":").append(pr.page()).append(",\"size\":").append(pr.size())
                .append(",\"total\":").append(rows.total()).append('}').page(rows.paging(pr));
    }

    /**
     * The whole chronology that matches the query as one TimelineJS3 or vis-timeline document; a
     * bad request when more than {@link #MAX_EXPORT} entries match.
     */
    public Rendered findChronology(TimelineQuery query, TimelineFormat format) {
        boolean tljs = format == TimelineFormat.TIMELINEJS;
        ReadModelQueries.Rows rows = ReadModelQueries.pageRows("timeline_span", "timeline_read", (tljs ? "timelinejs_json" : "vis_json")
                + ", kind", where(query), new PageRequest(0, MAX_EXPORT + 1));
        if (rows.rows().size() > MAX_EXPORT) {
            throw ApiProblem.badParameter("from", "must narrow the window: more than " + MAX_EXPORT
                    + " entries match, the most one " + format.word() + " document holds");
        }
        Rendered.Builder json = Rendered.builder(1024 + rows.bytes(0));
        if (tljs) {
            json.append("{\"format\":\"timelinejs\",\"title\":").append(write(TimelineExports.titleSlide(rows.rows().size())))
                    .append(",\"events\":").array(rows.json(0));
        } else {
            Set<String> kinds = new LinkedHashSet<>();
            rows.rows().forEach(r -> kinds.add((String) r[1]));
            json.append("{\"format\":\"vis\",\"items\":").array(rows.json(0))
                    .append(",\"groups\":").append(write(TimelineExports.visGroups(kinds)));
        }
        return json.append('}').build();
    }

    /**
     * The filters of a query, on timeline_span (V7: the narrow rows the page is chosen and counted
     * on); q, whose text is too wide for it, looks each candidate up in timeline_read. An unknown
     * person or body is a bad parameter.
     */
    private static Where where(TimelineQuery query) {
        if (query.person() != null) {
            checkAgent(query.person());
        }
        return new Where()
                .andIf(query.kinds().isEmpty(), "false")
                .and("kind in (:kinds)", "kinds", query.kinds().size() == TimelineQuery.KINDS.size() || query.kinds().isEmpty()
                        ? null : List.copyOf(query.kinds()))
                .dates("date_days", query.dates())
                .and("type = :type", "type", query.type())
                .hasId("agents", "person", query.person())
                .containsInWide("timeline_span", "timeline_read", query.q())
                .andIf(query.topLevel(), "top_level");
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkAgent(String id) {
        if (ReadModelQueries.strings("select id from person_read where id = :id union all select id from body_read"
                + " where id = :id", Map.of("id", id)).isEmpty()) {
            throw ApiProblem.badParameter("person", "must be the id of a person or body (list them with GET /api/v1/persons),"
                    + " no one has the id '" + ApiProblem.shorten(id) + "'");
        }
    }
}
