package org.laststruggle.curation;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads curation YAML into {@link Curation.Data}, keeping the line of every entity, field and
 * citation. Structural mistakes (unknown or missing fields, a list where a text belongs) are
 * collected as problems; nothing stops at the first one.
 */
final class CurationReader {

    private static final Set<String> KINDS = Set.of("bodies", "persons", "congresses", "documents", "events", "disputes");
    private static final Set<String> CITE_FIELDS = Set.of("source", "quote", "occurrence", "after");

    private final List<Problem> problems = new ArrayList<>();
    private final List<BodyIn> bodies = new ArrayList<>();
    private final List<PersonIn> persons = new ArrayList<>();
    private final List<CongressIn> congresses = new ArrayList<>();
    private final List<DocumentIn> documents = new ArrayList<>();
    private final List<EventIn> events = new ArrayList<>();
    private final List<DisputeIn> disputes = new ArrayList<>();
    private String file;

    List<Problem> problems() {
        return problems;
    }

    Curation.Data data() {
        return new Curation.Data(bodies, persons, congresses, documents, events, disputes);
    }

    /** Reads one file's text; {@code name} is what reports call the file. */
    void read(String name, String text) {
        this.file = name;
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // duplicates are reported below, with their line
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(new Problem(name, line, "YAML syntax: " + e.getProblem()
                    + " (check indentation, and quote text that contains ': ' or starts with a quote mark)"));
            return;
        } catch (YAMLException e) {
            problems.add(new Problem(name, 1, "YAML syntax: " + e.getMessage()));
            return;
        }
        if (root == null) {
            return;
        }
        Map<String, Node> top = fields(root, KINDS, "a curation file");
        if (top == null) {
            return;
        }
        top.forEach((kind, list) -> {
            for (Node n : items(list, kind)) {
                switch (kind) {
                    case "bodies" -> body(n);
                    case "persons" -> person(n);
                    case "congresses" -> congress(n);
                    case "documents" -> document(n);
                    case "events" -> event(n);
                    default -> dispute(n);
                }
            }
        });
    }

    private void body(Node n) {
        Map<String, Node> f = fields(n, Set.of("id", "name", "kind", "summary", "citations"), "a body");
        if (f == null) return;
        require(n, f, "body", "id", "name", "kind", "citations");
        bodies.add(new BodyIn(text(f.get("id")), text(f.get("name")), text(f.get("kind")), text(f.get("summary")),
                cites(f.get("citations")), loc(n)));
    }

    private void person(Node n) {
        Map<String, Node> f = fields(n, Set.of("id", "name", "sortName", "variants", "misreadings", "born", "died",
                "summary", "citations"), "a person");
        if (f == null) return;
        require(n, f, "person", "id", "name", "sortName", "summary", "citations");
        persons.add(new PersonIn(text(f.get("id")), text(f.get("name")), text(f.get("sortName")),
                texts(f.get("variants"), "variants"), texts(f.get("misreadings"), "misreadings"),
                date(f.get("born"), null, null), date(f.get("died"), null, null), text(f.get("summary")),
                cites(f.get("citations")), loc(n)));
    }

    private void congress(Node n) {
        Map<String, Node> f = fields(n, Set.of("id", "name", "body", "number", "kind", "date", "dateLabel", "dateNote",
                "place", "summary", "citations"), "a congress");
        if (f == null) return;
        require(n, f, "congress", "id", "name", "body", "kind", "citations");
        congresses.add(new CongressIn(text(f.get("id")), text(f.get("name")), text(f.get("body")), integer(f.get("number")),
                text(f.get("kind")), date(f.get("date"), f.get("dateLabel"), f.get("dateNote")), text(f.get("place")), text(f.get("summary")),
                cites(f.get("citations")), loc(n)));
    }

    private void document(Node n) {
        Map<String, Node> f = fields(n, Set.of("id", "title", "kind", "authors", "recipients", "dictatedTo", "date",
                "dateLabel", "dateNote", "partOf", "congress", "firstPublished", "summary", "citations"), "a document");
        if (f == null) return;
        require(n, f, "document", "id", "title", "kind", "date", "citations");
        DateIn published = null;
        List<Cite> publishedCites = List.of();
        Node fp = f.get("firstPublished");
        if (fp != null) {
            Map<String, Node> p = fields(fp, Set.of("date", "label", "note", "citations"), "firstPublished");
            if (p != null) {
                require(fp, p, "firstPublished", "citations");
                if (p.get("date") == null && p.get("label") == null) {
                    problems.add(Problem.at(loc(fp), "firstPublished needs a 'date' (EDTF) or at least a 'label'"));
                }
                published = date(p.get("date"), p.get("label"), p.get("note"));
                publishedCites = cites(p.get("citations"));
            }
        }
        documents.add(new DocumentIn(text(f.get("id")), text(f.get("title")), text(f.get("kind")), refs(f.get("authors")),
                refs(f.get("recipients")), refs(f.get("dictatedTo")), date(f.get("date"), f.get("dateLabel"), f.get("dateNote")),
                ref(f.get("partOf")), ref(f.get("congress")), published, publishedCites, text(f.get("summary")),
                cites(f.get("citations")), loc(n)));
    }

    private void event(Node n) {
        Map<String, Node> f = fields(n, Set.of("id", "title", "summary", "type", "date", "dateLabel", "dateNote",
                "persons", "documents", "congress", "citations"), "an event");
        if (f == null) return;
        require(n, f, "event", "id", "title", "type", "date", "citations");
        List<RefIn> participants = new ArrayList<>();
        for (Node p : items(f.get("persons"), "persons")) {
            Map<String, Node> pf = fields(p, Set.of("id", "role"), "an event participant");
            if (pf == null) continue;
            require(p, pf, "event participant", "id", "role");
            participants.add(new RefIn(text(pf.get("id")), text(pf.get("role")), loc(p)));
        }
        events.add(new EventIn(text(f.get("id")), text(f.get("title")), text(f.get("summary")), text(f.get("type")),
                date(f.get("date"), f.get("dateLabel"), f.get("dateNote")), participants, refs(f.get("documents")), ref(f.get("congress")),
                cites(f.get("citations")), loc(n)));
    }

    private void dispute(Node n) {
        Map<String, Node> f = fields(n, Set.of("id", "question", "subject", "claims"), "a dispute");
        if (f == null) return;
        require(n, f, "dispute", "id", "question", "subject", "claims");
        RefIn subject = null;
        String subjectType = null;
        String subjectField = null;
        Node s = f.get("subject");
        if (s != null) {
            Map<String, Node> sf = fields(s, Set.of("type", "id", "field"), "a dispute subject");
            if (sf != null) {
                require(s, sf, "dispute subject", "type", "id");
                subjectType = text(sf.get("type"));
                subjectField = text(sf.get("field"));
                subject = new RefIn(text(sf.get("id")), null, loc(s));
            }
        }
        List<ClaimIn> claims = new ArrayList<>();
        for (Node c : items(f.get("claims"), "claims")) {
            Map<String, Node> cf = fields(c, Set.of("statement", "value", "preferred", "reason", "citations"), "a claim");
            if (cf == null) continue;
            require(c, cf, "claim", "statement", "citations");
            String preferred = text(cf.get("preferred"));
            if (preferred != null && !preferred.equals("true") && !preferred.equals("false")) {
                problems.add(Problem.at(loc(cf.get("preferred")), "preferred must be true or false"));
            }
            claims.add(new ClaimIn(text(cf.get("statement")), text(cf.get("value")), "true".equals(preferred),
                    text(cf.get("reason")), cites(cf.get("citations")), loc(c)));
        }
        disputes.add(new DisputeIn(text(f.get("id")), text(f.get("question")), subject, subjectType, subjectField, claims,
                loc(n)));
    }

    private List<Cite> cites(Node n) {
        List<Cite> out = new ArrayList<>();
        for (Node c : items(n, "citations")) {
            Map<String, Node> f = fields(c, CITE_FIELDS, "a citation");
            if (f == null) continue;
            require(c, f, "citation", "source", "quote");
            out.add(new Cite(text(f.get("source")), text(f.get("quote")), integer(f.get("occurrence")), text(f.get("after")),
                    loc(f.containsKey("quote") ? f.get("quote") : c)));
        }
        return out;
    }

    private DateIn date(Node edtf, Node label, Node note) {
        if (edtf == null && label == null) {
            if (note != null) {
                problems.add(Problem.at(loc(note), "a date note without a date: give the date (and its label) too"));
            }
            return null;
        }
        return new DateIn(edtf == null ? null : text(edtf), label == null ? null : text(label),
                note == null ? null : text(note), loc(edtf == null ? label : edtf));
    }

    private List<String> texts(Node n, String what) {
        List<String> out = new ArrayList<>();
        for (Node v : items(n, what)) {
            String s = text(v);
            if (s != null) out.add(s);
        }
        return out;
    }

    private List<RefIn> refs(Node n) {
        List<RefIn> out = new ArrayList<>();
        for (Node r : items(n, "a list of ids")) {
            String id = text(r);
            if (id != null) out.add(new RefIn(id, null, loc(r)));
        }
        return out;
    }

    private RefIn ref(Node n) {
        String id = n == null ? null : text(n);
        return id == null ? null : new RefIn(id, null, loc(n));
    }

    // ---- structure helpers -------------------------------------------------------------

    private Loc loc(Node n) {
        return new Loc(file, n.getStartMark().getLine() + 1);
    }

    private Map<String, Node> fields(Node n, Set<String> allowed, String what) {
        if (!(n instanceof MappingNode m)) {
            problems.add(Problem.at(loc(n), what + " must be a mapping of fields (key: value)"));
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                problems.add(Problem.at(loc(t.getKeyNode()), "unknown field '" + key + "' in " + what
                        + "; allowed: " + String.join(", ", allowed.stream().sorted().toList())));
            } else if (out.put(key, t.getValueNode()) != null) {
                problems.add(Problem.at(loc(t.getKeyNode()), "field '" + key + "' appears twice in " + what));
            }
        }
        return out;
    }

    private void require(Node n, Map<String, Node> f, String what, String... keys) {
        for (String k : keys) {
            Node v = f.get(k);
            if (v == null || (v instanceof ScalarNode s && s.getValue().isBlank())
                    || (v instanceof SequenceNode q && q.getValue().isEmpty() && !k.equals("variants") && !k.equals("misreadings"))) {
                problems.add(Problem.at(loc(n), what + " is missing required field '" + k + "'"));
            }
        }
    }

    private List<Node> items(Node n, String what) {
        if (n == null || (n instanceof ScalarNode s && s.getValue().isEmpty())) return List.of();
        if (n instanceof SequenceNode s) return s.getValue();
        problems.add(Problem.at(loc(n), what + " must be a list (items starting with '- ' or [a, b])"));
        return List.of();
    }

    private String text(Node n) {
        if (n == null) return null;
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            return v.isEmpty() || v.equals("~") || v.equals("null") ? null : v;
        }
        problems.add(Problem.at(loc(n), "expected a single value here, not a list or mapping"));
        return null;
    }

    private Integer integer(Node n) {
        String s = text(n);
        if (s == null) return null;
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            problems.add(Problem.at(loc(n), "expected a whole number, found '" + s + "'"));
            return null;
        }
    }
}
