package org.laststruggle.curation;

import org.laststruggle.database.Rows;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.laststruggle.dates.Chronology;
import org.laststruggle.dates.HistDate;
import org.laststruggle.curation.Curation.BodyIn;
import org.laststruggle.curation.Curation.ClaimIn;
import org.laststruggle.curation.Curation.Cite;
import org.laststruggle.curation.Curation.CongressIn;
import org.laststruggle.curation.Curation.DateIn;
import org.laststruggle.curation.Curation.DisputeIn;
import org.laststruggle.curation.Curation.DocumentIn;
import org.laststruggle.curation.Curation.EventIn;
import org.laststruggle.curation.Curation.PersonIn;
import org.laststruggle.curation.Curation.RefIn;
import org.laststruggle.curation.CurationValidator.Located;
import org.laststruggle.curation.CurationValidator.Resolved;
import org.laststruggle.curation.CurationValidator.SourcePassages;
import org.laststruggle.source.PassageDraft;

/**
 * Replaces the database content with checked data, inside the caller's transaction. Rows are
 * deleted, not truncated, so readers keep seeing the previous data until the commit.
 */
final class CurationWriter {

    private static final String[] TABLES = {"citation", "claim", "dispute", "event_document", "event_agent", "event",
        "document_agent", "document", "congress", "person_name", "person", "body", "passage", "source", "curation_state"};

    private final Connection c;
    private final Resolved r;

    CurationWriter(Connection c, Resolved r) {
        this.c = c;
        this.r = r;
    }

