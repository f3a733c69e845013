package org.laststruggle.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.laststruggle.annotation.Iris;
import org.laststruggle.curation.CurationService;
import org.laststruggle.document.DocumentFilter;
import org.laststruggle.document.DocumentScope;
import org.laststruggle.document.DocumentService;
import org.laststruggle.document.DocumentSummary;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;
import org.laststruggle.source.SourceDto;
import org.laststruggle.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;

/** Gathers the records of the CMIF through the services' DTO methods (no queries of its own). */
@ApplicationScoped
public class LetterExports {

    private final DocumentService documents;
    private final SourceService sources;
    private final CurationService curation;

    LetterExports(DocumentService documents, SourceService sources, CurationService curation) {
        this.documents = documents;
        this.sources = sources;
        this.curation = curation;
    }

    /** Every letter matching the filter as one CMIF document. */
    public String cmif(DocumentFilter filter, Iris iris, String self) {
        List<DocumentSummary> letters = new ArrayList<>();
        for (int p = 0; ; p++) {
            Page<DocumentSummary> page = documents.findDocuments(DocumentScope.LETTERS, filter,
                    new PageRequest(p, PageRequest.MAX_SIZE));
            letters.addAll(page.items());
            if ((long) (p + 1) * PageRequest.MAX_SIZE >= page.total()) {
                break;
            }
        }
        List<SourceDto> all = sources.findSources(new PageRequest(0, PageRequest.MAX_SIZE)).items();
        CurationService.Status status = curation.status();
        LocalDate loaded = status == null || status.loadedAt() == null ? null
                : status.loadedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return Cmif.document(letters, all, loaded, iris, self);
    }
}
