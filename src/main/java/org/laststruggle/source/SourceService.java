package org.laststruggle.source;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.laststruggle.problem.ApiProblem;
import org.laststruggle.common.CitationDto;
import org.laststruggle.query.Page;
import org.laststruggle.query.PageRequest;
import org.laststruggle.database.Rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads of the sources and their passages. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SourceService {

    private static final String SOURCE_COLUMNS = "s.id, s.title, s.author, s.published, s.publisher, s.url, s.language,"
            + " s.sha256, s.length, s.passage_count,"
            + " (select min(printed_page) from passage p where p.source_id = s.id) as first_page,"
            + " (select max(printed_page) from passage p where p.source_id = s.id) as last_page";

    private static final String PASSAGE_COLUMNS = "p.id, p.source_id, p.seq, p.start_pos, p.end_pos, p.printed_page, p.part,"
            + " p.book_section, p.clean_text, p.soft_hyphens, s.passage_count,"
            + " substring(s.text from p.start_pos + 1 for p.end_pos - p.start_pos) as raw";

    public Page<SourceDto> findSources(PageRequest pr) {
        List<Tuple> rows = Rows.query("select " + SOURCE_COLUMNS + ", count(*) over () as total from source s"
                + " order by s.seq, s.id limit :limit offset :offset", Map.of("limit", pr.size(), "offset", pr.offset()));
        return pr.page(rows.stream().map(SourceService::source).toList(),
                rows.isEmpty() ? countSources() : Rows.longValue(rows.get(0), "total"));
    }

    private long countSources() {
        return Source.count();
    }

    public SourceDto findSource(String id) {
        List<Tuple> rows = Rows.query("select " + SOURCE_COLUMNS + " from source s where s.id = :id", Map.of("id", id));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("source", id);
        }
        return source(rows.get(0));
    }

    /** The raw text exactly as shipped, as UTF-8 bytes. */
    public byte[] findText(String id) {
        Source s = Source.findById(id);
        if (s == null) {
            throw ApiProblem.notFound("source", id);
        }
        return s.text.getBytes(StandardCharsets.UTF_8);
    }

    public Page<PassageDto> findPassages(String sourceId, Integer printedPage, PageRequest pr) {
        findSource(sourceId); // 404 for an unknown source; a page outside its pages gives an empty list
        Map<String, Object> params = new HashMap<>();
        params.put("source", sourceId);
        params.put("limit", pr.size());
        params.put("offset", pr.offset());
        String where = "p.source_id = :source";
        if (printedPage != null) {
            where += " and p.printed_page = :printedPage";
            params.put("printedPage", printedPage);
        }
        // The raw span is cut from the source's text for the rows of the page only: computed beside the window count,
        // it was cut (and the whole text detoasted) for every passage of the source, over 5 s for a book.
        List<Tuple> rows = Rows.query("select " + PASSAGE_COLUMNS + ", p.total from (select p.*, count(*) over () as total"
                + " from passage p where " + where + " order by p.seq limit :limit offset :offset) p"
                + " join source s on s.id = p.source_id order by p.seq", params);
        long total = rows.isEmpty()
                ? Passage.count(printedPage == null ? "sourceId = ?1" : "sourceId = ?1 and printedPage = ?2",
                        printedPage == null ? new Object[] {sourceId} : new Object[] {sourceId, printedPage})
                : Rows.longValue(rows.get(0), "total");
        return pr.page(rows.stream().map(SourceService::passage).toList(), total);
    }

    public PassageDto findPassage(String id) {
        List<Tuple> rows = Rows.query("select " + PASSAGE_COLUMNS + " from passage p join source s on s.id = p.source_id"
                + " where p.id = :id", Map.of("id", id));
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("passage", id);
        }
        return passage(rows.get(0));
    }

    private static SourceDto source(Tuple t) {
        String id = Rows.str(t, "id");
        return new SourceDto(id, Rows.str(t, "title"), Rows.str(t, "author"), Rows.str(t, "published"),
                Rows.str(t, "publisher"), Rows.str(t, "url"), Rows.str(t, "language"), Rows.str(t, "sha256"),
                Rows.integer(t, "length"), Rows.integer(t, "passage_count"), Rows.integer(t, "first_page"),
                Rows.integer(t, "last_page"), "/api/v1/sources/" + id + "/text");
    }

    static PassageDto passage(Tuple t) {
        String sourceId = Rows.str(t, "source_id");
        int seq = Rows.integer(t, "seq");
        int count = Rows.integer(t, "passage_count");
        String id = Rows.str(t, "id");
        int start = Rows.integer(t, "start_pos");
        int end = Rows.integer(t, "end_pos");
        Integer page = Rows.integer(t, "printed_page");
        return new PassageDto(id, sourceId, seq, start, end, page, Rows.str(t, "part"), Rows.str(t, "book_section"),
                Rows.str(t, "clean_text"), softHyphens(t.get("soft_hyphens")),
                seq > 0 ? passageId(sourceId, seq - 1) : null,
                seq + 1 < count ? passageId(sourceId, seq + 1) : null,
                CitationDto.of(sourceId, id, start, end, Rows.str(t, "raw"), Rows.str(t, "clean_text"), page));
    }

    /** An integer[] column as a list (the JDBC driver gives an Integer[] or a java.sql.Array). */
    private static List<Integer> softHyphens(Object v) {
        try {
            Object a = v instanceof java.sql.Array arr ? arr.getArray() : v;
            if (a instanceof Integer[] ints) {
                return List.of(ints);
            }
            if (a instanceof int[] ints) {
                return java.util.Arrays.stream(ints).boxed().toList();
            }
            return List.of();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String passageId(String sourceId, int seq) {
        return String.format(java.util.Locale.ROOT, "%s-%04d", sourceId, seq);
    }
}
