package org.laststruggle.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.laststruggle.database.DataVersion;
import org.laststruggle.database.EmbeddedPostgresConfigSourceFactory;
import org.laststruggle.database.LoaderConnections;

import org.jboss.logging.Logger;
import org.laststruggle.database.DatabaseStartup.StartupFailure;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The only writer of the database. At start-up it checks the sources and curation files and,
 * if their content hash differs from what the database holds, replaces the data in one
 * transaction. A broken edit never replaces good data: the previous data stays served and
 * readiness reports the problems; with no previous data the service refuses to start.
 */
@ApplicationScoped
public class CurationService {

    private static final Logger LOG = Logger.getLogger(CurationService.class);
    /** Serializes loaders of several instances sharing one database. */
    private static final long LOAD_LOCK = 0x4c6173745374L;

    /** What the last load attempt did. */
    public record Status(String state, String contentHash, Instant loadedAt, String counts, String reason,
            List<String> problems) {
        public boolean ready() {
            return contentHash != null && !"failed".equals(state);
        }
    }

    private final LoaderConnections connections;
    private final DataConfig config;
    private final DataVersion version;
    private volatile Status status = new Status("starting", null, null, null, "not loaded yet", List.of());

    private final List<DerivedTables> derived;

    CurationService(LoaderConnections connections, DataConfig config, DataVersion version,
            jakarta.enterprise.inject.Instance<DerivedTables> derived) {
        this.connections = connections;
        this.config = config;
        this.version = version;
        this.derived = derived.stream().toList();
    }

    /**
     * The files as read and hashed at start-up while the database starts and migrates, with their
     * check when the database surely needs them (see {@link #early}).
     */
    private record Early(java.nio.file.Path curationDir, java.nio.file.Path sourcesDir, CurationCheck.Inputs inputs,
            String hash, long readMs, CurationCheck.Result check) {
    }

    private volatile CompletableFuture<Early> early;

