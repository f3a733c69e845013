package org.laststruggle.database;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The data version comes from the database, not from this instance's own load: a change of the
 * version row made by another writer is served after the next check (called here directly: the
 * interval is an hour in this profile, so no timer interferes; ClusterIT measures the timer),
 * with new ETags and an emptied response cache; a response names the version its connection's
 * server held, so older data never travels under a newer version; readiness says when the
 * database holds less than the loader found on the primary.
 */
@QuarkusTest
@TestProfile(DataVersionTest.CacheOnNoTimer.class)
class DataVersionTest {

    public static class CacheOnNoTimer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("laststruggle.cache.max-bytes", "4000000", "laststruggle.version-check.interval", "1H");
        }
    }

    static final String URL = "/api/v1/persons/stalin";
    static final String OTHER = "feedface".repeat(8);

    @Inject
    DataVersion version;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LoaderConnections writers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    String hash;
    OffsetDateTime loadedAt;

    @BeforeEach
    void remember() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select content_hash, loaded_at from curation_state")) {
            assertTrue(rs.next());
            hash = rs.getString(1);
            loadedAt = rs.getObject(2, OffsetDateTime.class);
        }
        assertEquals(hash.substring(0, 16), version.current());
    }

    @AfterEach
    void restore() throws SQLException {
        setRow(hash, loadedAt);
        version.refresh();
        assertEquals(hash.substring(0, 16), version.current());
    }

    @Test
    void shouldServeTheVersionTheDatabaseHoldsAfterTheNextCheck() throws SQLException {
        Response first = given().get(URL);
        assertEquals(200, first.statusCode());
        String oldTag = first.header("ETag");
        assertTrue(oldTag.startsWith("\"" + hash.substring(0, 16) + "-"), oldTag);
        assertEquals(0, SqlCounter.count(() -> given().get(URL).then().statusCode(200)), "cached");

        setRow(OTHER, loadedAt); // what a load by another instance does to the version row
        assertEquals(oldTag, given().get(URL).header("ETag"), "no check yet: the old version is still served");

        version.refresh();
        assertEquals("feedfacefeedface", version.current());
        long statements = SqlCounter.count(() -> {
            Response r = given().get(URL);
            assertEquals(200, r.statusCode());
            assertTrue(r.header("ETag").startsWith("\"feedfacefeedface-"), r.header("ETag"));
            assertEquals(first.asString(), r.asString());
        });
        assertTrue(statements > 0, "the cache of the old version was emptied");
        assertEquals(200, given().header("If-None-Match", oldTag).get(URL).statusCode(), "the old ETag no longer matches");
        String newTag = given().get(URL).header("ETag");
        given().header("If-None-Match", newTag).get(URL).then().statusCode(304);

        JsonPath check = readiness("Data version");
        assertEquals("UP", check.getString("status"));
        assertEquals("feedfacefeedface", check.getString("data.served"));
        assertEquals("feedfacefeedface", check.getString("data.database"));
        assertEquals(hash.substring(0, 16), check.getString("data.loadedOnPrimary"));
    }

    @Test
    void shouldNameInTheETagTheVersionTheConnectionHeldAndNotCacheIt() throws SQLException {
        // The instance switches to a version (as after a check on one server) ...
        setRow(OTHER, loadedAt);
        version.refresh();
        assertEquals("feedfacefeedface", version.current());
        // ... while the server of its next connections still holds the previous one (a lagging standby).
        setRow(hash, loadedAt);
        dataSource.flush(AgroalDataSource.FlushMode.ALL);

        String real = hash.substring(0, 16);
        for (int i = 0; i < 3; i++) {
            long statements = SqlCounter.count(() -> {
                Response r = given().get(URL);
                assertEquals(200, r.statusCode());
                assertTrue(r.header("ETag").startsWith("\"" + real + "-"), "the version of the data read: " + r.header("ETag"));
                assertEquals("public, max-age=300", r.header("Cache-Control"));
            });
            assertTrue(statements > 0, "a response of another version than the current one is not cached");
        }
        // Without an explicit check, nothing moved the instance back: it still keys on the other version.
        assertEquals("feedfacefeedface", version.current());
        version.refresh();
        assertEquals(real, version.current());
        given().get(URL).then().statusCode(200);
        assertEquals(0, SqlCounter.count(() -> given().get(URL).then().statusCode(200)), "cached again once consistent");
    }

    @Test
    void shouldNotBeReadyWhileTheDatabaseHoldsLessThanTheLoaderFoundOnThePrimary() throws SQLException {
        assertEquals("UP", readiness("Data version").getString("status"));
        // A standby that has not replayed the load yet: an older version row.
        setRow(OTHER, loadedAt.minusHours(1));
        version.refresh();
        JsonPath check = readiness("Data version");
        assertEquals("DOWN", check.getString("status"));
        assertTrue(check.getString("data.reason").contains("waiting for the standby to replay it"), check.prettify());
        given().get("/q/health/ready").then().statusCode(503);
        // A newer version than the loader's (another instance loaded since) is fine.
        setRow(OTHER, loadedAt.plusSeconds(1));
        version.refresh();
        assertEquals("UP", readiness("Data version").getString("status"));
    }

    @Test
    void shouldWriteOnlyThroughAPrimaryWhateverTheUrlAsks() throws SQLException {
        String multi = url + (url.contains("?") ? "&" : "?") + "targetServerType=preferSecondary&loadBalanceHosts=true";
        LoaderConnections loader = new LoaderConnections(url, user, password, Optional.of(multi), Optional.empty(),
                Optional.empty());
        assertEquals("primary", ((PGSimpleDataSource) loader.dataSource()).getTargetServerType());
        try (Connection c = loader.open(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select current_setting('application_name'), pg_is_in_recovery(),"
                        + " current_setting('statement_timeout')")) {
            assertTrue(rs.next());
            assertEquals("last-struggle-loader", rs.getString(1));
            assertEquals(false, rs.getBoolean(2));
            assertEquals("0", rs.getString(3), "no statement timeout on the writers' connections");
        }
        assertTrue(loader.separateUrl());
    }

    private void setRow(String contentHash, OffsetDateTime at) throws SQLException {
        try (Connection c = writers.open();
                PreparedStatement ps = c.prepareStatement("update curation_state set content_hash = ?, loaded_at = ?")) {
            ps.setString(1, contentHash);
            ps.setObject(2, at);
            assertEquals(1, ps.executeUpdate());
        }
    }

    /** One check of /q/health/ready, as JSON. */
    private static JsonPath readiness(String name) {
        JsonPath all = new JsonPath(given().get("/q/health/ready").asString());
        Map<String, Object> check = all.getMap("checks.find { it.name == '" + name + "' }");
        assertNotEquals(null, check, all.prettify());
        return new JsonPath(all.prettify()).setRootPath("checks.find { it.name == '" + name + "' }");
    }
}
