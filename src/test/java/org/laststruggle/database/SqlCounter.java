package org.laststruggle.database;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/**
 * Counts the SQL statements a block runs: those Hibernate prepares (statistics are on in %test)
 * and those the read model's lists run on plain JDBC ({@link ReadModelQueries#statements()}).
 */
public final class SqlCounter {

    private SqlCounter() {
    }

    public static long count(Runnable r) {
        Statistics stats = Arc.container().instance(SessionFactory.class).get().getStatistics();
        stats.clear();
        long jdbc = ReadModelQueries.statements();
        r.run();
        return stats.getPrepareStatementCount() + ReadModelQueries.statements() - jdbc;
    }
}
