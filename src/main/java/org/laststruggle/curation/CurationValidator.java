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

    /** Where a quote was found. */
    public record Located(String sourceId, String passageId, int start, int end, String quote, Integer page) {
    }

    /** A source with its passages and their ids. */
    public record SourcePassages(SourceText source, List<PassageDraft> passages, List<String> passageIds) {
    }

    /** The checked data, ready to be written: every citation located, every date resolved, the kind of every id. */
    public record Resolved(Curation.Data data, List<SourcePassages> sources, Map<Cite, Located> citations,
            Map<DateIn, HistDate> dates, Map<String, String> kinds) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, Loc> defined = new HashMap<>();
    private final Map<Cite, Located> located = new IdentityHashMap<>();
    private final Map<DateIn, HistDate> dates = new IdentityHashMap<>();
    private final Map<String, SourcePassages> sources = new LinkedHashMap<>();
    private final Map<String, QuoteLocator> locators = new HashMap<>();

    List<Problem> problems() {
        return problems;
    }

    Resolved validate(Curation.Data d, List<SourceText> sourceTexts) {
        for (SourceText s : sourceTexts) {
            List<PassageDraft> ps = PassageSplitter.split(s.id(), s.text());
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
        for (EventIn e : d.events()) {
            oneOf(e.type(), EVENT_TYPES, "event type", e.loc());
            date(e.date());
            e.persons().forEach(r -> ref(r, "participant", "person", "body"));
            e.documents().forEach(r -> ref(r, "document", "document"));
            ref(e.congress(), "congress", "congress");
            cites(e.cites());
        }
        for (DisputeIn x : d.disputes()) {
            if (x.subject() != null && oneOf(x.subjectType(), SUBJECT_TYPES, "subject type", x.subject().loc())) {
                ref(x.subject(), "subject", x.subjectType());
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
        return new Resolved(d, List.copyOf(sources.values()), located, dates, kinds);
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
        try {
            dates.put(d, HistDate.parse(d.edtf(), d.label()));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            problems.add(Problem.at(d.loc(), "bad date '" + d.edtf() + "': " + e.getMessage()));
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
        for (Cite c : cites) {
            if (c.source() == null || c.quote() == null) {
                continue; // reported by the reader
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
                located.put(c, locate(sp, chosen));
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

    private static Located locate(SourcePassages sp, QuoteLocator.Span span) {
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
                text.substring(span.start(), span.end()), p.printedPage());
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
