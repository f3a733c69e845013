package org.laststruggle.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    /** The server's start, running while Quarkus boots; {@link #awaitStarted()} joins it. */
    private static CompletableFuture<EmbeddedPostgres> starting;
    static final String STARTS_EMPTY = "laststruggle.embedded-postgres.starts-empty";
    /** A temporary data directory copied from the template, which this class deletes at stop. */
    private static volatile Path copiedDir;

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

    /**
     * Starts the server in the background on a free loopback port and returns its URL at once, so
     * that initdb and the server's start overlap with the rest of Quarkus's start-up.
     */
    private static synchronized String start(String dataDir) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        if (dataDir == null) {
            System.setProperty(STARTS_EMPTY, "true"); // a property, like RUNNING_URL: tests load this class twice
        }
        int port = freePort();
        long t0 = System.nanoTime();
        starting = CompletableFuture.supplyAsync(() -> startServer(dataDir, port, t0), runnable -> {
            Thread t = new Thread(runnable, "embedded-postgres-start");
            t.setDaemon(true);
            t.start();
        });
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        System.setProperty(RUNNING_URL, url);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresConfigSourceFactory::stop, "embedded-postgres-stop"));
        return url;
    }

    /**
     * Whether this JVM started an embedded server in a new temporary data directory, which holds
     * nothing yet, so that whatever the curation files hold will be loaded. True once: a later
     * application in the same JVM (tests) finds the server already loaded.
     */
    public static boolean takeStartsEmpty() {
        boolean empty = Boolean.getBoolean(STARTS_EMPTY);
        System.clearProperty(STARTS_EMPTY);
        return empty;
    }

    /**
     * Waits until the embedded server this JVM starts accepts connections (no wait when there is
     * none or it is up); a server that could not start stops the application with the reason.
     */
    public static void awaitStarted() {
        CompletableFuture<EmbeddedPostgres> f;
        synchronized (EmbeddedPostgresConfigSourceFactory.class) {
            f = starting;
        }
        if (f == null) {
            return;
        }
        try {
            f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static EmbeddedPostgres startServer(String dataDir, int port, long t0) {
        try {
            if (dataDir != null) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                EmbeddedPostgres pg = builder(port).setDataDirectory(dir).setCleanDataDirectory(false).start();
                LOG.infof("Embedded PostgreSQL started on port %d in %d ms (data in %s)", port,
                        (System.nanoTime() - t0) / 1_000_000, dataDir);
                return pg;
            }
            return startTemporary(port, t0);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseStartup.StartupFailure("The embedded PostgreSQL could not start (" + e.getMessage()
                    + "). Set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                    + "QUARKUS_DATASOURCE_PASSWORD to use a PostgreSQL server instead.");
        }
    }

    private static EmbeddedPostgres.Builder builder(int port) {
        return EmbeddedPostgres.builder().setPort(port).setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("max_connections", "100");
    }

    /**
     * A server in a new temporary data directory (deleted when the JVM exits). Its empty cluster is
     * a copy of the one initdb made at the first such start on this machine, kept in
     * {@link #template()}: initdb's output depends only on the binaries and the options, and it is
     * most of an empty server's start-up. Should the copy not start (the binaries changed), the
     * template is dropped and initdb runs again.
     */
    private static EmbeddedPostgres startTemporary(int port, long t0) throws IOException {
        Path template = template();
        Path dir = Files.createTempDirectory("epg");
        if (Files.isRegularFile(template.resolve("postgresql.conf"))) {
            try {
                copyTree(template, dir);
                // not "clean": that would make the library run initdb on it; the directory is deleted at stop
                EmbeddedPostgres pg = builder(port).setDataDirectory(dir).setCleanDataDirectory(false).start();
                copiedDir = dir;
                LOG.infof("Embedded PostgreSQL started on port %d in %d ms (temporary data directory, a copy of the"
                        + " empty cluster in %s)", port, (System.nanoTime() - t0) / 1_000_000, template);
                return pg;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The empty cluster in %s did not start (%s); running initdb instead", template, e.getMessage());
                deleteTree(template);
                deleteTree(dir);
                dir = Files.createTempDirectory("epg");
            }
        }
        EmbeddedPostgres pg = builder(port).setDataDirectory(dir).setCleanDataDirectory(true)
                .setDataDirectoryCustomizer(initialized -> keepTemplate(initialized.toPath(), template)).start();
        LOG.infof("Embedded PostgreSQL started on port %d in %d ms (temporary data directory, initdb)", port,
                (System.nanoTime() - t0) / 1_000_000);
        return pg;
    }

    /** Where the empty cluster is kept: beside the embedded binaries' own cache, one per user. */
    static Path template() {
        return Path.of(System.getProperty("java.io.tmpdir"), "last-struggle-empty-cluster-" + System.getProperty("user.name"));
    }

    /** Keeps a copy of a data directory fresh from initdb, published whole by a rename (several JVMs may race). */
    private static void keepTemplate(Path initialized, Path template) {
        if (Files.exists(template)) {
            return;
        }
        Path partial = template.resolveSibling(template.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            copyTree(initialized, partial);
            Files.move(partial, template, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debugf("The empty cluster was not kept (%s); the next temporary start runs initdb", e.getMessage());
            deleteTree(partial);
        }
    }

    /** Copies a data directory, leaving out the embedded server's lock file. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("epg-lock")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        // PostgreSQL refuses a data directory that others may read
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", dir, e.getMessage());
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Stops the server (waiting for it if it is still starting), at JVM exit. */
    private static void stop() {
        CompletableFuture<EmbeddedPostgres> f;
        synchronized (EmbeddedPostgresConfigSourceFactory.class) {
            f = starting;
            starting = null;
        }
        if (f == null) {
            return;
        }
        try {
            f.join().close();
            if (copiedDir != null) {
                deleteTree(copiedDir);
            }
        } catch (CompletionException e) {
            // it never started: nothing to stop
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
