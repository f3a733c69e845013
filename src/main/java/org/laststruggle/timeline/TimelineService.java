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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Events, documents and congresses in one chronological list, from the read model's timeline
 * table, where each entry is stored in the three formats: one statement for the page (plus one to
 * check the person filter when it is given).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TimelineService {

    private final ObjectMapper mapper;

    TimelineService(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Rendered findTimeline(TimelineQuery query, PageRequest pr, TimelineFormat format) {
        if (query.person() != null) {
            checkAgent(query.person());
        }
        Where where = new Where()
                .andIf(query.kinds().isEmpty(), "false")
                .and("kind in (:kinds)", "kinds", query.kinds().size() == TimelineQuery.KINDS.size() || query.kinds().isEmpty()
                        ? null : List.copyOf(query.kinds()))
                .dates("date_range", query.dates().from(), query.dates().to(), query.dates().within())
                .and("type = :type", "type", query.type())
                .hasId("agents", "person", query.person())
                .and("strpos(text_norm, ls_norm(:q)) > 0", "q", query.q())
                .andIf(query.topLevel(), "top_level");
        String column = switch (format) {
            case NATIVE -> "native_json";
            case TIMELINEJS -> "timelinejs_json";
            case VIS -> "vis_json";
        };
        ReadModelQueries.Rows rows = ReadModelQueries.pageRows("timeline_read", column + ", kind", where, pr);
        StringBuilder json = new StringBuilder(256 + rows.rows().size() * 1024);
        switch (format) {
            case NATIVE -> {
                json.append("{\"items\":");
                ReadModelQueries.appendArray(json, rows.rows(), 0);
                json.append(",\"page\":").append(pr.page()).append(",\"size\":").append(pr.size())
                        .append(",\"total\":").append(rows.total()).append('}');
            }
            case TIMELINEJS -> {
                json.append("{\"title\":").append(write(TimelineExports.titleSlide(pr, rows.total()))).append(",\"events\":");
                ReadModelQueries.appendArray(json, rows.rows(), 0);
                json.append('}');
            }
            case VIS -> {
                Set<String> kinds = new LinkedHashSet<>();
                rows.rows().forEach(r -> kinds.add((String) r[1]));
                json.append("{\"items\":");
                ReadModelQueries.appendArray(json, rows.rows(), 0);
                json.append(",\"groups\":").append(write(TimelineExports.visGroups(kinds))).append('}');
            }
        }
        return Rendered.page(json, rows.paging(pr));
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