    void replaceAll(String contentHash, String countsJson) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.executeUpdate("delete from " + t);
            }
        }
        sources();
        Curation.Data d = r.data();
        try (PreparedStatement ps = c.prepareStatement("insert into body(id, name, kind, summary) values (?,?,?,?)")) {
            for (BodyIn b : d.bodies()) {
                ps.setString(1, b.id());
                ps.setString(2, b.name());
                ps.setString(3, b.kind());
                ps.setString(4, b.summary());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        persons(d.persons());
        congresses(d.congresses());
        documents(d.documents());
        events(d.events());
        disputes(d.disputes());
        citations(d);
        try (PreparedStatement ps = c.prepareStatement(
                "insert into curation_state(id, content_hash, loaded_at, counts) values (1, ?, now(), ?)")) {
            ps.setString(1, contentHash);
            ps.setString(2, countsJson);
            ps.executeUpdate();
        }
    }

    private void sources() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into source(id, file, title, author, published, publisher, url,"
                + " language, sha256, length, passage_count, seq, text) values (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement p = c.prepareStatement("insert into passage(id, source_id, seq, start_pos, end_pos,"
                        + " printed_page, part, book_section, clean_text, soft_hyphens) values (?,?,?,?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (SourcePassages sp : r.sources()) {
                var src = sp.source();
                s.setString(1, src.id());
                s.setString(2, src.file());
                s.setString(3, src.title());
                s.setString(4, src.author());
                s.setString(5, src.published());
                s.setString(6, src.publisher());
                s.setString(7, src.url());
                s.setString(8, src.language());
                s.setString(9, src.sha256());
                s.setInt(10, src.length());
                s.setInt(11, sp.passages().size());
                s.setInt(12, seq++);
                s.setString(13, src.text());
                s.addBatch();
            }
            s.executeBatch();
            for (SourcePassages sp : r.sources()) {
                for (int i = 0; i < sp.passages().size(); i++) {
                    PassageDraft d = sp.passages().get(i);
                    p.setString(1, sp.passageIds().get(i));
                    p.setString(2, sp.source().id());
                    p.setInt(3, d.seq());
                    p.setInt(4, d.start());
                    p.setInt(5, d.end());
                    setInt(p, 6, d.printedPage());
                    p.setString(7, d.part());
                    p.setString(8, d.section());
                    p.setString(9, d.cleanText());
                    p.setArray(10, c.createArrayOf("integer", d.softHyphens().toArray()));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private void persons(List<PersonIn> persons) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into person(id, name, sort_name, summary, "
                + dateColumns("born") + ", " + dateColumns("died") + ") values (?,?,?,?," + dateMarks(2) + ")");
                PreparedStatement n = c.prepareStatement(
                        "insert into person_name(person_id, name, norm, misreading) values (?, ?, ls_norm(?), ?)")) {
            for (PersonIn x : persons) {
                p.setString(1, x.id());
                p.setString(2, x.name());
                p.setString(3, x.sortName());
                p.setString(4, x.summary());
                setDate(p, 5, x.born());
                setDate(p, 5 + DATE_COLUMNS, x.died());
                p.addBatch();
                Set<String> names = new LinkedHashSet<>();
                names.add(x.name());
                names.add(x.sortName());
                names.addAll(x.variants());
                for (String name : names) {
                    n.setString(1, x.id());
                    n.setString(2, name);
                    n.setString(3, name);
                    n.setBoolean(4, false);
                    n.addBatch();
                }
                for (String name : new LinkedHashSet<>(x.misreadings())) {
                    if (names.contains(name)) {
                        continue; // reported by the validator
                    }
                    n.setString(1, x.id());
                    n.setString(2, name);
                    n.setString(3, name);
                    n.setBoolean(4, true);
                    n.addBatch();
                }
            }
            p.executeBatch();
            n.executeBatch();
        }
    }

    private void congresses(List<CongressIn> congresses) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into congress(id, name, body, number, kind, place, summary, "
                + dateColumns("date") + ") values (?,?,?,?,?,?,?," + dateMarks(1) + ")")) {
            for (CongressIn x : congresses) {
                p.setString(1, x.id());
                p.setString(2, x.name());
                p.setString(3, x.body());
                setInt(p, 4, x.number());
                p.setString(5, x.kind());
                p.setString(6, x.place());
                p.setString(7, x.summary());
                setDate(p, 8, x.date());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void documents(List<DocumentIn> documents) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into document(id, title, kind, summary, part_of, part_seq,"
                + " congress_id, " + dateColumns("date") + ", " + dateColumns("pub") + ") values (?,?,?,?,?,?,?,"
                + dateMarks(2) + ")");
                PreparedStatement a = c.prepareStatement("insert into document_agent(document_id, role, agent_type,"
                        + " agent_id, ord) values (?,?,?,?,?)")) {
            // wholes first, so that part_of references exist
            List<DocumentIn> ordered = new java.util.ArrayList<>(documents.stream().filter(x -> x.partOf() == null).toList());
            ordered.addAll(documents.stream().filter(x -> x.partOf() != null).toList());
            Map<String, Integer> partCounters = new java.util.HashMap<>();
            for (DocumentIn x : ordered) {
                p.setString(1, x.id());
                p.setString(2, x.title());
                p.setString(3, x.kind());
                p.setString(4, x.summary());
                p.setString(5, x.partOf() == null ? null : x.partOf().id());
                setInt(p, 6, x.partOf() == null ? null : partCounters.merge(x.partOf().id(), 1, Integer::sum));
                p.setString(7, x.congress() == null ? null : x.congress().id());
                setDate(p, 8, x.date());
                setDate(p, 8 + DATE_COLUMNS, x.published());
                p.addBatch();
                agents(a, x.id(), "author", x.authors());
                agents(a, x.id(), "recipient", x.recipients());
                agents(a, x.id(), "dictated_to", x.dictatedTo());
            }
            p.executeBatch();
            a.executeBatch();
        }
    }

    private void agents(PreparedStatement a, String documentId, String role, List<RefIn> refs) throws SQLException {
        Set<String> seen = new LinkedHashSet<>();
        for (RefIn ref : refs) {
            if (!seen.add(ref.id())) continue;
            a.setString(1, documentId);
            a.setString(2, role);
            a.setString(3, r.kinds().get(ref.id()));
            a.setString(4, ref.id());
            a.setInt(5, seen.size());
            a.addBatch();
        }
    }

    private void events(List<EventIn> events) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into event(id, title, summary, type, congress_id, "
                + dateColumns("date") + ") values (?,?,?,?,?," + dateMarks(1) + ")");
                PreparedStatement a = c.prepareStatement(
                        "insert into event_agent(event_id, agent_type, agent_id, role, ord) values (?,?,?,?,?)");
                PreparedStatement dd = c.prepareStatement(
                        "insert into event_document(event_id, document_id, ord) values (?,?,?)")) {
            for (EventIn x : events) {
                p.setString(1, x.id());
                p.setString(2, x.title());
                p.setString(3, x.summary());
                p.setString(4, x.type());
                p.setString(5, x.congress() == null ? null : x.congress().id());
                setDate(p, 6, x.date());
                p.addBatch();
                Set<String> seen = new LinkedHashSet<>();
                for (RefIn ref : x.persons()) {
                    if (!seen.add(ref.id() + "\u0000" + ref.role())) continue;
                    a.setString(1, x.id());
                    a.setString(2, r.kinds().get(ref.id()));
                    a.setString(3, ref.id());
                    a.setString(4, ref.role());
                    a.setInt(5, seen.size());
                    a.addBatch();
                }
                Set<String> docs = new LinkedHashSet<>();
                for (RefIn ref : x.documents()) {
                    if (!docs.add(ref.id())) continue;
                    dd.setString(1, x.id());
                    dd.setString(2, ref.id());
                    dd.setInt(3, docs.size());
                    dd.addBatch();
                }
            }
            p.executeBatch();
            a.executeBatch();
            dd.executeBatch();
        }
    }

    private void disputes(List<DisputeIn> disputes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "insert into dispute(id, question, subject_type, subject_id) values (?,?,?,?)");
                PreparedStatement cl = c.prepareStatement("insert into claim(id, dispute_id, ord, statement, value,"
                        + " preferred, reason) values (?,?,?,?,?,?,?)")) {
            for (DisputeIn x : disputes) {
                p.setString(1, x.id());
                p.setString(2, x.question());
                p.setString(3, x.subjectType());
                p.setString(4, x.subject().id());
                p.addBatch();
                for (int i = 0; i < x.claims().size(); i++) {
                    ClaimIn claim = x.claims().get(i);
                    cl.setString(1, x.claimId(i));
                    cl.setString(2, x.id());
                    cl.setInt(3, i + 1);
                    cl.setString(4, claim.statement());
                    cl.setString(5, claim.value());
                    cl.setBoolean(6, claim.preferred());
                    cl.setString(7, claim.reason());
                    cl.addBatch();
                }
            }
            p.executeBatch();
            cl.executeBatch();
        }
    }

    private void citations(Curation.Data d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into citation(subject_type, subject_id, ord, source_id,"
                + " passage_id, start_pos, end_pos, quote, page, reading) values (?,?,?,?,?,?,?,?,?,?)")) {
            for (BodyIn x : d.bodies()) cite(p, "body", x.id(), x.cites());
            for (PersonIn x : d.persons()) cite(p, "person", x.id(), x.cites());
            for (CongressIn x : d.congresses()) cite(p, "congress", x.id(), x.cites());
            for (DocumentIn x : d.documents()) {
                cite(p, "document", x.id(), x.cites());
                cite(p, "publication", x.id(), x.publishedCites());
            }
            for (EventIn x : d.events()) cite(p, "event", x.id(), x.cites());
            for (DisputeIn x : d.disputes()) {
                for (int i = 0; i < x.claims().size(); i++) {
                    cite(p, "claim", x.claimId(i), x.claims().get(i).cites());
                }
            }
            p.executeBatch();
        }
    }

    private void cite(PreparedStatement p, String type, String id, List<Cite> cites) throws SQLException {
        int ord = 0;
        for (Cite cite : cites) {
            Located l = r.citations().get(cite);
            p.setString(1, type);
            p.setString(2, id);
            p.setInt(3, ++ord);
            p.setString(4, l.sourceId());
            p.setString(5, l.passageId());
            p.setInt(6, l.start());
            p.setInt(7, l.end());
            p.setString(8, l.quote());
            setInt(p, 9, l.page());
            p.setString(10, l.reading());
            p.addBatch();
        }
    }

    /** The columns of one stored date, in the order {@link #setDate} fills them. */
    private static final int DATE_COLUMNS = 9;

    private static String dateColumns(String prefix) {
        return String.format(Locale.ROOT, "%1$s_edtf, %1$s_label, %1$s_precision, %1$s_earliest, %1$s_latest,"
                + " %1$s_note, %1$s_disputed, %1$s_sort, %1$s_days", prefix);
    }

    /** Placeholders for {@code dates} stored dates; the multirange is given as text and cast. */
    private static String dateMarks(int dates) {
        String one = "?,?,?,?,?,?,?,?,cast(? as datemultirange)";
        return String.join(",", java.util.Collections.nCopies(dates, one));
    }

    private void setDate(PreparedStatement p, int i, DateIn in) throws SQLException {
        HistDate h = in == null ? null : r.dates().get(in);
        p.setString(i, h == null ? null : h.edtf());
        p.setString(i + 1, h != null ? h.label() : in == null ? null : in.label());
        p.setString(i + 2, h == null ? null : h.precision());
        p.setObject(i + 3, h == null || h.earliest() == null ? null : Date.valueOf(h.earliest()), Types.DATE);
        p.setObject(i + 4, h == null || h.latest() == null ? null : Date.valueOf(h.latest()), Types.DATE);
        p.setString(i + 5, in == null ? null : in.note());
        p.setBoolean(i + 6, in != null && r.disputedDates().contains(in));
        p.setString(i + 7, Chronology.sortKey(h));
        p.setString(i + 8, h == null ? null : h.daysLiteral());
    }


    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) p.setNull(i, Types.INTEGER);
        else p.setInt(i, v);
    }
}
