package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.laststruggle.body.BodyDetail;
import org.laststruggle.body.BodySummary;
import org.laststruggle.common.Ref;
import org.laststruggle.curation.Curation.BodyIn;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;

/** Bodies (the Politburo, the Central Committee ...), by name, with their documents, events and disputes. */
final class BodyRows {

    private BodyRows() {
    }

    static void write(Catalog cat, Insert out) throws SQLException {
        List<BodyIn> sorted = new ArrayList<>(cat.bodies.values());
        sorted.sort(Comparator.comparing(BodyIn::name).thenComparing(BodyIn::id));
        int ord = 0;
        for (BodyIn b : sorted) {
            BodySummary s = new BodySummary(b.id(), b.name(), b.kind(), b.summary(), cat.citations(b.cites()));
            List<Ref> disputes = cat.disputesBySubject.getOrDefault(b.id(), List.of()).stream().sorted()
                    .map(x -> new Ref(x, "dispute", cat.name(x), "subject")).toList();
            BodyDetail d = new BodyDetail(b.id(), b.name(), b.kind(), b.summary(), s.citations(),
                    PersonRows.documents(cat, b.id()), PersonRows.events(cat, b.id()), disputes);
            out.row(b.id(), ord++, b.kind(), new Norm(b.name()), new Json(s), new Json(d));
        }
    }
}
