package org.laststruggle.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.laststruggle.dates.DateLabels;
import org.laststruggle.dates.HistDate;
import org.laststruggle.common.Vocabulary;
import org.laststruggle.curation.Curation.BodyIn;
import org.laststruggle.curation.Curation.ClaimIn;
import org.laststruggle.curation.Curation.Cite;
import org.laststruggle.curation.Curation.CongressIn;
import org.laststruggle.curation.Curation.DateIn;
import org.laststruggle.curation.Curation.DisputeIn;
import org.laststruggle.curation.Curation.DocumentIn;
import org.laststruggle.curation.Curation.EventIn;
import org.laststruggle.curation.Curation.Loc;
import org.laststruggle.curation.Curation.PersonIn;
import org.laststruggle.curation.Curation.RefIn;
import org.laststruggle.source.PassageDraft;
import org.laststruggle.source.PassageSplitter;
import org.laststruggle.source.ReadingForm;
import org.laststruggle.source.SourceCatalog;
import org.laststruggle.source.SourceCatalog.SourceText;

/**
 * Checks curated data against itself and against the raw sources, and resolves what the
 * database needs: every quote's exact raw span, passage and printed page, every date's bounds.
 * All problems are collected; the data is loadable only when there are none.
 */
public final class CurationValidator {

    static final Set<String> BODY_KINDS = Vocabulary.BODY_KINDS;
    static final Set<String> CONGRESS_KINDS = Vocabulary.CONGRESS_KINDS;
    static final Set<String> DOCUMENT_KINDS = Set.copyOf(Vocabulary.DOCUMENT_KINDS);
    static final Set<String> EVENT_TYPES = Vocabulary.EVENT_TYPES;
    static final Set<String> SUBJECT_TYPES = Vocabulary.SUBJECT_TYPES;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Where a quote was found; {@code reading} is the quote's reading form (see {@link ReadingForm}). */
    public record Located(String sourceId, String passageId, int start, int end, String quote, Integer page, String reading) {
    }

    /** A source with its passages and their ids. */
    public record SourcePassages(SourceText source, List<PassageDraft> passages, List<String> passageIds) {
    }

    /** The checked data, ready to be written: every citation located, every date resolved, the kind of every id. */
    public record Resolved(Curation.Data data, List<SourcePassages> sources, Map<Cite, Located> citations,
            Map<DateIn, HistDate> dates, Set<DateIn> disputedDates, Map<String, String> kinds) {
    }

    /** The dates a dispute may be about: the field of its subject ({@code subject.field}). */
    static final Set<String> DATE_FIELDS = Set.of("date", "firstPublished", "born", "died");

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, Loc> defined = new HashMap<>();
    private final Map<Cite, Located> located = new IdentityHashMap<>();
    private final Map<DateIn, HistDate> dates = new IdentityHashMap<>();
    private final Set<DateIn> disputedDates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, SourcePassages> sources = new LinkedHashMap<>();
    private final Map<String, QuoteLocator> locators = new HashMap<>();

    List<Problem> problems() {
        return problems;
    }

    private ReadingForm reading;

