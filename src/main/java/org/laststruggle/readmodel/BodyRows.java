package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.laststruggle.curation.Curation.BodyIn;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;

/** Bodies (the Politburo, the Central Committee ...), by name. */
final class BodyRows {

    private BodyRows() {
    }

    static void write(Catalog cat, Insert out) throws SQLException {
        List<BodyIn> sorted = new ArrayList<>(cat.bodies.values());
        sorted.sort(Comparator.comparing(BodyIn::name).thenComparing(BodyIn::id));
        int ord = 0;
        for (BodyIn b : sorted) {
            out.row(b.id(), ord++, b.kind(), new Norm(b.name()), new Json(cat.ref(b.id())), new Json(cat.ref(b.id())));
        }
    }
}
