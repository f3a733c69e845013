package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Ref;
import org.laststruggle.curation.Curation.Cite;
import org.laststruggle.curation.Curation.CongressIn;
import org.laststruggle.curation.Curation.DocumentIn;
import org.laststruggle.curation.Curation.EventIn;
import org.laststruggle.curation.CurationValidator.SourcePassages;
import org.laststruggle.dates.Chronology;
import org.laststruggle.dates.HistDate;
import org.laststruggle.readmodel.Insert.Ids;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;
import org.laststruggle.timeline.TimelineEntry;
import org.laststruggle.timeline.TimelineExports;

/**
 * The timeline: every event, every document and every dated congress, each rendered in the three
 * formats (native item, TimelineJS3 slide, vis-timeline item), in one chronological order
 * (timeline_read); and the same entries' order and filter columns alone (timeline_span, V7), on
 * which a request picks and counts its page, written in that order so that the entries of a date
 * window share a few pages.
 */
final class TimelineRows {

    private record Row(TimelineEntry entry, HistDate date, List<String> agents, boolean topLevel) {
    }

    private TimelineRows() {
    }

    static void write(Catalog cat, Insert out, Insert span) throws SQLException {
        Map<String, String> titles = new java.util.HashMap<>();
        for (SourcePassages sp : cat.resolved.sources()) {
            titles.put(sp.source().id(), sp.source().title());
        }
        List<Row> rows = new ArrayList<>();
        for (EventIn e : cat.events.values()) {
            List<Ref> persons = cat.eventAgents.get(e.id()).stream().map(l -> cat.ref(l.id(), l.role())).toList();
            rows.add(new Row(entry(cat, titles, e.id(), "event", e.title(), e.type(), cat.histDate(e.date()), e.date(),
                    e.summary(), persons, e.cites()), cat.histDate(e.date()),
                    persons.stream().map(Ref::id).distinct().toList(), true));
        }
        for (DocumentIn d : cat.documents.values()) {
            List<Ref> persons = new ArrayList<>();
            cat.documentAgents.get(d.id()).forEach((role, ids) -> ids.forEach(id -> persons.add(cat.ref(id,
                    PersonRows.documentRole(role)))));
            rows.add(new Row(entry(cat, titles, d.id(), "document", d.title(), d.kind(), cat.histDate(d.date()), d.date(),
                    d.summary(), persons, d.cites()), cat.histDate(d.date()),
                    persons.stream().map(Ref::id).distinct().toList(), d.partOf() == null));
        }
        for (CongressIn c : cat.congresses.values()) {
            HistDate h = cat.histDate(c.date());
            if (h == null) {
                continue; // an undated congress has no place on a timeline
            }
            rows.add(new Row(entry(cat, titles, c.id(), "congress", c.name(), c.kind(), h, c.date(), c.summary(),
                    List.of(), c.cites()), h, List.of(), true));
        }
        rows.sort(Comparator.comparing((Row r) -> Chronology.sortKey(r.date()), Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(r -> r.entry().kind())
                .thenComparing(r -> r.entry().id()));
        int ord = 0;
        for (Row r : rows) {
            TimelineEntry e = r.entry();
            out.row(e.id(), e.kind(), ord, e.type(), r.date(), new Ids(r.agents()), r.topLevel(),
                    new Norm(searchText(e)), new Json(e.item()),
                    new Json(TimelineExports.slide(e)), new Json(TimelineExports.visItem(e)));
            span.row(e.id(), ord, e.kind(), e.type(), r.date(), new Ids(r.agents()), r.topLevel());
            ord++;
        }
    }

    /**
     * What q searches: the title and summary as one text, and each quote the entry cites in its
     * reading form ("arrangement", not "ar- rangement"), one per line so that no match spans two.
     */
    private static String searchText(TimelineEntry e) {
        StringBuilder sb = new StringBuilder(e.title()).append(' ').append(e.summary() == null ? "" : e.summary());
        e.sources().forEach(s -> sb.append('\n').append(s.citation().text()));
        return sb.toString();
    }

    private static TimelineEntry entry(Catalog cat, Map<String, String> titles, String id, String kind, String title,
            String type, HistDate h, org.laststruggle.curation.Curation.DateIn date, String summary, List<Ref> persons,
            List<Cite> cites) {
        List<CitationDto> citations = cat.citations(kind, id, cites);
        List<TimelineEntry.Source> sources = citations.stream()
                .map(c -> new TimelineEntry.Source(titles.get(c.sourceId()), c)).toList();
        return new TimelineEntry(id, kind, title, type, cat.date(date), summary, persons, citations.size(), sources);
    }
}
