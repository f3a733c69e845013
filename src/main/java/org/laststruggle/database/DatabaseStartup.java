package org.laststruggle.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * First thing at start-up: checks that the database answers, then migrates the schema.
 * An unreachable or misconfigured database stops start-up with one line that names the
 * settings to fix.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);

    private final DataSource dataSource;
    private final Instance<Flyway> flyway;
    private final String url;

    private final LoaderConnections loader;

    DatabaseStartup(DataSource dataSource, Instance<Flyway> flyway, LoaderConnections loader,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.loader = loader;
        this.url = url;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        long booted = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        EmbeddedPostgresConfigSourceFactory.awaitStarted();
        long waited = (System.nanoTime() - t0) / 1_000_000;
        try (Connection c = dataSource.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StartupFailure("Cannot connect to the database at " + url + ": " + rootMessage(e)
                    + ". Check QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD,"
                    + " or unset QUARKUS_DATASOURCE_JDBC_URL to use the embedded PostgreSQL.");
        }
        try (Connection c = loader.open()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StartupFailure("Cannot connect to the primary database at " + loader.url() + " as '"
                    + loader.username() + "' for migrations and the curation load: " + rootMessage(e)
                    + ". Check LASTSTRUGGLE_LOADER_URL (default: QUARKUS_DATASOURCE_JDBC_URL; it must reach a primary,"
                    + " not only standbys), LASTSTRUGGLE_LOADER_USERNAME and LASTSTRUGGLE_LOADER_PASSWORD.");
        }
        // A kept database that already holds exactly the bundled migrations needs nothing from Flyway,
        // whose start and validation are the slowest part of a restart: compare checksums and go on.
        long t1 = System.nanoTime();
        List<AppliedMigrations.Migration> bundled = AppliedMigrations.bundled(getClass().getClassLoader());
        try (Connection c = loader.open()) {
            if (AppliedMigrations.upToDate(bundled, AppliedMigrations.applied(c))) {
                LOG.infof("Database schema at version %s, all %d migrations already applied (checked in %d ms without"
                        + " Flyway); the application had booted %d ms after the JVM's start and then waited %d ms for"
                        + " the database", bundled.get(bundled.size() - 1).version(), bundled.size(),
                        (System.nanoTime() - t1) / 1_000_000, booted, waited);
                return;
            }
        } catch (SQLException e) {
            LOG.debug("Could not read the migration history; Flyway decides", e);
        }
        // Migrations run on the primary, as the loader role (the schema owner), never through the
        // API's datasource, which may point at a standby and use a role that may only read.
        Flyway flyway = Flyway.configure().configuration(this.flyway.get().getConfiguration())
                .dataSource(loader.dataSource()).load();
        var result = flyway.migrate();
        LOG.infof("Database schema at version %s (%d migrations applied now in %d ms); the application had booted"
                + " %d ms after the JVM's start and then waited %d ms for the database",
                flyway.info().current() == null ? "none" : flyway.info().current().getVersion(), result.migrationsExecuted,
                (System.nanoTime() - t1) / 1_000_000, booted, waited);
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A start-up error whose message says everything: no stack trace. */
    public static final class StartupFailure extends RuntimeException {
        public StartupFailure(String message) {
            super(message, null, false, false);
        }
    }
}
