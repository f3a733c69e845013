package org.laststruggle.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.laststruggle.common.CitationDto;
import org.laststruggle.database.Rows;
import org.laststruggle.problem.ApiProblem;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Reads of every citation with the fact it supports, for the annotations. The one query of the
 * exports that no entity service has: all citations across subjects, with the subject's label.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AnnotationService {

    /** Subject types of the citation table, as they start an annotation id. */
    static final Set<String> SUBJECT_TYPES = Set.of("person", "body", "congress", "document", "publication", "event",
            "claim");

    private static final String COLUMNS = "c.subject_type, c.subject_id, c.source_id, c.passage_id, c.start_pos, c.reading,"
            + " c.end_pos, c.quote, c.page, cl.dispute_id, d.kind as document_kind,"
            + " case c.subject_type when 'publication' then coalesce(d.pub_label, d.title) when 'claim' then cl.statement"
            + " else coalesce(p.name, b.name, co.name, d.title, e.title) end as label";
    private static final String FROM = " from citation c join source s on s.id = c.source_id"
            + " left join person p on c.subject_type = 'person' and p.id = c.subject_id"
            + " left join body b on c.subject_type = 'body' and b.id = c.subject_id"
            + " left join congress co on c.subject_type = 'congress' and co.id = c.subject_id"
            + " left join document d on c.subject_type in ('document', 'publication') and d.id = c.subject_id"
            + " left join event e on c.subject_type = 'event' and e.id = c.subject_id"
            + " left join claim cl on c.subject_type = 'claim' and cl.id = c.subject_id";
    /** Sources in their order, spans in text order; the subject breaks ties. */
    private static final String ORDER = " order by s.seq, c.start_pos, c.end_pos, c.subject_type, c.subject_id";

    /** Only citations of this source and/or of this entity (any type; a dispute's claims count as the dispute's). */
    public record Filter(String source, String subject) {
        public static final Filter NONE = new Filter(null, null);
    }

    /**
     * One page of the citations matching the filter, in source order and then text order.
     * Statements: one to check the filter's ids (when there are any), the page with the total,
     * and a count only when the page is empty.
     */
    public Page<AnnotatedCitation> findCitations(Filter f, PageRequest pr) {
        checkIds(f);
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        List<Tuple> rows = Rows.query("select " + COLUMNS + ", count(*) over () as total" + FROM + where + ORDER
                + " limit :limit offset :offset", params);
        long total;
        if (rows.isEmpty()) {
            params.remove("limit");
            params.remove("offset");
            total = Rows.longValue(Rows.query("select count(*) as total from citation c"
                    + " left join claim cl on c.subject_type = 'claim' and cl.id = c.subject_id" + where, params).get(0),
                    "total");
        } else {
            total = Rows.longValue(rows.get(0), "total");
        }
        return pr.page(rows.stream().map(AnnotationService::annotated).toList(), total);
    }

    /** The citation an annotation id names; 404 problem if there is none. One statement. */
    public AnnotatedCitation findCitation(String annotationId) {
        int dash = annotationId.indexOf('-');
        int last = annotationId.lastIndexOf('-');
        if (dash > 0 && last > dash + 1 && SUBJECT_TYPES.contains(annotationId.substring(0, dash))
                && annotationId.length() - last - 1 == CitationDto.ANNOTATION_HASH_LENGTH) {
            String type = annotationId.substring(0, dash);
            String subject = annotationId.substring(dash + 1, last);
            for (Tuple t : Rows.query("select " + COLUMNS + FROM + " where c.subject_type = :type and c.subject_id = :subject" + ORDER,
                    Map.of("type", type, "subject", subject))) {
                AnnotatedCitation a = annotated(t);
                if (a.annotationId().equals(annotationId)) {
                    return a;
                }
            }
        }
        throw ApiProblem.notFound("annotation", annotationId);
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.source() != null) {
            where.add("c.source_id = :source");
            params.put("source", f.source());
        }
        if (f.subject() != null) {
            where.add("((c.subject_type <> 'claim' and c.subject_id = :subject)"
                    + " or (c.subject_type = 'claim' and cl.dispute_id = :subject))");
            params.put("subject", f.subject());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** 400 naming the parameter when the source or the subject does not exist. */
    private static void checkIds(Filter f) {
        if (f.source() == null && f.subject() == null) {
            return;
        }
        List<Tuple> rows = Rows.query("select"
                + " exists (select 1 from source where id = :source) as source_found,"
                + " exists (select 1 from person where id = :subject) or exists (select 1 from body where id = :subject)"
                + " or exists (select 1 from congress where id = :subject)"
                + " or exists (select 1 from document where id = :subject)"
                + " or exists (select 1 from event where id = :subject)"
                + " or exists (select 1 from dispute where id = :subject) as subject_found",
                Map.of("source", f.source() == null ? "" : f.source(), "subject", f.subject() == null ? "" : f.subject()));
        Tuple t = rows.get(0);
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (f.source() != null && !Rows.bool(t, "source_found")) {
            errors.add(new ApiProblem.FieldError("source", "must be a source id (list them with GET /api/v1/sources);"
                    + " no such id: '" + ApiProblem.shorten(f.source()) + "'"));
        }
        if (f.subject() != null && !Rows.bool(t, "subject_found")) {
            errors.add(new ApiProblem.FieldError("subject", "must be the id of a person, body, congress, document, event"
                    + " or dispute; no such id: '" + ApiProblem.shorten(f.subject()) + "'"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
    }

    private static AnnotatedCitation annotated(Tuple t) {
        String type = Rows.str(t, "subject_type");
        String id = Rows.str(t, "subject_id");
        String entityType = switch (type) {
            case "publication" -> "document";
            case "claim" -> "dispute";
            default -> type;
        };
        String entityId = "claim".equals(type) ? Rows.str(t, "dispute_id") : id;
        CitationDto c = CitationDto.of(type, id, Rows.str(t, "source_id"), Rows.str(t, "passage_id"),
                Rows.integer(t, "start_pos"), Rows.integer(t, "end_pos"), Rows.str(t, "quote"), Rows.str(t, "reading"),
                Rows.integer(t, "page"));
        return new AnnotatedCitation(type, id, entityType, entityId, Rows.str(t, "label"), Rows.str(t, "document_kind"),
                c);
    }
}