    Resolved validate(Curation.Data d, List<SourceText> sourceTexts) {
        reading = SourceCatalog.readingForm(sourceTexts);
        for (SourceText s : sourceTexts) {
            List<PassageDraft> ps = PassageSplitter.analyze(s, reading).passages();
            List<String> ids = ps.stream().map(p -> passageId(s.id(), p.seq())).toList();
            sources.put(s.id(), new SourcePassages(s, ps, ids));
        }
        d.bodies().forEach(b -> define(b.id(), "body", b.loc()));
        d.persons().forEach(p -> define(p.id(), "person", p.loc()));
        d.congresses().forEach(c -> define(c.id(), "congress", c.loc()));
        d.documents().forEach(x -> define(x.id(), "document", x.loc()));
        d.events().forEach(e -> define(e.id(), "event", e.loc()));
        d.disputes().forEach(x -> define(x.id(), "dispute", x.loc()));

        for (BodyIn b : d.bodies()) {
            oneOf(b.kind(), BODY_KINDS, "body kind", b.loc());
            cites(b.cites());
        }
        for (PersonIn p : d.persons()) {
            date(p.born());
            date(p.died());
            cites(p.cites());
            misreadings(p);
        }
        for (CongressIn c : d.congresses()) {
            oneOf(c.kind(), CONGRESS_KINDS, "congress kind", c.loc());
            date(c.date());
            if (c.number() != null && c.number() < 1) {
                problems.add(Problem.at(c.loc(), "congress number must be 1 or more"));
            }
            cites(c.cites());
        }
        Map<String, DocumentIn> docs = d.documents().stream().collect(Collectors.toMap(DocumentIn::id, x -> x, (a, b) -> a));
        for (DocumentIn x : d.documents()) {
            oneOf(x.kind(), DOCUMENT_KINDS, "document kind", x.loc());
            date(x.date());
            date(x.published());
            x.authors().forEach(r -> ref(r, "author", "person"));
            x.dictatedTo().forEach(r -> ref(r, "dictatedTo", "person"));
            x.recipients().forEach(r -> ref(r, "recipient", "person", "body", "congress"));
            ref(x.congress(), "congress", "congress");
            if (x.partOf() != null && ref(x.partOf(), "partOf", "document")) {
                partWithinWhole(x, docs);
            }
            cites(x.cites());
            cites(x.publishedCites());
        }
        Map<String, PersonIn> persons = d.persons().stream().collect(Collectors.toMap(PersonIn::id, x -> x, (a, b) -> a));
        for (EventIn e : d.events()) {
            oneOf(e.type(), EVENT_TYPES, "event type", e.loc());
            date(e.date());
            e.persons().forEach(r -> ref(r, "participant", "person", "body"));
            e.documents().forEach(r -> ref(r, "document", "document"));
            ref(e.congress(), "congress", "congress");
            cites(e.cites());
            personsNamed(e, persons, docs);
        }
        for (DisputeIn x : d.disputes()) {
            if (x.subject() != null && oneOf(x.subjectType(), SUBJECT_TYPES, "subject type", x.subject().loc())
                    && ref(x.subject(), "subject", x.subjectType()) && x.subjectField() != null) {
                disputedDate(x, d);
            }
            if (x.claims().size() < 2) {
                problems.add(Problem.at(x.loc(), "a dispute needs at least two claims, each with its own evidence"));
            }
            long preferred = x.claims().stream().filter(ClaimIn::preferred).count();
            if (preferred > 1) {
                problems.add(Problem.at(x.loc(), "at most one claim of a dispute may be preferred"));
            }
            for (ClaimIn c : x.claims()) {
                if (c.preferred() && (c.reason() == null || c.reason().isBlank())) {
                    problems.add(Problem.at(c.loc(), "a preferred claim needs a 'reason' saying why"));
                }
                cites(c.cites());
            }
        }
        return new Resolved(d, List.copyOf(sources.values()), located, dates, disputedDates, kinds);
    }

    static String passageId(String sourceId, int seq) {
        return String.format(Locale.ROOT, "%s-%04d", sourceId, seq);
    }

    private void define(String id, String kind, Loc loc) {
        if (id == null) {
            return; // reported by the reader as a missing required field
        }
        if (!SLUG.matcher(id).matches()) {
            problems.add(Problem.at(loc, "id '" + id + "' is not a slug: use lower-case letters, digits and single hyphens"));
        }
        Loc first = defined.putIfAbsent(id, loc);
        if (first != null) {
            problems.add(Problem.at(loc, "duplicate id '" + id + "': already defined at " + first + "; ids must be unique"));
        } else {
            kinds.put(id, kind);
        }
    }

