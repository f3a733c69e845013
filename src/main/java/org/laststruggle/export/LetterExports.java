package org.laststruggle.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.laststruggle.annotation.Iris;
import org.laststruggle.curation.CurationService;
import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.Where;
import org.laststruggle.document.DocumentFilter;
import org.laststruggle.document.DocumentScope;
import org.laststruggle.document.DocumentService;
import org.laststruggle.document.DocumentSummary;
import org.laststruggle.source.SourceDto;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Gathers the records of the CMIF from the read model: in one statement, every source (the
 * bibliography) and every letter matching the filter as the list of letters renders it, read
 * back into the API's records.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class LetterExports {

    private final DocumentService documents;
    private final CurationService curation;
    private final ObjectMapper json;

    LetterExports(DocumentService documents, CurationService curation, ObjectMapper json) {
        this.documents = documents;
        this.curation = curation;
        this.json = json;
    }

    /** Every letter matching the filter as one CMIF document. */
    public String cmif(DocumentFilter filter, Iris iris, String self) {
        Where where = documents.where(DocumentScope.LETTERS, filter);
        List<Object[]> rows = ReadModelQueries.rows("select 0 as part, ord, detail_json from source_read"
                + " union all select 1, ord, item_json from document_read where " + where.sql() + " order by 1, 2",
                where.params());
        List<SourceDto> sources = new ArrayList<>();
        List<DocumentSummary> letters = new ArrayList<>(rows.size());
        try {
            for (Object[] row : rows) {
                if (((Number) row[0]).intValue() == 0) {
                    sources.add(json.readValue((byte[]) row[2], SourceDto.class));
                } else {
                    letters.add(json.readValue((byte[]) row[2], DocumentSummary.class));
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the read model holds JSON the API records do not read", e);
        }
        CurationService.Status status = curation.status();
        LocalDate loaded = status == null || status.loadedAt() == null ? null
                : status.loadedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return Cmif.document(letters, sources, loaded, iris, self);
    }
}
