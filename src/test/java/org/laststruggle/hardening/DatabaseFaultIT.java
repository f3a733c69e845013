package org.laststruggle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged application against a real PostgreSQL server (Debian's, installed by
 * .ci/install-test-deps), set up for production: the API reads through the read-only role of
 * docker/initdb/10-reader-role.sql while migrations and the curation load run as the owner.
 * Then the server is stopped under the running application and started again: reads answer 503
 * problems with Retry-After and readiness goes DOWN within seconds, and the application recovers
 * by itself, without a restart. Skipped only when the PostgreSQL binaries are missing outside CI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultIT {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static Path bin;
    static Path dataDir;
    static int pgPort;
    static int appPort;
    static Process app;
    static Path appLog;
    static boolean root;

    @BeforeAll
    static void start() throws Exception {
        bin = postgresBin();
        if (bin == null) {
            if (System.getenv("CI") != null) {
                fail("PostgreSQL binaries not found under /usr/lib/postgresql: run .ci/install-test-deps");
            }
            Assumptions.abort("PostgreSQL binaries not found (run .ci/install-test-deps); skipped outside CI");
        }
        root = "root".equals(System.getProperty("user.name"));
        dataDir = Files.createTempDirectory("ls-fault-pg");
        Path pgData = dataDir.resolve("data");
        if (root) run("chown", "-R", "postgres:postgres", dataDir.toString());
        pgPort = freePort();
        pg("initdb", "-D", pgData.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        startPostgres();
        try (Connection c = connect("postgres", "postgres"); Statement st = c.createStatement()) {
            st.execute("create role laststruggle login createrole password 'owner'");
            st.execute("create database laststruggle owner laststruggle");
        }
        String initSql = Files.readString(Path.of("docker/initdb/10-reader-role.sql"));
        try (Connection c = connect("laststruggle", "laststruggle"); Statement st = c.createStatement()) {
            st.execute(initSql);
        }
        appPort = freePort();
        appLog = dataDir.resolve("app.log");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(appLog.toFile());
        var env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(appPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/laststruggle");
        env.put("QUARKUS_DATASOURCE_USERNAME", "laststruggle_reader");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "laststruggle_reader");
        env.put("LASTSTRUGGLE_LOADER_USERNAME", "laststruggle");
        env.put("LASTSTRUGGLE_LOADER_PASSWORD", "owner");
        env.put("LASTSTRUGGLE_EMBEDDED_POSTGRES_ENABLED", "false");
        app = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (!app.isAlive()) fail("the application stopped:\n" + Files.readString(appLog));
            try {
                if (get("/q/health/ready").statusCode() == 200) break;
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) fail("not ready in 120 s:\n" + Files.readString(appLog));
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) app.destroyForcibly();
        }
        if (dataDir != null) {
            try {
                pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "stop", "-m", "immediate");
            } catch (Exception e) {
                // already stopped
            }
            try (Stream<Path> s = Files.walk(dataDir)) {
                s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    @Order(1)
    void servesEveryReadThroughTheReadOnlyRole() throws Exception {
        for (String path : List.of("/api/v1/persons/fotieva", "/api/v1/events/lenin-death-1924-01-21",
                "/api/v1/documents?partOf=letter-to-the-congress", "/api/v1/search?q=stalin", "/api/v1/timeline?from=1923-01",
                "/api/v1/congresses", "/api/v1/disputes", "/api/v1/sources/pathfinder-1975/passages?size=3",
                "/api/v1/letters", "/api/v1/sources")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
        }
        String log = Files.readString(appLog);
        assertTrue(log.contains("Curated data loaded"), log);
    }

    @Test
    @Order(2)
    void theApiRoleCannotWrite() throws Exception {
        // Connected as the API connects: sessions made read-only by the driver (application.properties).
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort
                + "/laststruggle?readOnly=true&readOnlyMode=always", "laststruggle_reader", "x");
                Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("select count(*) from event")) {
                assertTrue(rs.next() && rs.getLong(1) > 0);
            }
            SQLException e = assertThrowsSql(() -> st.executeUpdate("delete from event"));
            assertEquals("25006", e.getSQLState(), e.getMessage()); // read-only transaction
            st.execute("set session characteristics as transaction read write");
            e = assertThrowsSql(() -> st.executeUpdate("delete from event"));
            assertEquals("42501", e.getSQLState(), e.getMessage()); // permission denied
            e = assertThrowsSql(() -> st.execute("create table intruder (x int)"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
    }

    @Test
    @Order(3)
    void answers503WithRetryAfterWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        assertEquals(200, get("/q/health/ready").statusCode());
        pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "stop", "-m", "fast", "-w");

        long t0 = System.nanoTime();
        HttpResponse<String> read = null;
        HttpResponse<String> ready = null;
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10)) {
            read = get("/api/v1/persons?q=" + UUID.randomUUID()); // never cached
            ready = get("/q/health/ready");
            if (read.statusCode() == 503 && ready.statusCode() == 503) break;
            Thread.sleep(250);
        }
        double downAfter = (System.nanoTime() - t0) / 1e9;
        assertNotNull(read);
        assertEquals(503, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("5", read.headers().firstValue("Retry-After").orElse(null));
        assertTrue(read.body().contains("\"type\":\"https://laststruggle.org/problems/database-unavailable\""), read.body());
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\": \"DOWN\"") || ready.body().contains("\"status\":\"DOWN\""));
        // Several more reads while down: all 503, never 500, each answered within the acquisition timeout.
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = get("/api/v1/events?q=" + UUID.randomUUID());
            assertEquals(503, r.statusCode(), r.body());
        }

        startPostgres();
        long t1 = System.nanoTime();
        HttpResponse<String> again = null;
        while (System.nanoTime() - t1 < TimeUnit.SECONDS.toNanos(20)) {
            again = get("/api/v1/persons?q=" + UUID.randomUUID());
            if (again.statusCode() == 200 && get("/q/health/ready").statusCode() == 200) break;
            Thread.sleep(250);
        }
        double upAfter = (System.nanoTime() - t1) / 1e9;
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(200, get("/q/health/ready").statusCode());
        assertEquals(200, get("/api/v1/persons/fotieva").statusCode());
        assertTrue(app.isAlive(), "the application was not restarted");
        System.out.printf("DatabaseFaultIT: DOWN seen after %.1f s, recovered %.1f s after PostgreSQL restarted%n",
                downAfter, upAfter);
    }

    interface SqlRun {
        void run() throws SQLException;
    }

    static SQLException assertThrowsSql(SqlRun r) {
        try {
            r.run();
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("the statement succeeded");
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + path))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Connection connect(String user, String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/" + db, user, "x");
    }

    static void startPostgres() throws Exception {
        pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "-l", dataDir.resolve("pg.log").toString(), "-w",
                "-o", "-p " + pgPort + " -k " + dataDir + " -c listen_addresses=127.0.0.1", "start");
    }

    static void pg(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(tool).toString());
        cmd.addAll(List.of(args));
        run(cmd.toArray(String[]::new));
    }

    static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        }
    }

    static Path postgresBin() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) return null;
        try (Stream<Path> s = Files.list(base)) {
            return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElse(null);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
