package org.laststruggle.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;
import org.laststruggle.curation.CurationValidator;
import org.laststruggle.curation.DerivedTables;
import org.laststruggle.http.Rendered;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the read model (db/migration/V3__read_model.sql) at each load: every list item and
 * detail the API serves, rendered from the DTO records with the same JSON mapper the REST layer
 * uses, so a request only reads a row and sends its text.
 */
@ApplicationScoped
class ReadModel implements DerivedTables {

    private static final Logger LOG = Logger.getLogger(ReadModel.class);
    private static final String[] TABLES = {"person_read", "body_read", "congress_read", "document_read", "event_read",
        "dispute_read", "source_read", "passage_read", "timeline_read", "timeline_span", "event_span"};

    private final ObjectWriter json;

    ReadModel(ObjectMapper mapper) {
        this.json = Rendered.jsonWriter(mapper); // ASCII: see there why
    }

    @Override
    public void replaceAll(Connection c, CurationValidator.Resolved data) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.executeUpdate("delete from " + t);
            }
        }
        Catalog cat = new Catalog(data);
        try (Insert out = new Insert(c, json, "person_read", "id", "ord", "names_norm:norm", "item_json", "detail_json")) {
            PersonRows.write(cat, out);
        }
        try (Insert out = new Insert(c, json, "body_read", "id", "ord", "kind", "names_norm:norm", "item_json",
                "detail_json")) {
            BodyRows.write(cat, out);
        }
        try (Insert out = new Insert(c, json, "congress_read", "id", "ord", "kind", "date_days:days",
                "name_norm:norm", "item_json", "detail_json")) {
            CongressRows.write(cat, out);
        }
        try (Insert out = new Insert(c, json, "document_read", "id", "ord", "kind", "date_days:days", "part_of",
                "congress_id", "authors", "recipients", "dictated_to", "title_norm:norm", "item_json", "detail_json")) {
            DocumentRows.write(cat, out);
        }
        try (Insert out = new Insert(c, json, "event_read", "id", "ord", "type", "date_days:days", "congress_id",
                "agents", "documents", "text_norm:norm", "item_json", "detail_json");
                Insert span = new Insert(c, json, "event_span", "id", "ord", "type", "date_days:days", "congress_id",
                        "agents", "documents")) {
            EventRows.write(cat, out, span);
        }
        try (Insert out = new Insert(c, json, "dispute_read", "id", "ord", "subject_type", "subject_id", "text_norm:norm",
                "detail_json")) {
            DisputeRows.write(cat, out);
        }
        try (Insert out = new Insert(c, json, "source_read", "id", "ord", "detail_json")) {
            SourceRows.writeSources(cat, out);
        }
        try (Insert out = new Insert(c, json, "passage_read", "id", "source_id", "ord", "printed_page", "detail_json")) {
            SourceRows.writePassages(cat, out);
        }
        try (Insert out = new Insert(c, json, "timeline_read", "id", "kind", "ord", "type", "date_days:days",
                "agents", "top_level", "text_norm:norm", "native_json", "timelinejs_json", "vis_json");
                Insert span = new Insert(c, json, "timeline_span", "id", "ord", "kind", "type", "date_days:days", "agents",
                        "top_level")) {
            TimelineRows.write(cat, out, span);
        }
        LOG.infof("Read model written in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
