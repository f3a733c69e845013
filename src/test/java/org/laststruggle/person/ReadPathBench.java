package org.laststruggle.person;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laststruggle.database.ReadModelQueries;
import org.laststruggle.database.Where;
import org.laststruggle.query.DateFilter;
import org.laststruggle.query.PageRequest;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Not a test: the numbers behind the read path's choice of data-access idiom (bench/README.md,
 * "ORM or native, per read"). For each read, the same rows through Hibernate (an entity found by
 * id, a native query) and through plain JDBC on the same pool, measured as CPU time of the calling
 * thread (which does not count the database's work) and wall time per call (which does), over
 * many calls after a warm-up. Run it with bench/orm.sh; the build excludes the "bench" tag.
 */
@QuarkusTest
@Tag("bench")
class ReadPathBench {

    private static final int WARMUP = 3_000;
    private static final int CALLS = 20_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Inject
    DataSource dataSource;

    @Test
    void compareDataAccessPerRead() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(row("person detail, Hibernate entity find (chosen)", () -> inSession(() -> entityFind())));
        rows.add(row("person detail, Hibernate native query", () -> inSession(() -> nativeDetail())));
        rows.add(row("person detail, plain JDBC", this::jdbcDetail));
        rows.add(row("events window page of 20, Hibernate native query, JSON as strings", () -> inSession(() -> nativePage())));
        rows.add(row("events window page of 20, plain JDBC, JSON as strings", this::jdbcPage));
        rows.add(row("events window page of 20, ReadModelQueries.page: plain JDBC, JSON as bytes (chosen)", this::appPage));
        System.out.println();
        System.out.println("| read and path | CPU µs per call (calling thread) | wall µs per call |");
        System.out.println("|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
    }

    private static String row(String name, Supplier<Object> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            call.get();
        }
        double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1000.0 / CALLS;
        double wall = (System.nanoTime() - wall0) / 1000.0 / CALLS;
        return String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f |", name, cpu, wall);
    }

    /** A session per call, as a request has. */
    private static Object inSession(Supplier<Object> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    private Object entityFind() {
        EntityManager em = Panache.getEntityManager();
        return em.find(PersonView.class, "stalin");
    }

    private Object nativeDetail() {
        return Panache.getEntityManager().createNativeQuery("select detail_json from person_read where id = :id", String.class)
                .setParameter("id", "stalin").getSingleResult();
    }

    private Object jdbcDetail() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select detail_json from person_read where id = ?")) {
            ps.setString(1, "stalin");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String PAGE = "select t.item_json, p.total from (select id, ord, count(*) over () as total"
            + " from event_span where date_days && daterange(cast(:f as date), cast(:t as date), '[]') order by ord"
            + " limit 20 offset 0) p cross join lateral (select t.item_json from event_read t where t.id = p.id offset 0) t"
            + " order by p.ord";

    /** The app's statement through a Hibernate native query (the path before plain JDBC). */
    private Object nativePage() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(PAGE, Object[].class)
                .setParameter("f", LocalDate.of(1922, 12, 1)).setParameter("t", LocalDate.of(1923, 3, 31)).getResultList();
        StringBuilder sb = new StringBuilder("{\"items\":[");
        for (int i = 0; i < rows.size(); i++) {
            sb.append(i == 0 ? "" : ",").append((String) rows.get(i)[0]);
        }
        return sb.append("],\"total\":").append(rows.isEmpty() ? 0 : rows.get(0)[1]).append('}').toString();
    }

    /** What the events list runs. */
    private Object appPage() {
        return ReadModelQueries.page("event_span", "event_read", "item_json",
                new Where().dates("date_days", new DateFilter(LocalDate.of(1922, 12, 1), LocalDate.of(1923, 3, 31), false)),
                new PageRequest(0, 20));
    }

    private Object jdbcPage() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(PAGE.replace(":f", "?").replace(":t", "?"))) {
            ps.setObject(1, LocalDate.of(1922, 12, 1));
            ps.setObject(2, LocalDate.of(1923, 3, 31));
            StringBuilder sb = new StringBuilder("{\"items\":[");
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                boolean first = true;
                while (rs.next()) {
                    sb.append(first ? "" : ",").append(rs.getString(1));
                    total = rs.getLong(2);
                    first = false;
                }
            }
            return sb.append("],\"total\":").append(total).append('}').toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