    private boolean oneOf(String value, Set<String> allowed, String what, Loc loc) {
        if (value != null && !allowed.contains(value)) {
            problems.add(Problem.at(loc, "unknown " + what + " '" + value + "'; use one of: "
                    + String.join(", ", allowed.stream().sorted().toList())));
            return false;
        }
        return value != null;
    }

    private boolean ref(RefIn r, String field, String... allowedKinds) {
        if (r == null || r.id() == null) {
            return false;
        }
        String kind = kinds.get(r.id());
        if (kind == null) {
            problems.add(Problem.at(r.loc(), "unknown reference '" + r.id() + "' in " + field + ": no "
                    + String.join(" or ", allowedKinds) + " has this id" + suggestion(r.id())));
            return false;
        }
        if (!Arrays.asList(allowedKinds).contains(kind)) {
            problems.add(Problem.at(r.loc(), field + " '" + r.id() + "' is a " + kind + "; expected a "
                    + String.join(" or ", allowedKinds)));
            return false;
        }
        return true;
    }

    private String suggestion(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : kinds.keySet()) {
            int dist = Vocabulary.levenshtein(id, k);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 4) ? " (did you mean '" + best + "'?)" : "";
    }

    private void date(DateIn d) {
        if (d == null || d.edtf() == null) {
            return;
        }
        HistDate h;
        try {
            h = HistDate.parse(d.edtf(), d.label());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            problems.add(Problem.at(d.loc(), "bad date '" + d.edtf() + "': " + e.getMessage()));
            return;
        }
        dates.put(d, h);
        String mismatch = DateLabels.mismatch(d.label(), h);
        if (mismatch != null) {
            problems.add(Problem.at(d.loc(), "date '" + d.edtf() + "' and its label disagree: " + mismatch));
        }
    }

    /**
     * A dispute about a date of its subject ({@code subject.field}): every claim's value is an EDTF date; with a
     * preferred claim, the subject's date and that claim agree (one contains the other); without one, the subject's
     * date holds every claimed date (a set of them, or an interval around them), so that it does not look certain and
     * a date filter finds the subject under any claimed day. The date is then marked disputed.
     */
    private void disputedDate(DisputeIn x, Curation.Data d) {
        String field = x.subjectField();
        Loc at = x.subject().loc();
        if (!DATE_FIELDS.contains(field)) {
            problems.add(Problem.at(at, "unknown subject field '" + field + "'; a dispute may be about one of these dates: "
                    + String.join(", ", DATE_FIELDS.stream().sorted().toList()) + " (leave 'field' out otherwise)"));
            return;
        }
        DateIn subjectDate = subjectDate(x.subjectType(), x.subject().id(), field, d);
        if (subjectDate == null || subjectDate.edtf() == null) {
            problems.add(Problem.at(at, x.subjectType() + " '" + x.subject().id() + "' has no " + field
                    + " for the dispute to be about"));
            return;
        }
        HistDate date = dates.get(subjectDate);
        List<HistDate> claimed = new ArrayList<>();
        HistDate preferred = null;
        for (ClaimIn c : x.claims()) {
            HistDate v = null;
            try {
                v = c.value() == null ? null : HistDate.parse(c.value(), null);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                v = null;
            }
            if (v == null) {
                problems.add(Problem.at(c.loc(), "the dispute is about a date (subject field '" + field + "'), so each claim's"
                        + " value must be an EDTF date, found '" + c.value() + "'"));
                return;
            }
            claimed.add(v);
            if (c.preferred()) {
                preferred = v;
            }
        }
        if (date == null) {
            return; // a bad date, reported where it is written
        }
        disputedDates.add(subjectDate);
        if (preferred != null) {
            if (!within(date, preferred) && !within(preferred, date)) {
                problems.add(Problem.at(subjectDate.loc(), x.subject().id() + " is dated " + date.edtf() + ", but the preferred"
                        + " claim of dispute '" + x.id() + "' is " + preferred.edtf() + "; date it as the preferred claim says"));
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        for (HistDate c : claimed) {
            if (!covers(date, c)) {
                missing.add(c.edtf());
            }
        }
        if (!missing.isEmpty()) {
            List<String> all = claimed.stream().sorted(org.laststruggle.dates.Chronology.ORDER).map(HistDate::edtf)
                    .distinct().toList();
            problems.add(Problem.at(subjectDate.loc(), x.subject().id() + " is dated " + date.edtf() + ", but dispute '"
                    + x.id() + "' has no preferred claim and its claims " + String.join(", ", missing) + " lie outside that"
                    + " date; a disputed date must hold every claimed date: write the set [" + String.join(",", all) + "]"));
        }
    }

    private static DateIn subjectDate(String type, String id, String field, Curation.Data d) {
        return switch (type) {
            case "event" -> field.equals("date") ? d.events().stream().filter(e -> id.equals(e.id())).findFirst()
                    .map(EventIn::date).orElse(null) : null;
            case "congress" -> field.equals("date") ? d.congresses().stream().filter(c -> id.equals(c.id())).findFirst()
                    .map(CongressIn::date).orElse(null) : null;
            case "document" -> d.documents().stream().filter(x -> id.equals(x.id())).findFirst()
                    .map(x -> field.equals("date") ? x.date() : field.equals("firstPublished") ? x.published() : null)
                    .orElse(null);
            case "person" -> d.persons().stream().filter(p -> id.equals(p.id())).findFirst()
                    .map(p -> field.equals("born") ? p.born() : field.equals("died") ? p.died() : null).orElse(null);
            default -> null;
        };
    }

    /** {@code inner}'s days all lie within {@code outer}'s bounds. */
    private static boolean within(HistDate inner, HistDate outer) {
        boolean startOk = outer.earliest() == null || (inner.earliest() != null && !inner.earliest().isBefore(outer.earliest()));
        boolean endOk = outer.latest() == null || (inner.latest() != null && !inner.latest().isAfter(outer.latest()));
        return startOk && endOk;
    }

    /** The claimed date lies inside the date: inside one member of a set, or inside the bounds of any other date. */
    private static boolean covers(HistDate date, HistDate claim) {
        if (HistDate.SET.equals(date.precision())) {
            return date.oneOf().stream().anyMatch(m -> within(claim, m));
        }
        return within(claim, date);
    }

    /**
     * A misreading is kept because a source's text has it: it must occur there (as typed, line breaks as spaces),
     * and it is not also a name or variant.
     */
    /**
     * Every person listed on an event is named in one of the event's own quotes (by name, variant or misreading,
     * as a whole word, ignoring case and line breaks), unless the role is {@code author}, {@code recipient} or
     * {@code secretary} and a document of the event records that person as its author, recipient or secretary
     * ({@code authors}, {@code recipients}, {@code dictatedTo}): that document's quotes carry the role.
     */
    private void personsNamed(EventIn e, Map<String, PersonIn> persons, Map<String, DocumentIn> docs) {
        String quotes = e.cites().stream().filter(c -> c.quote() != null).map(c -> namingForm(c.quote()))
                .collect(Collectors.joining(" | "));
        for (RefIn r : e.persons()) {
            PersonIn p = persons.get(r.id());
            if (p == null || namedIn(p, quotes) || carriedByDocument(r, e, docs)) {
                continue;
            }
            problems.add(Problem.at(r.loc(), "event '" + e.id() + "' lists " + p.id() + " (role " + r.role()
                    + ") but none of its quotes names him or her (" + String.join(", ", names(p)) + "); quote the"
                    + " sentence that says what " + p.id() + " did, or remove the person"
                    + (DOCUMENT_ROLES.containsKey(r.role()) ? " (or list a document whose "
                            + DOCUMENT_ROLES.get(r.role()) + " holds " + p.id() + ")" : "")));
        }
    }

    /** The roles an event may take from one of its documents, and the document field that records each. */
    static final Map<String, String> DOCUMENT_ROLES = Map.of("author", "authors", "recipient", "recipients",
            "secretary", "dictatedTo");

    private static boolean carriedByDocument(RefIn r, EventIn e, Map<String, DocumentIn> docs) {
        String field = DOCUMENT_ROLES.get(r.role());
        if (field == null) {
            return false;
        }
        for (RefIn ref : e.documents()) {
            DocumentIn doc = docs.get(ref.id());
            if (doc == null) {
                continue;
            }
            List<RefIn> holders = switch (field) {
                case "authors" -> doc.authors();
                case "recipients" -> doc.recipients();
                default -> doc.dictatedTo();
            };
            if (holders.stream().anyMatch(h -> r.id().equals(h.id()))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(PersonIn p) {
        List<String> out = new ArrayList<>();
        if (p.name() != null) out.add(p.name());
        out.addAll(p.variants());
        out.addAll(p.misreadings());
        return out;
    }

    static boolean namedIn(PersonIn p, String namingForm) {
        for (String n : names(p)) {
            String name = namingForm(n);
            if (name.isEmpty()) continue;
            int from = 0;
            for (int i; (i = namingForm.indexOf(name, from)) >= 0; from = i + 1) {
                int end = i + name.length();
                boolean startsWord = i == 0 || !Character.isLetter(namingForm.charAt(i - 1));
                boolean endsWord = end == namingForm.length() || !Character.isLetter(namingForm.charAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, every run of white space one space: the form in which names are looked for in quotes. */
    static String namingForm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private void misreadings(PersonIn p) {
        for (String m : p.misreadings()) {
            if (m.equals(p.name()) || m.equals(p.sortName()) || p.variants().contains(m)) {
                problems.add(Problem.at(p.loc(), "'" + m + "' is both a misreading and a name or variant of " + p.id()
                        + "; keep it in one list"));
                continue;
            }
            boolean found = false;
            for (SourcePassages sp : sources.values()) {
                QuoteLocator locator = locators.computeIfAbsent(sp.source().id(), k -> new QuoteLocator(sp.source().text()));
                if (!locator.find(m).isEmpty()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                problems.add(Problem.at(p.loc(), "misreading '" + m + "' of " + p.id() + " occurs in no source; a"
                        + " misreading is kept only because a source's text has it"));
            }
        }
    }

    private void partWithinWhole(DocumentIn part, Map<String, DocumentIn> docs) {
        DocumentIn whole = docs.get(part.partOf().id());
        if (whole == part) {
            problems.add(Problem.at(part.partOf().loc(), "document '" + part.id() + "' cannot be a part of itself"));
            return;
        }
        HistDate p = part.date() == null ? null : dates.get(part.date());
        HistDate w = whole.date() == null ? null : dates.get(whole.date());
        if (p == null || w == null) {
            return;
        }
        boolean before = p.earliest() != null && w.earliest() != null && p.earliest().isBefore(w.earliest());
        boolean after = p.latest() != null && w.latest() != null && p.latest().isAfter(w.latest());
        if (before || after) {
            problems.add(Problem.at(part.date().loc(), "part '" + part.id() + "' is dated " + part.date().edtf()
                    + ", outside its whole '" + whole.id() + "' (" + whole.date().edtf() + "); fix one of the two dates"));
        }
    }

    private void cites(List<Cite> cites) {
        Set<List<Object>> seen = new HashSet<>();
        for (Cite c : cites) {
            if (c.source() == null || c.quote() == null) {
                continue; // reported by the reader
            }
            if (!seen.add(Arrays.asList(c.source(), c.quote(), c.occurrence(), c.after()))) {
                problems.add(Problem.at(c.loc(), "the same quote of " + c.source() + " is cited twice here: \""
                        + abbreviate(c.quote(), 60) + "\"; remove one"));
                continue;
            }
            SourcePassages sp = sources.get(c.source());
            if (sp == null) {
                problems.add(Problem.at(c.loc(), "unknown source '" + c.source() + "'; use one of: "
                        + String.join(", ", sources.keySet())));
                continue;
            }
            QuoteLocator locator = locators.computeIfAbsent(c.source(), k -> new QuoteLocator(sp.source().text()));
            List<QuoteLocator.Span> spans = locator.find(c.quote());
            if (spans.isEmpty()) {
                problems.add(Problem.at(c.loc(), "quote not found in " + c.source() + ": \"" + abbreviate(c.quote(), 80)
                        + "\"" + closest(sp, c.quote())));
                continue;
            }
            QuoteLocator.Span chosen = choose(c, spans, locator);
            if (chosen != null) {
                located.put(c, locate(sp, chosen, reading));
            }
        }
    }

    private QuoteLocator.Span choose(Cite c, List<QuoteLocator.Span> spans, QuoteLocator locator) {
        if (c.occurrence() != null) {
            if (c.occurrence() < 1 || c.occurrence() > spans.size()) {
                problems.add(Problem.at(c.loc(), "occurrence " + c.occurrence() + " asked, but the quote occurs "
                        + spans.size() + " time(s) in " + c.source()));
                return null;
            }
            return spans.get(c.occurrence() - 1);
        }
        if (c.after() != null) {
            List<QuoteLocator.Span> anchors = locator.find(c.after());
            if (anchors.isEmpty()) {
                problems.add(Problem.at(c.loc(), "the 'after' phrase \"" + abbreviate(c.after(), 60) + "\" is not in "
                        + c.source()));
                return null;
            }
            int from = anchors.get(0).start();
            return spans.stream().filter(s -> s.start() >= from).findFirst().orElseGet(() -> {
                problems.add(Problem.at(c.loc(), "the quote does not occur after \"" + abbreviate(c.after(), 60) + "\""));
                return null;
            });
        }
        if (spans.size() > 1) {
            problems.add(Problem.at(c.loc(), "quote occurs " + spans.size() + " times in " + c.source()
                    + " (at offsets " + spans.stream().map(s -> String.valueOf(s.start())).collect(Collectors.joining(", "))
                    + "); add 'occurrence: N' or 'after: \"a phrase before it\"'"));
            return null;
        }
        return spans.get(0);
    }

    private static Located locate(SourcePassages sp, QuoteLocator.Span span, ReadingForm reading) {
        List<PassageDraft> ps = sp.passages();
        int idx = 0;
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).start() <= span.start()) {
                idx = i;
            } else {
                break;
            }
        }
        PassageDraft p = ps.get(idx);
        String text = sp.source().text();
        return new Located(sp.source().id(), sp.passageIds().get(idx), span.start(), span.end(),
                text.substring(span.start(), span.end()), p.printedPage(), reading.read(text, span.start(), span.end()));
    }

    /** The passage whose words best match a quote that was not found, as a hint for the curator. */
    private static String closest(SourcePassages sp, String quote) {
        Set<String> words = words(quote);
        if (words.isEmpty()) {
            return "";
        }
        double best = 0;
        int bestIdx = -1;
        for (int i = 0; i < sp.passages().size(); i++) {
            Set<String> pw = words(sp.passages().get(i).cleanText());
            long common = words.stream().filter(pw::contains).count();
            double score = (double) common / words.size();
            if (score > best) {
                best = score;
                bestIdx = i;
            }
        }
        if (bestIdx < 0 || best < 0.3) {
            return "; no passage of that source resembles it";
        }
        PassageDraft p = sp.passages().get(bestIdx);
        return String.format(Locale.ROOT, "; closest passage %s (offset %d%s, %.0f%% of the words): \"%s\"",
                sp.passageIds().get(bestIdx), p.start(), p.printedPage() == null ? "" : ", page " + p.printedPage(),
                best * 100, abbreviate(p.cleanText(), 120));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) out.add(w);
        }
        return out;
    }

    static String abbreviate(String s, int max) {
        String t = QuoteLocator.normalize(s);
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
