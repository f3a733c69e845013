package org.laststruggle.database;

import org.laststruggle.http.Rendered;
import org.laststruggle.problem.ApiProblem;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of a read-model table (db/migration/V3__read_model.sql): an entity's id and the JSON of its
 * detail exactly as the API serves it, rendered at load time. Each feature maps its table as an
 * {@code @Immutable} entity extending this.
 */
@MappedSuperclass
public abstract class ReadModelRow extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "detail_json")
    public String detailJson;

    /** The stored detail of the entity with this id, or a 404 problem naming the kind of thing asked for. */
    public static Rendered detail(Class<? extends ReadModelRow> type, String kind, String id) {
        return Rendered.of(find(type, kind, id).detailJson);
    }

    /** The row with this id, or a 404 problem naming the kind of thing asked for. */
    public static <T extends ReadModelRow> T find(Class<T> type, String kind, String id) {
        T row = Panache.getEntityManager().find(type, id);
        if (row == null) {
            throw ApiProblem.notFound(kind, id);
        }
        return row;
    }
}
