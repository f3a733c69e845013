package org.laststruggle.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The version of the curated data this instance serves: the first 16 hex digits of the content
 * hash recorded in the one-row table {@code curation_state}, "none" while the database holds
 * nothing. The HTTP layer keys its ETags and its response cache on it.
 *
 * <p>It is read from the database the API reads (which may be a standby), never taken from this
 * instance's own load: at start-up, after the loader, then every
 * {@code laststruggle.version-check.interval} (2 s by default), so a load by any instance, on
 * the primary, reaches every instance within that interval plus the replication lag of the
 * database it reads. A change of version empties the response cache (which is keyed on it).
 *
 * <p>Between two checks, a request may run on a connection whose server holds another version
 * (a lagging standby among several, or a pool spread over a primary and a standby). So every
 * connection a request takes from the pool is checked too, at no cost while its server was last
 * seen at the current version ({@link VersionGuard}): a response names in its ETag the version
 * its connections held, and a response whose version cannot be named carries no ETag and is not
 * cached. A response therefore never carries older data under a newer version.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    static final String READ_SQL = "select content_hash, loaded_at from curation_state where id = 1";

    /** A version as one database holds it; {@code version} null when it holds no data. */
    public record Seen(String version, OffsetDateTime loadedAt) {
    }

    /** What readiness reports: whether this instance serves the version of the database it reads. */
    public record Status(boolean ready, String served, String database, Long checkedAgoMs, String loaded, String reason) {
    }

    private final DataSource dataSource;
    private final Duration interval;
    private final ReadVersions reads;
    /** The version each pooled connection's server held when last asked (keys: the driver's connections). */
    private final Map<Object, String> byConnection = new ConcurrentHashMap<>();
    private volatile String current = "none";
    private volatile Seen lastRead;
    private volatile long lastReadNanos;
    private volatile String lastError;
    private volatile Seen loaded;
    private ScheduledExecutorService timer;

    DataVersion(DataSource dataSource, ReadVersions reads,
            @ConfigProperty(name = "laststruggle.version-check.interval", defaultValue = "2S") Duration interval) {
        this.dataSource = dataSource;
        this.reads = reads;
        this.interval = interval;
    }

    /** The version served now. */
    public String current() {
        return current;
    }

    /** The configured interval between two checks. */
    public Duration interval() {
        return interval;
    }

    /**
     * Called by the loader once the primary holds {@code contentHash} (written now or found
     * unchanged), recorded at {@code loadedAt}; then checks at once what the API's database holds.
     */
    public void loaded(String contentHash, OffsetDateTime loadedAt) {
        if (contentHash != null) {
            loaded = new Seen(shorten(contentHash), loadedAt);
        }
        refresh();
    }

    /** Reads the version from the API's database now; keeps the current one if that fails. */
    public synchronized void refresh() {
        try (Connection c = dataSource.getConnection()) {
            Seen s = read(c);
            byConnection.put(physical(c), name(s));
            lastRead = s;
            lastReadNanos = System.nanoTime();
            lastError = null;
            String v = name(s);
            if (!v.equals(current)) {
                LOG.infof("Data version %s (was %s), read from the database", v, current);
                current = v;
            }
        } catch (SQLException | RuntimeException e) {
            if (lastError == null) {
                LOG.warnf("Data version check failed, still serving %s: %s", current, DatabaseStartup.rootMessage(e));
            }
            lastError = DatabaseStartup.rootMessage(e);
        }
    }

    /**
     * The version the server of {@code c} holds: from memory while it was last seen at the current
     * version, else read on {@code c} (one single-row query). Null if it cannot be read.
     */
    String versionOn(Connection c) {
        Object key = physical(c);
        String known = byConnection.get(key);
        if (current.equals(known)) {
            return known;
        }
        try {
            String v = name(read(c));
            byConnection.put(key, v);
            return v;
        } catch (SQLException | RuntimeException e) {
            byConnection.remove(key);
            return null;
        }
    }

    void forget(Connection c) {
        byConnection.remove(physical(c));
    }

    /**
     * The version a response to a request that began under {@code requestVersion} may name: that
     * one when the connections the request used held it (or none was used), the version they held
     * when they agree on another one, null when they disagree or one could not be asked.
     */
    public String served(String requestVersion) {
        if (!Arc.container().requestContext().isActive()) {
            return requestVersion;
        }
        return reads.served(requestVersion);
    }

    /** Whether this instance serves the version of the database it reads, checked recently. */
    public Status status() {
        Seen read = lastRead;
        Seen own = loaded;
        Long ago = read == null ? null : (System.nanoTime() - lastReadNanos) / 1_000_000;
        String database = read == null ? null : read.version() == null ? "none" : read.version();
        String ownVersion = own == null ? null : own.version();
        long staleAfterMs = interval.toMillis() * 3 + 5_000;
        String reason = null;
        if (read == null) {
            reason = "the data version could not be read from the database yet" + (lastError == null ? "" : ": " + lastError);
        } else if (ago > staleAfterMs) {
            reason = "the data version could not be checked for " + ago / 1000 + " s"
                    + (lastError == null ? "" : ": " + lastError);
        } else if (read.version() == null) {
            reason = "the database this instance reads holds no curated data yet";
        } else if (own != null && !own.version().equals(read.version())
                && (read.loadedAt() == null || own.loadedAt() == null || read.loadedAt().isBefore(own.loadedAt()))) {
            reason = "the database this instance reads holds " + read.version() + ", older than " + own.version()
                    + " which this instance's loader found on the primary: waiting for the standby to replay it";
        } else if (!current.equals(read.version())) {
            reason = "serving " + current + " while the database holds " + read.version();
        }
        return new Status(reason == null, current, database, ago, ownVersion, reason);
    }

    void start(@Observes @Priority(30) StartupEvent event) {
        refresh();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "data-version-check");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(this::refresh, ms, ms, TimeUnit.MILLISECONDS);
        LOG.infof("Serving data version %s; checked in the database every %d ms", current, ms);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    static Seen read(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(READ_SQL)) {
            if (!rs.next()) {
                return new Seen(null, null);
            }
            return new Seen(shorten(rs.getString(1)), rs.getObject(2, OffsetDateTime.class));
        }
    }

    private static String name(Seen s) {
        return s.version() == null ? "none" : s.version();
    }

    static String shorten(String contentHash) {
        return contentHash.substring(0, Math.min(16, contentHash.length()));
    }

    /** The driver's connection under the pool's wrapper: one key per physical connection. */
    private static Object physical(Connection c) {
        try {
            if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
                return c.unwrap(org.postgresql.PGConnection.class);
            }
        } catch (SQLException e) {
            // fall through: the wrapper itself
        }
        return c;
    }
}
