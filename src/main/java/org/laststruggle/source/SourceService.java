package org.laststruggle.source;

import java.nio.charset.StandardCharsets;

import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.ReadModelRow;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of the sources and their passages: the read model, and the raw texts as loaded. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SourceService {

    public Rendered findSources(PageRequest pr) {
        return ReadModelQueries.page("source_read", "detail_json", new Where(), pr);
    }

    public Rendered findSource(String id) {
        return ReadModelRow.detail(SourceView.class, "source", id);
    }

    /** The raw text exactly as shipped, as UTF-8 bytes. */
    public byte[] findText(String id) {
        Source s = Source.findById(id);
        if (s == null) {
            throw ApiProblem.notFound("source", id);
        }
        return s.text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One page of a source's passages in order, optionally only those on one printed page of the
     * book: 404 for an unknown source; a page outside its pages gives an empty list.
     */
    public Rendered findPassages(String sourceId, Integer printedPage, PageRequest pr) {
        ReadModelRow.find(SourceView.class, "source", sourceId);
        Where where = new Where().and("source_id = :source", "source", sourceId)
                .and("printed_page = :printedPage", "printedPage", printedPage);
        return ReadModelQueries.page("passage_read", "detail_json", where, pr);
    }

    public Rendered findPassage(String id) {
        return ReadModelRow.detail(PassageView.class, "passage", id);
    }
}
