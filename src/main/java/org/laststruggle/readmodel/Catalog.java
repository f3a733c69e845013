package org.laststruggle.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.laststruggle.common.CitationDto;
import org.laststruggle.common.Ref;
import org.laststruggle.curation.Curation;
import org.laststruggle.curation.Curation.BodyIn;
import org.laststruggle.curation.Curation.Cite;
import org.laststruggle.curation.Curation.CongressIn;
import org.laststruggle.curation.Curation.DateIn;
import org.laststruggle.curation.Curation.DisputeIn;
import org.laststruggle.curation.Curation.DocumentIn;
import org.laststruggle.curation.Curation.EventIn;
import org.laststruggle.curation.Curation.PersonIn;
import org.laststruggle.curation.Curation.RefIn;
import org.laststruggle.curation.CurationValidator;
import org.laststruggle.curation.CurationValidator.Located;
import org.laststruggle.dates.Chronology;
import org.laststruggle.dates.HistDate;
import org.laststruggle.dates.HistDateDto;

/**
 * The checked curation indexed for rendering: every entity by id, the links between them in both
 * directions, dates and citations in the API's shapes, and the chronological order. Built once
 * per load, in memory; everything the read model shows comes from here.
 */
final class Catalog {

    /** A link from an entity to a document or event, with the role it plays there. */
    record Link(String id, String role, int ord) {
    }

    final CurationValidator.Resolved resolved;
    final Curation.Data data;
    final Map<String, BodyIn> bodies = new LinkedHashMap<>();
    final Map<String, PersonIn> persons = new LinkedHashMap<>();
    final Map<String, CongressIn> congresses = new LinkedHashMap<>();
    final Map<String, DocumentIn> documents = new LinkedHashMap<>();
    final Map<String, EventIn> events = new LinkedHashMap<>();
    final Map<String, DisputeIn> disputes = new LinkedHashMap<>();

    /** Document agents by document, role (author, recipient, dictated_to): first mention of each id wins. */
    final Map<String, Map<String, List<String>>> documentAgents = new HashMap<>();
    /** Event participants by event: (id, role) pairs, first mention wins. */
    final Map<String, List<Link>> eventAgents = new HashMap<>();
    /** Documents of each event, first mention wins. */
    final Map<String, List<String>> eventDocuments = new HashMap<>();
    /** The position (1-based) of each part among the parts of its whole, in curated order. */
    final Map<String, Integer> partSeq = new HashMap<>();
    /** The parts of each whole, in chronological order. */
    final Map<String, List<String>> parts = new HashMap<>();
    /** Disputes about each subject id. */
    final Map<String, List<String>> disputesBySubject = new HashMap<>();
    /** Documents and events an agent (person or body) appears in, with the role. */
    final Map<String, List<Link>> documentsByAgent = new HashMap<>();
    final Map<String, List<Link>> eventsByAgent = new HashMap<>();
    /** Events of each document and of each congress. */
    final Map<String, List<String>> eventsByDocument = new HashMap<>();
    final Map<String, List<String>> eventsByCongress = new HashMap<>();
    /** Documents addressed to a congress or read there. */
    final Map<String, List<String>> documentsByCongress = new HashMap<>();

    private final Map<DateIn, HistDateDto> dateCache = new HashMap<>();

