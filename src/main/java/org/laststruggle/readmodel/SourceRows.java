package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import org.laststruggle.common.CitationDto;
import org.laststruggle.curation.CurationValidator.SourcePassages;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.source.PassageDraft;
import org.laststruggle.source.PassageDto;
import org.laststruggle.source.SourceDto;

/** The sources in manifest order and their passages in text order. */
final class SourceRows {

    private SourceRows() {
    }

    static void writeSources(Catalog cat, Insert out) throws SQLException {
        int ord = 0;
        for (SourcePassages sp : cat.resolved.sources()) {
            var s = sp.source();
            List<Integer> pages = sp.passages().stream().map(PassageDraft::printedPage).filter(Objects::nonNull).toList();
            SourceDto dto = new SourceDto(s.id(), s.title(), s.author(), s.published(), s.publisher(), s.url(),
                    s.language(), s.sha256(), s.length(), sp.passages().size(),
                    pages.stream().min(Integer::compare).orElse(null), pages.stream().max(Integer::compare).orElse(null),
                    "/api/v1/sources/" + s.id() + "/text");
            out.row(s.id(), ord++, new Json(dto));
        }
    }

    static void writePassages(Catalog cat, Insert out) throws SQLException {
        for (SourcePassages sp : cat.resolved.sources()) {
            String sourceId = sp.source().id();
            String raw = sp.source().text();
            int n = sp.passages().size();
            for (int i = 0; i < n; i++) {
                PassageDraft d = sp.passages().get(i);
                String id = sp.passageIds().get(i);
                PassageDto dto = new PassageDto(id, sourceId, d.seq(), d.start(), d.end(), d.printedPage(), d.part(),
                        d.section(), d.cleanText(), d.softHyphens(), i > 0 ? sp.passageIds().get(i - 1) : null,
                        i + 1 < n ? sp.passageIds().get(i + 1) : null,
                        CitationDto.of(sourceId, id, d.start(), d.end(), raw.substring(d.start(), d.end()), d.cleanText(),
                                d.printedPage()));
                out.row(id, sourceId, d.seq(), d.printedPage(), new Json(dto));
            }
        }
    }
}
