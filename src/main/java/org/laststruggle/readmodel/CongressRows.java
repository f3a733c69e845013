package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.laststruggle.common.Ref;
import org.laststruggle.congress.CongressDetail;
import org.laststruggle.congress.CongressSummary;
import org.laststruggle.curation.Curation.CongressIn;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;

/** Congresses, conferences and plenums: list items by date (undated last), details with events and documents. */
final class CongressRows {

    private CongressRows() {
    }

    static void write(Catalog cat, Insert out) throws SQLException {
        List<String> ids = new ArrayList<>(cat.congresses.keySet());
        // undated congresses go last, after every dated one
        ids.sort(cat.chronological());
        int ord = 0;
        for (String id : ids) {
            CongressIn c = cat.congresses.get(id);
            CongressSummary s = new CongressSummary(c.id(), c.name(), c.body(), c.number(), c.kind(), cat.date(c.date()),
                    c.place(), c.summary(), cat.citations("congress", c.id(), c.cites()));
            CongressDetail detail = new CongressDetail(s.id(), s.name(), s.body(), s.number(), s.kind(), s.date(),
                    s.place(), s.summary(), s.citations(), chronological(cat, cat.eventsByCongress.getOrDefault(id, List.of())),
                    chronological(cat, cat.documentsByCongress.getOrDefault(id, List.of())),
                    cat.disputesBySubject.getOrDefault(id, List.of()).stream().sorted().map(cat::ref).toList());
            out.row(id, ord++, c.kind(), Insert.days(cat.histDate(c.date())), new Norm(c.name()), new Json(s),
                    new Json(detail));
        }
    }

    /** In the chronological order (undated last), then id. */
    private static List<Ref> chronological(Catalog cat, List<String> ids) {
        return ids.stream().distinct().sorted(cat.chronological()).map(cat::ref).toList();
    }
}
