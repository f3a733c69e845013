package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.laststruggle.common.Ref;
import org.laststruggle.curation.Curation.EventIn;
import org.laststruggle.event.EventDetail;
import org.laststruggle.event.EventSummary;
import org.laststruggle.readmodel.Insert.Ids;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;

/** Events: list items in chronological order, details with the disputes about them. */
final class EventRows {

    private EventRows() {
    }

    static void write(Catalog cat, Insert out, Insert span) throws SQLException {
        List<String> ids = new ArrayList<>(cat.events.keySet());
        ids.sort(cat.chronological());
        int ord = 0;
        for (String id : ids) {
            EventIn e = cat.events.get(id);
            EventSummary s = summary(cat, e);
            List<Ref> disputes = cat.disputesBySubject.getOrDefault(id, List.of()).stream().sorted()
                    .map(x -> new Ref(x, "dispute", cat.name(x))).toList();
            EventDetail detail = new EventDetail(s.id(), s.title(), s.summary(), s.type(), s.date(), s.persons(),
                    s.documents(), s.congress(), s.citations(), disputes);
            Object days = Insert.days(cat.histDate(e.date()));
            String congress = e.congress() == null ? null : e.congress().id();
            Ids agents = new Ids(cat.eventAgents.get(id).stream().map(Catalog.Link::id).distinct().toList());
            Ids documents = new Ids(cat.eventDocuments.get(id));
            out.row(id, ord, e.type(), days, congress, agents, documents,
                    new Norm(e.title() + "\n" + (e.summary() == null ? "" : e.summary())), new Json(s), new Json(detail));
            span.row(id, ord++, e.type(), days, congress, agents, documents);
        }
    }

    static EventSummary summary(Catalog cat, EventIn e) {
        return new EventSummary(e.id(), e.title(), e.summary(), e.type(), cat.date(e.date()),
                cat.eventAgents.get(e.id()).stream().map(l -> cat.ref(l.id(), l.role())).toList(),
                cat.eventDocuments.get(e.id()).stream().map(cat::ref).toList(),
                e.congress() == null ? null : cat.ref(e.congress().id()), cat.citations("event", e.id(), e.cites()));
    }
}
