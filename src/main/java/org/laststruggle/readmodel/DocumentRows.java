package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Ref;
import org.laststruggle.curation.Curation.DisputeIn;
import org.laststruggle.curation.Curation.DocumentIn;
import org.laststruggle.dates.HistDate;
import org.laststruggle.dates.HistDateDto;
import org.laststruggle.document.Appearance;
import org.laststruggle.document.DocumentDetail;
import org.laststruggle.document.DocumentSummary;
import org.laststruggle.document.FirstPublished;
import org.laststruggle.readmodel.Insert.Ids;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;

/** Documents: list items in chronological order, details with events, disputes and appearances. */
final class DocumentRows {

    private static final int MAX_LINKS = org.laststruggle.document.DocumentService.MAX_LINKS;

    private DocumentRows() {
    }

    static void write(Catalog cat, Insert out) throws SQLException {
        List<String> ids = new ArrayList<>(cat.documents.keySet());
        ids.sort(cat.chronological());
        int ord = 0;
        for (String id : ids) {
            DocumentIn d = cat.documents.get(id);
            DocumentSummary s = summary(cat, d);
            DocumentDetail detail = new DocumentDetail(s.id(), s.title(), s.kind(), s.authors(), s.recipients(), s.date(),
                    s.dictatedTo(), s.partOf(), s.parts(), s.congress(), s.firstPublished(), s.summary(), s.citations(),
                    events(cat, id), disputes(cat, id), appearances(s));
            Map<String, List<String>> agents = cat.documentAgents.get(id);
            out.row(id, ord++, d.kind(), Insert.days(cat.histDate(d.date())), d.partOf() == null ? null : d.partOf().id(),
                    d.congress() == null ? null : d.congress().id(), new Ids(agents.get("author")),
                    new Ids(agents.get("recipient")), new Ids(agents.get("dictated_to")), new Norm(d.title()),
                    new Json(s), new Json(detail));
        }
    }

    static DocumentSummary summary(Catalog cat, DocumentIn d) {
        Map<String, List<String>> agents = cat.documentAgents.get(d.id());
        return new DocumentSummary(d.id(), d.title(), d.kind(), refs(cat, agents.get("author")),
                refs(cat, agents.get("recipient")), cat.date(d.date()), refs(cat, agents.get("dictated_to")),
                d.partOf() == null ? null : cat.ref(d.partOf().id()),
                cat.parts.getOrDefault(d.id(), List.of()).stream().map(cat::ref).toList(),
                d.congress() == null ? null : cat.ref(d.congress().id()), firstPublished(cat, d), d.summary(),
                cat.citations("document", d.id(), d.cites()));
    }

    private static List<Ref> refs(Catalog cat, List<String> ids) {
        return ids.stream().map(cat::ref).toList();
    }

    /** The first publication: null when the sources say nothing of it. */
    private static FirstPublished firstPublished(Catalog cat, DocumentIn d) {
        HistDateDto date = cat.date(d.published());
        HistDate h = cat.histDate(d.published());
        String label = h != null ? h.label() : d.published() == null ? null : d.published().label();
        List<CitationDto> cites = cat.citations("publication", d.id(), d.publishedCites());
        return date == null && label == null && cites.isEmpty() ? null : new FirstPublished(date, label, cites);
    }

    /** Events that involve the document, by date then id. */
    private static List<Ref> events(Catalog cat, String id) {
        return cat.eventsByDocument.getOrDefault(id, List.of()).stream().distinct()
                .sorted(cat.chronological())
                .limit(MAX_LINKS).map(cat::ref).toList();
    }

    /** Disputes about the document (role subject), then about its parts (role part) in the parts' order. */
    private static List<Ref> disputes(Catalog cat, String id) {
        List<Ref> out = new ArrayList<>();
        cat.disputesBySubject.getOrDefault(id, List.of()).stream().sorted()
                .forEach(x -> out.add(dispute(cat.disputes.get(x), "subject")));
        List<DisputeIn> ofParts = new ArrayList<>();
        for (String part : cat.parts.getOrDefault(id, List.of())) {
            cat.disputesBySubject.getOrDefault(part, List.of()).forEach(x -> ofParts.add(cat.disputes.get(x)));
        }
        // undated parts first, as the parts' disputes always were
        ofParts.sort(Comparator.comparing((DisputeIn x) -> cat.sortKey(x.subject().id()),
                Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(x -> cat.partSeq.get(x.subject().id()), Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                .thenComparing(DisputeIn::id));
        ofParts.forEach(x -> out.add(dispute(x, "part")));
        return out.stream().limit(MAX_LINKS).toList();
    }

    private static Ref dispute(DisputeIn x, String role) {
        return new Ref(x.id(), "dispute", x.question(), role);
    }

    /** The passages citing the document or its first publication, each once, by source and position. */
    private static List<Appearance> appearances(DocumentSummary s) {
        List<CitationDto> all = new ArrayList<>(s.citations());
        if (s.firstPublished() != null) {
            all.addAll(s.firstPublished().citations());
        }
        all.sort(Comparator.comparing(CitationDto::sourceId).thenComparingInt(CitationDto::start));
        Map<String, Appearance> out = new LinkedHashMap<>();
        for (CitationDto c : all) {
            out.putIfAbsent(c.passageId(), new Appearance(c.sourceId(), c.passageId(), c.page(), c.passage()));
        }
        return List.copyOf(out.values());
    }
}
