package org.laststruggle.readmodel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.laststruggle.common.Ref;
import org.laststruggle.curation.Curation.DisputeIn;
import org.laststruggle.curation.Curation.PersonIn;
import org.laststruggle.person.PersonDetail;
import org.laststruggle.person.PersonSummary;
import org.laststruggle.readmodel.Insert.Json;
import org.laststruggle.readmodel.Insert.Norm;

/** Persons: list items sorted by sort name, details with their documents, events and disputes. */
final class PersonRows {

    private static final int MAX_LINKS = org.laststruggle.person.PersonService.MAX_LINKS;

    private PersonRows() {
    }

    static void write(Catalog cat, Insert out) throws SQLException {
        List<PersonIn> sorted = new ArrayList<>(cat.persons.values());
        sorted.sort(Comparator.comparing(PersonIn::sortName).thenComparing(PersonIn::id));
        int ord = 0;
        for (PersonIn p : sorted) {
            Set<String> names = names(p);
            List<String> misreadings = p.misreadings().stream().filter(n -> !names.contains(n)).distinct().sorted().toList();
            PersonSummary summary = new PersonSummary(p.id(), p.name(), p.sortName(), variants(p, names), misreadings,
                    cat.date(p.born()), cat.date(p.died()), p.summary(), cat.citations("person", p.id(), p.cites()));
            PersonDetail detail = new PersonDetail(p.id(), p.name(), p.sortName(), summary.variants(), misreadings,
                    summary.born(), summary.died(), p.summary(), summary.citations(), documents(cat, p.id()), events(cat, p.id()),
                    disputes(cat, p.id()));
            // q finds a person under a misreading of the name too
            out.row(p.id(), ord++, new Norm(String.join("\n", names) + misreadings.stream().map(m -> "\n" + m)
                    .collect(java.util.stream.Collectors.joining())), new Json(summary), new Json(detail));
        }
    }

    /** Every name a person goes by: display name, sort name, variants. */
    static Set<String> names(PersonIn p) {
        Set<String> names = new LinkedHashSet<>();
        names.add(p.name());
        names.add(p.sortName());
        names.addAll(p.variants());
        return names;
    }

    /** The other spellings: every name but the display and sort names, in code point order. */
    private static List<String> variants(PersonIn p, Set<String> names) {
        return names.stream().filter(n -> !n.equals(p.name()) && !n.equals(p.sortName())).sorted().toList();
    }

    /** Documents a person or body wrote, received or took down, by date; role author, recipient or dictatedTo. */
    static List<Ref> documents(Catalog cat, String id) {
        return cat.documentsByAgent.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparing(Catalog.Link::id, cat.chronological()).thenComparing(Catalog.Link::role))
                .limit(MAX_LINKS)
                .map(l -> cat.ref(l.id(), documentRole(l.role()))).toList();
    }

    static String documentRole(String role) {
        return "dictated_to".equals(role) ? "dictatedTo" : role;
    }

    /** Events a person or body takes part in, by date, with the role curated for each. */
    static List<Ref> events(Catalog cat, String id) {
        return cat.eventsByAgent.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparing(Catalog.Link::id, cat.chronological()).thenComparingInt(Catalog.Link::ord))
                .limit(MAX_LINKS)
                .map(l -> cat.ref(l.id(), l.role())).toList();
    }

    /**
     * Disputes about the person (role subject), then those about their documents and events (role
     * document or event) by the subject's date, then id.
     */
    private static List<Ref> disputes(Catalog cat, String id) {
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(id);
        cat.documentsByAgent.getOrDefault(id, List.of()).forEach(l -> subjects.add(l.id()));
        cat.eventsByAgent.getOrDefault(id, List.of()).forEach(l -> subjects.add(l.id()));
        List<DisputeIn> found = new ArrayList<>();
        for (String s : subjects) {
            for (String x : cat.disputesBySubject.getOrDefault(s, List.of())) {
                found.add(cat.disputes.get(x));
            }
        }
        return found.stream().distinct()
                .sorted(Comparator.comparing((DisputeIn x) -> x.subject().id().equals(id) ? null : cat.sortKey(x.subject().id()),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(DisputeIn::id))
                .limit(MAX_LINKS)
                .map(x -> new Ref(x.id(), "dispute", x.question(), x.subject().id().equals(id) ? "subject" : x.subjectType()))
                .toList();
    }
}
