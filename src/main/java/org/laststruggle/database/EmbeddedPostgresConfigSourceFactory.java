package org.laststruggle.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Supplies the datasource when none is configured: starts an embedded PostgreSQL on a free
 * loopback port and hands its JDBC URL to Quarkus. When {@code quarkus.datasource.jdbc.url}
 * is set (for example through {@code QUARKUS_DATASOURCE_JDBC_URL}) nothing is started.
 *
 * <p>The server is started once per JVM and stopped when the JVM exits. Its URL is kept in a
 * system property so that a second configuration build in the same JVM (tests, dev-mode
 * reloads) reuses it instead of starting another server.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String RUNNING_URL = "laststruggle.embedded-postgres.running-url";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);
    private static EmbeddedPostgres server;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isBuildTime() || isSet(context.getValue(URL_PROPERTY))) {
            return List.of();
        }
        ConfigValue enabled = context.getValue("laststruggle.embedded-postgres.enabled");
        if (isSet(enabled) && !Boolean.parseBoolean(enabled.getValue())) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("laststruggle.embedded-postgres.data-dir");
        String url = start(isSet(dataDir) ? dataDir.getValue() : null);
        return List.of(new PropertiesConfigSource(Map.of(
                URL_PROPERTY, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "embedded-postgresql", 150));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(100);
    }

    /**
     * Quarkus also reads configuration while it builds the application, and would record a
     * URL found then as a default of the packaged app. Nothing is started during the build.
     */
    private static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().startsWith("io.quarkus.deployment.configuration.")));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static synchronized String start(String dataDir) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        long t0 = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "100");
            if (dataDir != null) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            server = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL could not start (" + e.getMessage()
                    + "). Set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                    + "QUARKUS_DATASOURCE_PASSWORD to use a PostgreSQL server instead.", e);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
        System.setProperty(RUNNING_URL, url);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresConfigSourceFactory::stop, "embedded-postgres-stop"));
        LOG.infof("Embedded PostgreSQL started on port %d in %d ms%s", server.getPort(),
                (System.nanoTime() - t0) / 1_000_000, dataDir == null ? " (temporary data directory)" : " (data in " + dataDir + ")");
        return url;
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            server = null;
        }
    }
}