    Catalog(CurationValidator.Resolved resolved) {
        this.resolved = resolved;
        this.data = resolved.data();
        data.bodies().forEach(x -> bodies.putIfAbsent(x.id(), x));
        data.persons().forEach(x -> persons.putIfAbsent(x.id(), x));
        data.congresses().forEach(x -> congresses.putIfAbsent(x.id(), x));
        data.documents().forEach(x -> documents.putIfAbsent(x.id(), x));
        data.events().forEach(x -> events.putIfAbsent(x.id(), x));
        data.disputes().forEach(x -> disputes.putIfAbsent(x.id(), x));

        Map<String, Integer> counters = new HashMap<>();
        for (DocumentIn d : documents.values()) {
            Map<String, List<String>> roles = new LinkedHashMap<>();
            roles.put("author", distinctIds(d.authors()));
            roles.put("recipient", distinctIds(d.recipients()));
            roles.put("dictated_to", distinctIds(d.dictatedTo()));
            documentAgents.put(d.id(), roles);
            roles.forEach((role, ids) -> {
                for (int i = 0; i < ids.size(); i++) {
                    documentsByAgent.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(new Link(d.id(), role, i + 1));
                }
            });
            if (d.partOf() != null) {
                partSeq.put(d.id(), counters.merge(d.partOf().id(), 1, Integer::sum));
                parts.computeIfAbsent(d.partOf().id(), k -> new ArrayList<>()).add(d.id());
            }
            if (d.congress() != null) {
                documentsByCongress.computeIfAbsent(d.congress().id(), k -> new ArrayList<>()).add(d.id());
            }
            for (String r : roles.get("recipient")) {
                if ("congress".equals(kind(r)) && (d.congress() == null || !d.congress().id().equals(r))) {
                    documentsByCongress.computeIfAbsent(r, k -> new ArrayList<>()).add(d.id());
                }
            }
        }
        parts.values().forEach(list -> list.sort(chronological()));
        for (EventIn e : events.values()) {
            Set<String> seen = new LinkedHashSet<>();
            List<Link> agents = new ArrayList<>();
            for (RefIn r : e.persons()) {
                if (seen.add(r.id() + "\u0000" + r.role())) {
                    agents.add(new Link(r.id(), r.role(), agents.size() + 1));
                }
            }
            eventAgents.put(e.id(), agents);
            agents.forEach(a -> eventsByAgent.computeIfAbsent(a.id(), k -> new ArrayList<>())
                    .add(new Link(e.id(), a.role(), a.ord())));
            List<String> docs = distinctIds(e.documents());
            eventDocuments.put(e.id(), docs);
            docs.forEach(d -> eventsByDocument.computeIfAbsent(d, k -> new ArrayList<>()).add(e.id()));
            if (e.congress() != null) {
                eventsByCongress.computeIfAbsent(e.congress().id(), k -> new ArrayList<>()).add(e.id());
            }
        }
        for (DisputeIn x : disputes.values()) {
            disputesBySubject.computeIfAbsent(x.subject().id(), k -> new ArrayList<>()).add(x.id());
        }
    }

    private static List<String> distinctIds(List<RefIn> refs) {
        return List.copyOf(refs.stream().map(RefIn::id).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** person, body, congress, document, event or dispute. */
    String kind(String id) {
        return resolved.kinds().get(id);
    }

    /** The display name of any entity: a name for persons, bodies and congresses, a title otherwise. */
    String name(String id) {
        return switch (kind(id)) {
            case "person" -> persons.get(id).name();
            case "body" -> bodies.get(id).name();
            case "congress" -> congresses.get(id).name();
            case "document" -> documents.get(id).title();
            case "event" -> events.get(id).title();
            case "dispute" -> disputes.get(id).question();
            default -> throw new IllegalStateException("unknown id " + id);
        };
    }

    Ref ref(String id) {
        return new Ref(id, kind(id), name(id));
    }

    Ref ref(String id, String role) {
        return new Ref(id, kind(id), name(id), role);
    }

    /** The API's date object of a curated date (with its note, and disputed when a dispute is about it); null when there is none or it has no EDTF. */
    HistDateDto date(DateIn in) {
        if (in == null) {
            return null;
        }
        HistDate h = resolved.dates().get(in);
        if (h == null) {
            return null;
        }
        return dateCache.computeIfAbsent(in, k -> HistDateDto.of(h, in.note(), resolved.disputedDates().contains(in)));
    }

    /** The resolved date, or null. */
    HistDate histDate(DateIn in) {
        return in == null ? null : resolved.dates().get(in);
    }

    /**
     * The citations of one fact, each with the path of its annotation; {@code subjectType} is the
     * citation table's (person, body, congress, document, publication, event, claim).
     */
    List<CitationDto> citations(String subjectType, String subjectId, List<Cite> cites) {
        List<CitationDto> out = new ArrayList<>(cites.size());
        for (Cite c : cites) {
            Located l = resolved.citations().get(c);
            out.add(CitationDto.of(subjectType, subjectId, l.sourceId(), l.passageId(), l.start(), l.end(), l.quote(),
                    l.reading(), l.page()));
        }
        return out;
    }

    // ------------------------------------------------------------------ chronological order

    /** The date of a document, event or congress (null if undated). */
    HistDate dateOf(String id) {
        return switch (kind(id)) {
            case "document" -> histDate(documents.get(id).date());
            case "event" -> histDate(events.get(id).date());
            case "congress" -> histDate(congresses.get(id).date());
            default -> null;
        };
    }

    /**
     * The chronological order of the API and the page ({@link Chronology#sortKey}; undated last),
     * then, among the parts of one whole, their curated position, then id.
     */
    Comparator<String> chronological() {
        return Comparator.comparing(this::sortKey, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(id -> partSeq.get(id), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Function.identity());
    }

    /** The sort key of the date of a document, event or congress; null if undated. */
    String sortKey(String id) {
        HistDate h = dateOf(id);
        return h == null ? null : Chronology.sortKey(h);
    }
}
