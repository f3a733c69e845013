package org.laststruggle.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.Where;
import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of documents (letters, notes, articles, resolutions and the rest) from the read model. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DocumentService {

    /** The most events or disputes a document detail lists. */
    public static final int MAX_LINKS = 500;

    /**
     * One page of the documents of a scope matching the filter, sorted by date (earliest), then
     * position among the parts of a whole, then id. One statement, plus one to check the ids given
     * as filters when there are any.
     */
    public Rendered findDocuments(DocumentScope scope, DocumentFilter f, PageRequest pr) {
        return ReadModelQueries.page("document_read", "item_json", where(scope, f), pr);
    }

    /**
     * The condition on table document_read that selects the documents of a scope matching the
     * filter (for the exports, which read every match); checks the filter's ids first (a statement
     * when there are any).
     */
    public Where where(DocumentScope scope, DocumentFilter f) {
        checkIds(f);
        List<String> kinds = f.kinds().isEmpty() && scope == DocumentScope.ALL ? null
                : f.kinds().isEmpty() ? scope.kinds() : f.kinds();
        Where where = new Where()
                .and("kind in (:kinds)", "kinds", kinds)
                .hasId("authors", "author", f.author())
                .hasId("recipients", "recipient", f.recipient())
                .hasId("dictated_to", "dictatedTo", f.dictatedTo())
                .dates("date_days", f.dates())
                .and("congress_id = :congress", "congress", f.congress())
                .and("part_of = :partOf", "partOf", f.partOf())
                .contains("title_norm", f.q())
                .andIf(f.topLevel(), "part_of is null");
        return where;
    }

    /** One document of the scope with its events, disputes and appearances; 404 if unknown or out of scope. */
    public Rendered findDocument(DocumentScope scope, String id) {
        DocumentView d = DocumentView.findById(id); // a document of another kind is not found in /letters
        if (d == null || !scope.kinds().contains(d.kind)) {
            throw ApiProblem.notFound(scope.noun, id);
        }
        return Rendered.of(d.detailJson);
    }

    /** Checks in one statement that the ids given as filters exist and are of the right type. */
    private static void checkIds(DocumentFilter f) {
        Set<String> ids = new HashSet<>();
        for (String id : new String[] {f.author(), f.recipient(), f.dictatedTo(), f.congress(), f.partOf()}) {
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Set<String>> types = new HashMap<>();
        for (Object[] row : ReadModelQueries.rows("select 'person', id from person_read where id in (:ids)"
                + " union all select 'body', id from body_read where id in (:ids)"
                + " union all select 'congress', id from congress_read where id in (:ids)"
                + " union all select 'document', id from document_read where id in (:ids)", Map.of("ids", ids))) {
            types.computeIfAbsent((String) row[1], k -> new HashSet<>()).add((String) row[0]);
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String persons = "a person id; list them with GET /api/v1/persons";
        check(errors, types, "author", f.author(), Set.of("person"), persons);
        check(errors, types, "dictatedTo", f.dictatedTo(), Set.of("person"), persons);
        check(errors, types, "recipient", f.recipient(), Set.of("person", "body", "congress"),
                "a person id (list them with GET /api/v1/persons), a body id such as politburo or central-committee,"
                        + " or a congress id (GET /api/v1/congresses)");
        check(errors, types, "congress", f.congress(), Set.of("congress"),
                "a congress id; list them with GET /api/v1/congresses");
        check(errors, types, "partOf", f.partOf(), Set.of("document"),
                "a document id; list the wholes with GET /api/v1/documents?topLevel=true");
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
    }

    private static void check(List<ApiProblem.FieldError> errors, Map<String, Set<String>> types, String param, String id,
            Set<String> allowed, String hint) {
        if (id != null && types.getOrDefault(id, Set.of()).stream().noneMatch(allowed::contains)) {
            errors.add(new ApiProblem.FieldError(param, "must be " + hint + "; no such id: '" + ApiProblem.shorten(id) + "'"));
        }
    }
}
