package org.laststruggle.common;

import org.laststruggle.database.Rows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

/** Loads the citations of many subjects in one query. */
@ApplicationScoped
public class Citations {

    /** Citations by subject id, in curated order; subjects without citations are absent. */
    public Map<String, List<CitationDto>> forSubjects(String subjectType, Collection<String> ids) {
        Map<String, List<CitationDto>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Tuple> rows = Rows.query("select subject_id, source_id, passage_id, start_pos, end_pos, quote, reading, page"
                + " from citation where subject_type = :type and subject_id in (:ids) order by subject_id, ord",
                Map.of("type", subjectType, "ids", ids));
        for (Tuple t : rows) {
            out.computeIfAbsent(Rows.str(t, "subject_id"), k -> new ArrayList<>()).add(CitationDto.of(
                    Rows.str(t, "source_id"), Rows.str(t, "passage_id"), Rows.integer(t, "start_pos"),
                    Rows.integer(t, "end_pos"), Rows.str(t, "quote"), Rows.str(t, "reading"), Rows.integer(t, "page")));
        }
        return out;
    }

    public List<CitationDto> forSubject(String subjectType, String id) {
        return forSubjects(subjectType, List.of(id)).getOrDefault(id, List.of());
    }
}
