package org.laststruggle.database;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/** Counts the SQL statements Hibernate prepares while a block runs (statistics are on in %test). */
public final class SqlCounter {

    private SqlCounter() {
    }

    public static long count(Runnable r) {
        Statistics stats = Arc.container().instance(SessionFactory.class).get().getStatistics();
        stats.clear();
        r.run();
        return stats.getPrepareStatementCount();
    }
}