    /**
     * Reads and hashes the configured files on a thread of its own, before the database is migrated,
     * for the start-up load to take (it needs them either way). On a new temporary embedded
     * database, which holds nothing, the files will be checked whatever they hold, so the check runs
     * early too; a kept or external database may already hold the files' hash, and then the hash is
     * all that start-up needs.
     */
    void early(@Observes @Priority(5) StartupEvent event) {
        boolean startsEmpty = EmbeddedPostgresConfigSourceFactory.takeStartsEmpty();
        java.nio.file.Path curationDir = config.curationDir().orElse(null);
        java.nio.file.Path sourcesDir = config.sourcesDir().orElse(null);
        early = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            CurationCheck.Inputs inputs = CurationCheck.read(curationDir, sourcesDir);
            String hash = CurationCheck.contentHash(inputs);
            long readMs = (System.nanoTime() - t0) / 1_000_000;
            return new Early(curationDir, sourcesDir, inputs, hash, readMs, startsEmpty ? CurationCheck.check(inputs, hash) : null);
        }, r -> {
            Thread t = new Thread(r, "curation-early-read");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The early read if it read exactly these directories (used once), else null. */
    private Early takeEarly(java.nio.file.Path curationDir, java.nio.file.Path sourcesDir) {
        CompletableFuture<Early> f = early;
        early = null;
        if (f == null) {
            return null;
        }
        try {
            Early e = f.join();
            return java.util.Objects.equals(e.curationDir(), curationDir) && java.util.Objects.equals(e.sourcesDir(), sourcesDir)
                    ? e : null;
        } catch (java.util.concurrent.CompletionException e) {
            LOG.warn("The early read of the curation failed; reading again: " + e.getCause());
            return null;
        }
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        Status s = loadIfChanged();
        if (s.contentHash() == null) {
            throw new StartupFailure("The curated data has problems and the database holds no earlier data to serve:\n"
                    + String.join("\n", s.problems()) + "\nFix the files listed above (see db/curation/README.md).");
        }
    }

    public Status status() {
        return status;
    }

    /** The version of the served data: changes exactly when a load changes the database. */
    public String dataVersion() {
        return version.current();
    }

    /** Checks the configured files and loads them if they differ from the database content. */
    public Status loadIfChanged() {
        return load(config.curationDir().orElse(null), config.sourcesDir().orElse(null));
    }

    /**
     * Checks the files of the given directories (null: the bundled ones) and loads them if they
     * differ from the database content; with problems, the database keeps what it has.
     */
    public synchronized Status load(java.nio.file.Path curationDir, java.nio.file.Path sourcesDir) {
        long t0 = System.nanoTime();
        // Unchanged files cost a read and a hash of their bytes; only changed ones are parsed and checked.
        Early pre = takeEarly(curationDir, sourcesDir);
        CurationCheck.Inputs inputs = pre != null ? pre.inputs() : CurationCheck.read(curationDir, sourcesDir);
        String hash = pre != null ? pre.hash() : CurationCheck.contentHash(inputs);
        String howRead = pre != null ? "read and hashed in " + pre.readMs() + " ms beside the database start, waited for"
                : "read and hashed in";
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try {
                // The API's statement timeout (quarkus.datasource.jdbc.additional-jdbc-properties.options)
                // must not cut the load short: lift it for this transaction only.
                try (var st = c.createStatement()) {
                    st.execute("set local statement_timeout = 0");
                }
                try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOAD_LOCK);
                    lock.execute();
                }
                String[] current = currentState(c);
                if (current != null && current[0].equals(hash)) {
                    OffsetDateTime loadedAt = loadedAt(c);
                    c.rollback();
                    LOG.infof("Curated data unchanged (%s), %s %d ms", hash.substring(0, 16), howRead,
                            (System.nanoTime() - t0) / 1_000_000);
                    status = new Status("unchanged", hash, Instant.parse(current[1]), current[2], null, List.of());
                    // The instances learn the version from the database they read (the standby, perhaps).
                    version.loaded(hash, loadedAt);
                    return status;
                }
                long t1 = System.nanoTime();
                CurationCheck.Result check = pre != null && pre.check() != null ? pre.check() : CurationCheck.check(inputs, hash);
                long checkedMs = (System.nanoTime() - t1) / 1_000_000;
                if (!check.ok()) {
                    c.rollback();
                    // Refusing a broken edit while the previous data is served is the loader doing its job (readiness
                    // says DOWN): a warning. With nothing to serve, the service cannot work: an error.
                    LOG.logf(current == null ? org.jboss.logging.Logger.Level.ERROR : org.jboss.logging.Logger.Level.WARN,
                            "Curation load refused, %d problem(s) in the curation files; %s%n%s", check.problems().size(),
                            current == null ? "nothing to serve" : "still serving the data loaded at " + current[1],
                            check.report());
                    status = new Status("failed", current == null ? null : current[0], null, null,
                            check.problems().size() + " problem(s) in the curation files; the previously loaded data is served",
                            check.problems().stream().map(Problem::toString).collect(Collectors.toList()));
                    version.refresh();
                    return status;
                }
                String counts = toJson(check.counts());
                LOG.infof("Writing curated data %s in one transaction", check.contentHash().substring(0, 16));
                new CurationWriter(c, check.resolved()).replaceAll(check.contentHash(), counts);
                for (DerivedTables d : derived) {
                    d.replaceAll(c, check.resolved());
                }
                analyze(c);
                OffsetDateTime loadedAt = loadedAt(c);
                c.commit();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                LOG.infof("Curated data loaded: %s in %d ms (check %d ms%s)", counts, ms, checkedMs,
                        early != null ? ", waited for: it ran during the database's start" : "");
                status = new Status("loaded", check.contentHash(), loadedAt.toInstant(), counts, null, List.of());
                // The instances (this one too) learn the new version from the database they read.
                version.loaded(check.contentHash(), loadedAt);
                return status;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the curated data failed: " + e.getMessage(), e);
        }
    }

    /**
     * Fresh planner statistics for every table just written, committed with the data: the plans of
     * the read statements depend on the tables' sizes (without them the first minute after a load
     * ran on the planner's default guesses until autovacuum caught up).
     */
    private static void analyze(Connection c) throws SQLException {
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery("select string_agg(format('%I.%I', schemaname, relname), ', ')"
                        + " from pg_stat_user_tables where relname <> 'flyway_schema_history'")) {
            String tables = rs.next() ? rs.getString(1) : null;
            if (tables != null) {
                try (var an = c.createStatement()) {
                    an.execute("analyze " + tables);
                }
            }
        }
    }

    private static String[] currentState(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select content_hash, to_char(loaded_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), counts"
                        + " from curation_state where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : null;
        }
    }

    private static OffsetDateTime loadedAt(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select loaded_at from curation_state where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
        }
    }

    private static String toJson(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
