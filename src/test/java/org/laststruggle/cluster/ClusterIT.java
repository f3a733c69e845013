package org.laststruggle.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.laststruggle.cluster.Cluster.App;
import org.laststruggle.cluster.Cluster.Pg;

/**
 * The application as a cluster of real parts on this machine: Debian's PostgreSQL as a primary
 * and a streaming hot standby made with {@code pg_basebackup -R}, three packaged instances
 * reading from the standby (a multi-host URL, {@code targetServerType=preferSecondary}) with
 * their loader and migrations on the primary ({@code LASTSTRUGGLE_LOADER_URL}), nginx in front
 * (running docker/nginx-lb.conf). The four scenarios, with timings printed:
 * <ol>
 * <li>a curation change loaded through the primary is served by every instance, through nginx,
 * within the documented bound, with new ETags and no restart; while the standby is held
 * behind (replay paused), its instances keep serving its version, an instance whose pool spans
 * both servers names in each ETag the version of the data it carries, and a new instance is not
 * ready until the standby has its load;</li>
 * <li>the standby stopped: reads fail over to the primary (only 503 with Retry-After meanwhile)
 * and return to the standby when it is back, nothing lost;</li>
 * <li>one instance killed under load through nginx: wrk counts no errors beyond the requests in
 * flight on it, and none after;</li>
 * <li>the loader never connects to the standby, and a write through the API's role on the
 * standby is refused.</li>
 * </ol>
 * Skipped with a message outside CI when PostgreSQL, nginx or wrk is missing; fails under CI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** The default laststruggle.version-check.interval, which the instances run with. */
    static final long INTERVAL_MS = 2_000;
    /** The documented bound (docs/scaling.md): the interval plus one check, allowing 3 s for a busy machine. */
    static final long BOUND_MS = INTERVAL_MS + 3_000;
    static final String PERSON = "/api/v1/persons/fotieva";
    static final String MARK = " [ClusterIT edit]";
    static final List<String> READS = List.of("/api/v1/persons/fotieva", "/api/v1/events/lenin-death-1924-01-21",
            "/api/v1/documents?partOf=letter-to-the-congress", "/api/v1/search?q=stalin", "/api/v1/timeline?from=1923-01",
            "/api/v1/congresses", "/api/v1/disputes", "/api/v1/sources/pathfinder-1975/passages?size=3",
            "/api/v1/letters", "/api/v1/sources", "/api/v1/persons?size=100");

    static Cluster cluster;
    static Pg primary;
    static Pg standby;
    static final Map<String, App> apps = new LinkedHashMap<>();
    static Cluster.Nginx nginx;
    /** An instance outside nginx reading from the standby only (targetServerType=secondary). */
    static App late;
    static String v1;
    static String v2;
    static final List<String> timings = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        List<String> missing = Cluster.missingTools();
        if (!missing.isEmpty()) {
            String msg = "ClusterIT needs " + String.join(", ", missing) + " (run .ci/install-test-deps)";
            if (System.getenv("CI") != null) fail(msg);
            Assumptions.abort(msg + "; skipped outside CI");
        }
        assertTrue(Files.isRegularFile(Path.of("target/quarkus-app/quarkus-run.jar")), "package the application first");
        long t0 = System.nanoTime();
        cluster = new Cluster();
        primary = cluster.primary();
        standby = cluster.standby(primary);
        note("primary and streaming standby up in %.1f s", secs(t0));

        long t1 = System.nanoTime();
        for (String name : List.of("a", "b", "c")) {
            apps.put(name, cluster.app(name, standbyUrl("preferSecondary"), Map.of()));
        }
        for (App app : apps.values()) {
            app.waitReady(240);
        }
        note("3 instances ready in %.1f s (started together; one loaded the data, the others found it unchanged)", secs(t1));
        nginx = cluster.nginx(apps.values().stream().map(a -> a.port).toList());
        v1 = version(primary);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (!timings.isEmpty()) {
            System.out.println("ClusterIT timings:");
            timings.forEach(t -> System.out.println("  " + t));
        }
    }

    /** The API's URL: the standby first, the primary as fallback. */
    static String standbyUrl(String targetServerType) {
        return "jdbc:postgresql://127.0.0.1:" + standby.port + ",127.0.0.1:" + primary.port
                + "/laststruggle?targetServerType=" + targetServerType + "&loadBalanceHosts=true";
    }

    @Test
    @Order(1)
    void everyReadIsServedFromTheStandby() throws Exception {
        for (String path : READS) {
            HttpResponse<String> r = nginx.get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertTrue(r.headers().firstValue("ETag").orElse("").startsWith("\"" + v1 + "-"), path);
        }
        for (App app : apps.values()) {
            assertEquals(200, app.get("/api/v1/persons?q=" + UUID.randomUUID()).statusCode());
            Map<String, Object> check = app.readiness("Data version");
            assertEquals("UP", check.get("status"), app.name + ": " + check);
        }
        // Pools grow and shrink (min-size 0, max-lifetime 10 s here): sample for a few seconds.
        Set<String> onStandby = new java.util.TreeSet<>();
        Set<String> onPrimary = new java.util.TreeSet<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (System.nanoTime() < until) {
            for (App app : apps.values()) {
                assertEquals(200, app.get("/api/v1/events?q=" + UUID.randomUUID()).statusCode());
            }
            onStandby.addAll(apiConnections(standby).keySet());
            onPrimary.addAll(apiConnections(primary).keySet());
            Thread.sleep(200);
        }
        assertEquals(Set.of("last-struggle-a", "last-struggle-b", "last-struggle-c"), onStandby);
        assertEquals(Set.of(), onPrimary, "no instance reads from the primary");
        note("scenario 0: %d kinds of reads through nginx, all from the standby (API connections there from %s, none on the primary)",
                READS.size(), onStandby);
    }

    @Test
    @Order(2)
    void aWriteThroughTheApiRoleIsRefusedOnTheStandby() throws Exception {
        // A plain connection as the API's role, without the driver's read-only sessions: the standby
        // itself refuses every write (and the role has no write privilege on the primary either).
        try (Connection c = standby.connect("laststruggle_reader", "laststruggle"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*), pg_is_in_recovery() from event")) {
                assertTrue(rs.next() && rs.getLong(1) > 0 && rs.getBoolean(2));
            }
            assertEquals("25006", sqlState(() -> st.executeUpdate("delete from event"))); // read-only transaction
            assertEquals("25006", sqlState(() -> st.executeUpdate("update curation_state set counts = ''")));
            assertEquals("25006", sqlState(() -> st.execute("create table intruder (x int)")));
            // "cannot set transaction read-write mode during recovery"
            assertEquals("0A000", sqlState(() -> st.execute("set transaction read write")));
        }
        try (Connection c = primary.connect("laststruggle_reader", "laststruggle"); Statement st = c.createStatement()) {
            assertEquals("42501", sqlState(() -> st.executeUpdate("delete from event"))); // permission denied
        }
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> r = nginx.send(method, "/api/v1/persons/fotieva");
            assertEquals(405, r.statusCode(), method + ": " + r.body());
        }
        note("scenario 4: writes through laststruggle_reader on the standby refused (SQLState 25006), POST/PUT/DELETE 405");
    }

    @Test
    @Order(3)
    void aLoadOnThePrimaryReachesEveryInstanceWithinTheBound() throws Exception {
        Path edited = cluster.editedCuration(MARK);
        Map<App, String> oldTags = new LinkedHashMap<>();
        for (App app : apps.values()) {
            HttpResponse<String> r = app.get(PERSON);
            app.get(PERSON); // cached from now on
            assertFalse(r.body().contains(MARK));
            oldTags.put(app, r.headers().firstValue("ETag").orElseThrow());
        }
        String oldNginxTag = nginx.get(PERSON).headers().firstValue("ETag").orElseThrow();

        Cluster.VersionWatch primaryWatch = new Cluster.VersionWatch(primary);
        Cluster.VersionWatch standbyWatch = new Cluster.VersionWatch(standby);
        App loader = cluster.app("loader1", standbyUrl("preferSecondary"), Map.of("LASTSTRUGGLE_DATA_CURATION_DIR", edited.toString()));
        try {
            long committed = primaryWatch.awaitChange(240);
            long replayed = standbyWatch.awaitChange(60);
            v2 = version(primary);
            assertFalse(v1.equals(v2));
            Map<App, Long> switched = awaitAll(apps.values(), app -> {
                HttpResponse<String> r = app.get(PERSON);
                return r.body().contains(MARK) && r.headers().firstValue("ETag").orElse("").startsWith("\"" + v2 + "-");
            }, 60);
            long lastSwitch = Collections.max(switched.values());
            StringBuilder each = new StringBuilder();
            for (var e : switched.entrySet()) {
                long afterStandby = (e.getValue() - replayed) / 1_000_000;
                each.append(String.format(" %s %.2f s", e.getKey().name, afterStandby / 1000.0));
                assertTrue(afterStandby <= BOUND_MS, e.getKey().name + " served the new version " + afterStandby
                        + " ms after the standby held it; the bound is " + BOUND_MS + " ms");
            }
            note("scenario 1: load committed on the primary; standby replayed it %.0f ms later (both watched every 20 ms); instances served it"
                    + " (new body, new ETag) after the standby had it:%s; all %.2f s after the commit (bound %d ms"
                    + " after the standby)", Math.max(0, replayed - committed) / 1e6, each, (lastSwitch - committed) / 1e9, BOUND_MS);

            // Through nginx: the new body and ETag from every instance, the old ETag no longer matches.
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> r = nginx.get(PERSON);
                assertTrue(r.body().contains(MARK));
                String tag = r.headers().firstValue("ETag").orElseThrow();
                assertTrue(tag.startsWith("\"" + v2 + "-"), tag);
                assertEquals(304, nginx.get(PERSON, "If-None-Match", tag).statusCode());
                assertEquals(200, nginx.get(PERSON, "If-None-Match", oldNginxTag).statusCode());
            }
            for (App app : apps.values()) {
                assertTrue(app.process.isAlive(), app.name + " was not restarted");
                assertEquals(app.pid, app.process.pid());
                assertEquals(v2, app.readiness("Data version").get("data") instanceof Map<?, ?> d ? d.get("served") : null);
                assertFalse(oldTags.get(app).equals(app.get(PERSON).headers().firstValue("ETag").orElse("")));
            }
        } finally {
            primaryWatch.close();
            standbyWatch.close();
            loader.stop();
        }
    }

    @Test
    @Order(4)
    void aStandbyHeldBehindServesItsVersionConsistentlyAndANewInstanceWaitsForIt() throws Exception {
        standby.sql("select pg_wal_replay_pause()");
        Cluster.VersionWatch primaryWatch = new Cluster.VersionWatch(primary);
        Cluster.VersionWatch standbyWatch = new Cluster.VersionWatch(standby);
        // The bundled curation again, loaded by new instances: "mixed" reads through a pool spread over
        // both servers, "late" reads from the standby only (targetServerType=secondary: no failover,
        // 503 instead, seen in the next scenario).
        App mixed = cluster.app("mixed", "jdbc:postgresql://127.0.0.1:" + standby.port + ",127.0.0.1:" + primary.port
                + "/laststruggle?targetServerType=any&loadBalanceHosts=true", Map.of("QUARKUS_DATASOURCE_JDBC_MIN_SIZE", "12"));
        late = cluster.app("late", standbyUrl("secondary"), Map.of());
        try {
            primaryWatch.awaitChange(240);
            assertEquals(v1, version(primary));
            assertEquals(v2, version(standby), "replay is paused");
            mixed.waitLive(240);
            late.waitLive(240);

            // The standby's instances keep serving the standby's version, and are ready.
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS * 2 + 500);
            int checked = 0;
            while (System.nanoTime() < until) {
                for (App app : apps.values()) {
                    HttpResponse<String> r = app.get(PERSON + "?probe=" + UUID.randomUUID());
                    assertTrue(r.body().contains(MARK), app.name);
                    assertTrue(r.headers().firstValue("ETag").orElse("").startsWith("\"" + v2 + "-"), app.name);
                    checked++;
                }
                Thread.sleep(100);
            }
            for (App app : apps.values()) {
                assertEquals("UP", app.readiness("Data version").get("status"), app.name);
            }

            // A pool over both servers: each response names the version of the data it carries.
            Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
            List<String> wrong = new CopyOnWriteArrayList<>();
            // Agroal hands a request the connection its thread used last, so a few connections can
            // carry a quiet run; 24 clients at once make the pool use many, drawn at random over both
            // servers (loadBalanceHosts), and a round is repeated (at most three) while one server
            // has not been seen.
            ExecutorService pool = Executors.newFixedThreadPool(24);
            for (int round = 0; round < 3 && !(seen.containsKey("primary's") && seen.containsKey("standby's")); round++) {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < 24; t++) {
                    fs.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            String path = i % 2 == 0 ? PERSON : PERSON + "?probe=" + UUID.randomUUID();
                            HttpResponse<String> r = mixed.get(path);
                            if (r.statusCode() != 200) {
                                wrong.add(r.statusCode() + " " + r.body());
                                continue;
                            }
                            String tag = r.headers().firstValue("ETag").orElse(null);
                            String carried = r.body().contains(MARK) ? v2 : v1;
                            if (tag == null) {
                                if (!r.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
                                    wrong.add("no ETag but cacheable");
                                }
                                seen.computeIfAbsent("unnamed", k -> new AtomicInteger()).incrementAndGet();
                            } else if (!tag.startsWith("\"" + carried + "-")) {
                                wrong.add("data of " + carried + " under " + tag);
                            } else {
                                seen.computeIfAbsent(carried.equals(v1) ? "primary's" : "standby's", k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get(120, TimeUnit.SECONDS);
                }
            }
            pool.shutdown();
            assertEquals(List.of(), wrong, "a response carried data of another version than its ETag names");
            assertTrue(seen.containsKey("primary's") && seen.containsKey("standby's"),
                    "the pool spread over both servers: " + seen);

            Map<String, Object> lateCheck = late.readiness("Data version");
            assertEquals("DOWN", lateCheck.get("status"), lateCheck.toString());
            assertTrue(String.valueOf(lateCheck.get("data")).contains("waiting for the standby"), lateCheck.toString());
            note("scenario 1b: standby held behind (replay paused): its instances served its version for %d checked reads,"
                    + " ready; an instance over both servers answered %s, each ETag naming its data's version;"
                    + " a new instance on the standby not ready (waiting for the standby)", checked, seen);

            long resumed = System.nanoTime();
            standby.sql("select pg_wal_replay_resume()");
            long replayed = standbyWatch.awaitChange(60);
            Map<App, Long> switched = awaitAll(apps.values(), app -> {
                HttpResponse<String> r = app.get(PERSON);
                return !r.body().contains(MARK) && r.headers().firstValue("ETag").orElse("").startsWith("\"" + v1 + "-");
            }, 60);
            long lateReady = awaitAll(List.of(late), app -> app.get("/q/health/ready").statusCode() == 200, 60).get(late);
            StringBuilder each = new StringBuilder();
            for (var e : switched.entrySet()) {
                long ms = (e.getValue() - replayed) / 1_000_000;
                each.append(String.format(" %s %.2f s", e.getKey().name, ms / 1000.0));
                assertTrue(ms <= BOUND_MS, e.getKey().name + ": " + ms + " ms after the standby; bound " + BOUND_MS);
            }
            note("scenario 1b: replay resumed; standby caught up in %.0f ms; instances switched after it:%s;"
                    + " the new instance ready %.2f s after it", (replayed - resumed) / 1e6, each, (lateReady - replayed) / 1e9);
            assertTrue((lateReady - replayed) / 1_000_000 <= BOUND_MS);
        } finally {
            standby.sql("select pg_wal_replay_resume()");
            primaryWatch.close();
            standbyWatch.close();
            mixed.stop();
        }
    }

    @Test
    @Order(5)
    void theStandbyStoppedReadsFailOverToThePrimaryAndComeBack() throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : READS) {
            before.put(path, nginx.get(path).body());
        }
        Cluster.Load load = new Cluster.Load(nginx, 4);
        try {
            Thread.sleep(1500);
            standby.stop("fast");
            long stopped = System.nanoTime();
            load.mark("stopped");
            Map<App, Long> failedOver = awaitAll(apps.values(),
                    app -> app.get("/api/v1/persons?q=" + UUID.randomUUID()).statusCode() == 200, 60);
            Map<String, Integer> onPrimary = apiConnections(primary);
            assertEquals(Set.of("last-struggle-a", "last-struggle-b", "last-struggle-c"), onPrimary.keySet(), onPrimary.toString());
            // An instance told to read from standbys only answers 503 with Retry-After instead, and is not ready.
            HttpResponse<String> refused = null;
            if (late != null) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                do {
                    refused = late.get("/api/v1/persons?q=" + UUID.randomUUID());
                } while (refused.statusCode() != 503 && System.nanoTime() < deadline);
                assertEquals(503, refused.statusCode(), refused.body());
                assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertEquals(503, late.get("/q/health/ready").statusCode());
            }
            Thread.sleep(2000);
            long restarted = System.nanoTime();
            load.mark("restarted");
            standby.start();
            cluster.awaitStreaming(primary, 60);
            long back = awaitTrue(() -> apiConnections(primary).isEmpty()
                    && apiConnections(standby).keySet().containsAll(Set.of("last-struggle-a", "last-struggle-b", "last-struggle-c")), 120);
            load.stop();
            long lateBack = 0;
            if (late != null) {
                lateBack = awaitAll(List.of(late), app -> app.get("/api/v1/persons?q=" + UUID.randomUUID()).statusCode() == 200
                        && app.get("/q/health/ready").statusCode() == 200, 60).get(late);
                late.stop();
            }

            Cluster.Load.Summary s = load.summary();
            assertEquals(0, s.ioErrors(), "every request got an answer: " + s);
            assertEquals(Set.of(), s.otherStatuses(), "no status but 200 and 503: " + s);
            assertEquals(0, s.bad503(), "every 503 is a problem+json with Retry-After: " + s);
            assertTrue(s.dbOkWhileDown() > 0, "uncached reads were served while the standby was down: " + s);
            for (var e : before.entrySet()) {
                assertEquals(e.getValue(), nginx.get(e.getKey()).body(), "the same answer after the standby came back: " + e.getKey());
            }
            StringBuilder each = new StringBuilder();
            failedOver.forEach((app, t) -> each.append(String.format(" %s %.2f s", app.name, (t - stopped) / 1e9)));
            note("scenario 2: standby stopped: uncached reads served by the primary after:%s; through nginx %d requests,"
                    + " %d answered 503 (Retry-After), no other error; standby restarted: all API connections back on it"
                    + " %.1f s later (connection max-lifetime 10 s in this test)", each, s.total(), s.count503(),
                    (back - restarted) / 1e9);
            if (late != null) {
                note("scenario 2: the instance with targetServerType=secondary answered 503 (Retry-After: 5, not ready) while"
                        + " the standby was down, and served again %.1f s after its restart", (lateBack - restarted) / 1e9);
            }
        } finally {
            load.stop();
            if (!standby.running()) {
                standby.start();
            }
        }
    }

    @Test
    @Order(6)
    void anInstanceKilledUnderLoadCostsNoMoreThanItsRequestsInFlight() throws Exception {
        int connections = 12;
        Cluster.Wrk run = cluster.wrk(nginx, connections, 10);
        Thread.sleep(4000);
        App victim = apps.get("b");
        long killedAt = System.nanoTime();
        victim.process.destroyForcibly();
        assertTrue(victim.process.waitFor(10, TimeUnit.SECONDS));
        Cluster.Wrk.Result during = run.await();
        Cluster.Wrk.Result after = cluster.wrk(nginx, connections, 4).await();
        assertTrue(during.requests() > 0 && after.requests() > 0);
        assertTrue(during.errors() <= connections, "errors beyond the requests in flight on the killed instance: " + during);
        assertEquals(0, after.errors(), "after the kill, the other instances answer everything: " + after);
        for (String name : List.of("a", "c")) {
            assertEquals(200, apps.get(name).get("/q/health/ready").statusCode());
        }
        note("scenario 3: instance b killed (SIGKILL) 4 s into 10 s of wrk -c%d through nginx: %d requests, %d errors"
                + " (%.0f req/s); the 4 s after: %d requests, %d errors (%.0f req/s)", connections, during.requests(),
                during.errors(), during.rate(), after.requests(), after.errors(), after.rate());
        assertTrue(System.nanoTime() > killedAt);
    }

    @Test
    @Order(7)
    void theLoaderNeverConnectedToTheStandby() throws Exception {
        String standbyLog = standby.log();
        String primaryLog = primary.log();
        List<String> onStandby = Cluster.connectionLines(standbyLog).stream()
                .filter(l -> l.contains("application_name=last-struggle-loader") || l.contains("user=laststruggle database"))
                .toList();
        long onPrimary = Cluster.connectionLines(primaryLog).stream()
                .filter(l -> l.contains("user=laststruggle database") && l.contains("application_name=last-struggle-loader"))
                .count();
        assertEquals(List.of(), onStandby, "connections of the loader or the owner role to the standby");
        assertTrue(onPrimary >= 6, "the loaders and migrations connected to the primary (" + onPrimary + ")");
        long readerOnStandby = Cluster.connectionLines(standbyLog).stream().filter(l -> l.contains("user=laststruggle_reader")).count();
        assertTrue(readerOnStandby > 0);
        note("scenario 4: the loader/owner role connected %d times to the primary, 0 times to the standby"
                + " (which saw %d connections of the API's role)", onPrimary, readerOnStandby);
    }

    // --- helpers

    interface Probe {
        boolean test(App app) throws Exception;
    }

    interface Condition {
        boolean test() throws Exception;
    }

    /** Polls every app until the probe holds for it; the nanoTime at which it first held, per app. */
    static Map<App, Long> awaitAll(Iterable<App> apps, Probe probe, int seconds) throws Exception {
        Map<App, Long> done = new LinkedHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<App> pending = new ArrayList<>();
        apps.forEach(pending::add);
        while (!pending.isEmpty()) {
            for (var it = pending.iterator(); it.hasNext();) {
                App app = it.next();
                boolean ok;
                try {
                    ok = probe.test(app);
                } catch (IOException e) {
                    ok = false;
                }
                if (ok) {
                    done.put(app, System.nanoTime());
                    it.remove();
                }
            }
            if (System.nanoTime() > deadline) {
                fail("not within " + seconds + " s: " + pending.stream().map(a -> a.name).toList() + "\n" + pending.get(0).logTail());
            }
            Thread.sleep(50);
        }
        return done;
    }

    static long awaitTrue(Condition c, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!c.test()) {
            if (System.nanoTime() > deadline) fail("not within " + seconds + " s");
            Thread.sleep(100);
        }
        return System.nanoTime();
    }

    /** Connections of the API's role, by application name (one per instance). */
    static Map<String, Integer> apiConnections(Pg pg) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection c = pg.connect("postgres", "postgres"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select application_name, count(*) from pg_stat_activity"
                        + " where usename = 'laststruggle_reader' and application_name like 'last-struggle-_'"
                        + " group by 1 order by 1")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    static String version(Pg pg) throws SQLException {
        try (Connection c = pg.connect("postgres", "laststruggle"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select content_hash from curation_state")) {
            assertTrue(rs.next());
            return rs.getString(1).substring(0, 16);
        }
    }

    interface SqlRun {
        void run() throws SQLException;
    }

    static String sqlState(SqlRun r) {
        try {
            r.run();
        } catch (SQLException e) {
            return e.getSQLState();
        }
        throw new AssertionError("the statement succeeded");
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void note(String format, Object... args) {
        String line = String.format(format, args);
        timings.add(line);
        System.out.println("ClusterIT: " + line);
    }
}
