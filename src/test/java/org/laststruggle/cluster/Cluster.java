package org.laststruggle.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parts of {@link ClusterIT}'s cluster, on loopback ports chosen free: PostgreSQL servers
 * (Debian's binaries, run as {@code postgres} when the test runs as root, since initdb refuses
 * root), packaged application processes, nginx, a load loop and wrk. Everything started here is
 * stopped by {@link #close()} through its own process handle or data directory, never by name.
 */
final class Cluster implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    final Path work;
    final Path bin;
    final boolean root = "root".equals(System.getProperty("user.name"));
    private final List<Pg> servers = new CopyOnWriteArrayList<>();
    private final List<App> apps = new CopyOnWriteArrayList<>();
    private final List<Process> others = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    Cluster() throws Exception {
        bin = postgresBin();
        work = Files.createTempDirectory("ls-cluster");
        // The servers run as postgres; nginx's workers (nobody, under root) need to cross it.
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (root) run("chown", "postgres:postgres", work.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "cluster-it-cleanup"));
    }

    /** What is missing on this machine for the cluster: empty when everything is there. */
    static List<String> missingTools() throws IOException {
        List<String> out = new ArrayList<>();
        Path pg = postgresBin();
        if (pg == null || !Files.isExecutable(pg.resolve("pg_basebackup"))) out.add("PostgreSQL server binaries (initdb, pg_basebackup)");
        if (which("nginx") == null) out.add("nginx");
        if (which("wrk") == null) out.add("wrk");
        return out;
    }

    // --- PostgreSQL

    /** A primary with the database, its owner ({@code laststruggle}) and the reader role of docker/initdb. */
    Pg primary() throws Exception {
        Pg p = new Pg("primary", work.resolve("primary"), freePort(), "-c wal_level=replica -c max_wal_senders=4");
        pg("initdb", "-D", p.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        p.start();
        try (Connection c = p.connect("postgres", "postgres"); Statement st = c.createStatement()) {
            st.execute("create role laststruggle login createrole password 'owner'");
            st.execute("create database laststruggle owner laststruggle");
        }
        String initSql = Files.readString(Path.of("docker/initdb/10-reader-role.sql"));
        try (Connection c = p.connect("laststruggle", "laststruggle"); Statement st = c.createStatement()) {
            st.execute(initSql);
        }
        return p;
    }

    /** A hot standby of {@code primary}, cloned with pg_basebackup -R and streaming from it. */
    Pg standby(Pg primary) throws Exception {
        Pg s = new Pg("standby", work.resolve("standby"), freePort(), "-c hot_standby=on -c hot_standby_feedback=on");
        pg("pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(primary.port), "-U", "postgres", "-D", s.data.toString(),
                "-R", "-X", "stream", "-c", "fast");
        s.start();
        awaitStreaming(primary, 60);
        return s;
    }

    void awaitStreaming(Pg primary, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            try (Connection c = primary.connect("postgres", "postgres"); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from pg_stat_replication where state = 'streaming'")) {
                rs.next();
                if (rs.getInt(1) > 0) return;
            }
            if (System.nanoTime() > deadline) throw new AssertionError("the standby does not stream within " + seconds + " s");
            Thread.sleep(100);
        }
    }

    final class Pg {
        final String name;
        final Path data;
        final int port;
        final Path logFile;
        private final String options;

        Pg(String name, Path data, int port, String extra) {
            this.name = name;
            this.data = data;
            this.port = port;
            this.logFile = work.resolve(name + ".log");
            this.options = "-p " + port + " -k " + work + " -c listen_addresses=127.0.0.1 -c log_connections=on " + extra;
            servers.add(this);
        }

        void start() throws Exception {
            pg("pg_ctl", "-D", data.toString(), "-l", logFile.toString(), "-w", "-t", "120", "-o", options, "start");
        }

        void stop(String mode) throws Exception {
            pg("pg_ctl", "-D", data.toString(), "-m", mode, "-w", "-t", "60", "stop");
        }

        boolean running() {
            try {
                pg("pg_ctl", "-D", data.toString(), "status");
                return true;
            } catch (Exception e) {
                return false;
            }
        }

        Connection connect(String user, String db) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db, user, "x");
        }

        void sql(String sql) throws SQLException {
            try (Connection c = connect("postgres", "postgres"); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }
    }

    /** The lines of a server log that record an authorized connection. */
    static List<String> connectionLines(String log) {
        return log.lines().filter(l -> l.contains("connection authorized:")).toList();
    }

    /** Watches a server's version row (hash and load time) from a background thread, every 20 ms. */
    static final class VersionWatch implements AutoCloseable {
        private final Thread thread;
        private volatile String first;
        private volatile long changedAt;
        private volatile boolean stop;

        VersionWatch(Pg pg) throws Exception {
            first = read(pg);
            thread = new Thread(() -> {
                while (!stop && changedAt == 0) {
                    try {
                        String now = read(pg);
                        if (!now.equals(first)) changedAt = System.nanoTime();
                        Thread.sleep(20);
                    } catch (Exception e) {
                        // a server restarting: try again
                    }
                }
            }, "version-watch-" + pg.name);
            thread.setDaemon(true);
            thread.start();
        }

        private static String read(Pg pg) throws SQLException {
            try (Connection c = pg.connect("postgres", "laststruggle"); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select content_hash || ' ' || loaded_at from curation_state")) {
                return rs.next() ? rs.getString(1) : "";
            }
        }

        /** The nanoTime at which the row first differed from what it was when the watch began. */
        long awaitChange(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (changedAt == 0) {
                if (System.nanoTime() > deadline) throw new AssertionError("the version row did not change within " + seconds + " s");
                Thread.sleep(10);
            }
            return changedAt;
        }

        @Override
        public void close() {
            stop = true;
        }
    }

    // --- the application

    /**
     * Starts the packaged application: the API's datasource on {@code apiUrl} as the reader, the
     * loader and migrations on the primary as the owner, connections named last-struggle-{name}.
     */
    App app(String name, String apiUrl, Map<String, String> extraEnv) throws IOException {
        Pg primary = servers.get(0);
        int port = freePort();
        Path log = work.resolve("app-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dquarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=last-struggle-" + name,
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true).redirectOutput(log.toFile());
        var env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("LASTSTRUGGLE_"));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", apiUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "laststruggle_reader");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "laststruggle_reader");
        env.put("QUARKUS_DATASOURCE_JDBC_MAX_LIFETIME", "10S");
        env.put("LASTSTRUGGLE_LOADER_URL", "jdbc:postgresql://127.0.0.1:" + primary.port + "/laststruggle");
        env.put("LASTSTRUGGLE_LOADER_USERNAME", "laststruggle");
        env.put("LASTSTRUGGLE_LOADER_PASSWORD", "owner");
        env.put("LASTSTRUGGLE_EMBEDDED_POSTGRES_ENABLED", "false");
        env.putAll(extraEnv);
        App app = new App(name, port, log, pb.start());
        apps.add(app);
        return app;
    }

    static final class App {
        final String name;
        final int port;
        final Path log;
        final Process process;
        final long pid;

        App(String name, int port, Path log, Process process) {
            this.name = name;
            this.port = port;
            this.log = log;
            this.process = process;
            this.pid = process.pid();
        }

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            return send("GET", "http://127.0.0.1:" + port + path, headers);
        }

        void waitReady(int seconds) throws Exception {
            waitFor("/q/health/ready", seconds);
        }

        void waitLive(int seconds) throws Exception {
            waitFor("/q/health/live", seconds);
        }

        private void waitFor(String path, int seconds) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                if (!process.isAlive()) throw new AssertionError(name + " stopped:\n" + logTail());
                try {
                    if (get(path).statusCode() == 200) return;
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) throw new AssertionError(name + ": " + path + " not 200 in " + seconds + " s\n" + logTail());
                Thread.sleep(250);
            }
        }

        /** One check of /q/health/ready: its status and data. */
        @SuppressWarnings("unchecked")
        Map<String, Object> readiness(String check) throws Exception {
            Map<String, Object> all = JSON.readValue(get("/q/health/ready").body(), Map.class);
            for (Map<String, Object> c : (List<Map<String, Object>>) all.get("checks")) {
                if (check.equals(c.get("name"))) return c;
            }
            throw new AssertionError("no check '" + check + "' in " + all);
        }

        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return name + " log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The curation with one visible change: fotieva's summary gets {@code mark} appended. */
    Path editedCuration(String mark) throws IOException {
        Path dir = work.resolve("curation-edited");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("db/curation"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path persons = dir.resolve("persons.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(persons));
        Pattern summary = Pattern.compile("^(\\s+summary: \")(.*)(\"\\s*)$");
        boolean inPerson = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("^\\s*- id: .*")) inPerson = l.matches("^\\s*- id: fotieva\\s*$");
            Matcher m = summary.matcher(l);
            if (inPerson && m.matches()) {
                lines.set(i, m.group(1) + m.group(2) + mark + m.group(3));
                Files.write(persons, lines);
                return dir;
            }
        }
        throw new AssertionError("persons.yaml: no one-line quoted summary for fotieva; adapt Cluster.editedCuration");
    }

    // --- nginx and load

    /**
     * nginx in front of the instances, running docker/nginx-lb.conf itself: only Docker's resolver
     * goes, the upstream names this machine's instances, and it listens on a free loopback port.
     */
    Nginx nginx(List<Integer> ports) throws Exception {
        Path dir = work.resolve("nginx");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = freePort();
        String conf = Files.readString(Path.of("docker/nginx-lb.conf"));
        Matcher server = Pattern.compile("\\n(\\s*)server api:8080 resolve ([^;]*);").matcher(conf);
        if (!server.find()) throw new AssertionError("docker/nginx-lb.conf: no 'server api:8080 resolve ...;' line");
        StringBuilder servers = new StringBuilder();
        for (int p : ports) {
            servers.append("\n").append(server.group(1)).append("server 127.0.0.1:").append(p).append(' ').append(server.group(2)).append(';');
        }
        conf = conf.substring(0, server.start()) + servers + conf.substring(server.end());
        conf = replaceOnce(conf, "\\n\\s*resolver [^;]*;", "");
        conf = replaceOnce(conf, "listen 8080;", "listen 127.0.0.1:" + port + ";");
        conf = replaceOnce(conf, "http \\{", ("http {\n  client_body_temp_path %1$s/body;\n  proxy_temp_path %1$s/proxy;\n"
                + "  fastcgi_temp_path %1$s/fastcgi;\n  uwsgi_temp_path %1$s/uwsgi;\n  scgi_temp_path %1$s/scgi;").formatted(dir));
        conf = "daemon off;\npid %1$s/nginx.pid;\nerror_log %1$s/error.log warn;\n".formatted(dir) + conf;
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process p = new ProcessBuilder(which("nginx").toString(), "-p", dir + "/", "-c", file.toString(), "-e",
                dir.resolve("error.log").toString()).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        others.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException e) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("nginx did not start: " + Files.readString(dir.resolve("stdout.log")) + readIfAny(dir.resolve("error.log")));
                }
                Thread.sleep(100);
            }
        }
        return new Nginx(port);
    }

    private static String replaceOnce(String text, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) throw new AssertionError("docker/nginx-lb.conf: '" + regex + "' not found");
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }

    record Nginx(int port) {
        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            return Cluster.send("GET", "http://127.0.0.1:" + port + path, headers);
        }

        HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
            return Cluster.send(method, "http://127.0.0.1:" + port + path);
        }
    }

    static HttpResponse<String> send(String method, String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Requests through nginx from a few threads until stopped, half of them cached reads, half
     * uncached ones (a random q) that reach the database; every answer is recorded.
     */
    static final class Load {
        record Hit(long start, int status, boolean db, boolean problemWithRetryAfter) {
        }

        record Summary(int total, int ioErrors, int count503, int bad503, Set<Integer> otherStatuses, int dbOkWhileDown) {
        }

        private final List<Hit> hits = new CopyOnWriteArrayList<>();
        private final List<String> ioErrors = new CopyOnWriteArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private final java.util.Map<String, Long> marks = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean stop;

        Load(Nginx nginx, int threadCount) {
            for (int t = 0; t < threadCount; t++) {
                Thread th = new Thread(() -> {
                    for (int i = 0; !stop; i++) {
                        boolean db = i % 2 == 1;
                        String path = db ? "/api/v1/persons?q=" + UUID.randomUUID() : "/api/v1/persons/fotieva";
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = nginx.get(path);
                            boolean problem = r.statusCode() == 503
                                    && r.headers().firstValue("Retry-After").isPresent()
                                    && r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                            hits.add(new Hit(start, r.statusCode(), db, problem));
                        } catch (IOException e) {
                            ioErrors.add(e.toString());
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "cluster-load-" + t);
                th.setDaemon(true);
                th.start();
                threads.add(th);
            }
        }

        void mark(String name) {
            marks.put(name, System.nanoTime());
        }

        void stop() throws InterruptedException {
            stop = true;
            for (Thread t : threads) {
                t.join(30_000);
            }
        }

        Summary summary() {
            long down = marks.getOrDefault("stopped", Long.MAX_VALUE);
            long up = marks.getOrDefault("restarted", Long.MAX_VALUE);
            Set<Integer> other = new TreeSet<>();
            int c503 = 0;
            int bad = 0;
            int dbOk = 0;
            for (Hit h : hits) {
                if (h.status() == 503) {
                    c503++;
                    if (!h.problemWithRetryAfter()) bad++;
                } else if (h.status() != 200) {
                    other.add(h.status());
                } else if (h.db() && h.start() > down && h.start() < up) {
                    dbOk++;
                }
            }
            return new Summary(hits.size() + ioErrors.size(), ioErrors.size(), c503, bad, other, dbOk);
        }
    }

    /** wrk through nginx over the reads of ClusterIT.READS, in the background. */
    Wrk wrk(Nginx nginx, int connections, int seconds) throws IOException {
        Path script = work.resolve("reads.lua");
        if (!Files.exists(script)) {
            StringBuilder paths = new StringBuilder();
            for (String p : ClusterIT.READS) {
                paths.append("  \"").append(p).append("\",\n");
            }
            Files.writeString(script, """
                    local paths = {
                    %s}
                    local i = 0
                    request = function()
                      i = i + 1
                      return wrk.format("GET", paths[(i %% #paths) + 1])
                    end
                    """.formatted(paths));
        }
        Path out = work.resolve("wrk-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(which("wrk").toString(), "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s",
                "-s", script.toString(), "http://127.0.0.1:" + nginx.port()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        others.add(p);
        return new Wrk(p, out, seconds);
    }

    record Wrk(Process process, Path out, int seconds) {
        record Result(long requests, long errors, double rate, String text) {
        }

        Result await() throws Exception {
            if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("wrk did not finish");
            }
            String text = Files.readString(out);
            long requests = group(text, "(\\d+) requests in", 0);
            long errors = group(text, "Non-2xx or 3xx responses: (\\d+)", 0);
            Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(text);
            if (m.find()) {
                for (int i = 1; i <= 4; i++) errors += Long.parseLong(m.group(i));
            }
            Matcher r = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(text);
            if (requests == 0 || !r.find()) throw new AssertionError("wrk output not understood:\n" + text);
            return new Result(requests, errors, Double.parseDouble(r.group(1)), text);
        }

        private static long group(String text, String regex, long otherwise) {
            Matcher m = Pattern.compile(regex).matcher(text);
            return m.find() ? Long.parseLong(m.group(1)) : otherwise;
        }
    }

    // --- plumbing

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        for (App a : apps) {
            a.process.destroy();
        }
        for (App a : apps) {
            try {
                if (!a.process.waitFor(20, TimeUnit.SECONDS)) a.process.destroyForcibly();
            } catch (InterruptedException e) {
                a.process.destroyForcibly();
            }
        }
        for (Process p : others) {
            p.destroy();
        }
        for (Pg s : servers) {
            try {
                s.stop("immediate");
            } catch (Exception e) {
                // not running
            }
        }
        // Keep the logs (servers, instances, nginx, wrk) for a look after the run.
        try (Stream<Path> s = Files.list(work)) {
            Path keep = Path.of("target/cluster-it");
            Files.createDirectories(keep);
            for (Path f : s.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, keep.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Path nginxLog = work.resolve("nginx/error.log");
            if (Files.exists(nginxLog)) {
                Files.copy(nginxLog, keep.resolve("nginx-error.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // nothing kept
        }
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // left in the temporary directory
        }
    }

    void pg(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (root) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.add(bin.resolve(tool).toString());
        cmd.addAll(List.of(args));
        run(cmd.toArray(String[]::new));
    }

    static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
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

    static Path which(String tool) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/sbin").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    static String readIfAny(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
