package org.laststruggle.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The restart shortcut past Flyway: the bundled migrations and their checksums must be exactly what
 * Flyway recorded when it applied them (this test's database was migrated by Flyway itself), and any
 * difference must send start-up back through Flyway.
 */
@QuarkusTest
class AppliedMigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void shouldComputeTheChecksumsFlywayRecorded() throws Exception {
        List<AppliedMigrations.Migration> bundled = AppliedMigrations.bundled(loader);
        try (Connection c = dataSource.getConnection()) {
            List<AppliedMigrations.Migration> applied = AppliedMigrations.applied(c);
            assertEquals(applied, bundled);
            assertTrue(AppliedMigrations.upToDate(bundled, applied));
        }
    }

    @Test
    void shouldListEveryMigrationOfTheProject() throws Exception {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            onDisk = files.map(p -> "db/migration/" + p.getFileName()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        List<String> bundled = AppliedMigrations.bundled(loader).stream().map(AppliedMigrations.Migration::script).sorted().toList();
        assertEquals(onDisk, bundled);
        assertEquals("1", AppliedMigrations.bundled(loader).get(0).version());
    }

    @Test
    void shouldSendAnyDifferenceThroughFlyway() {
        List<AppliedMigrations.Migration> bundled = AppliedMigrations.bundled(loader);
        AppliedMigrations.Migration last = bundled.get(bundled.size() - 1);
        List<AppliedMigrations.Migration> edited = new ArrayList<>(bundled);
        edited.set(edited.size() - 1, new AppliedMigrations.Migration(last.version(), last.script(), last.checksum() + 1));
        assertFalse(AppliedMigrations.upToDate(bundled, edited), "a script edited after it was applied");
        assertFalse(AppliedMigrations.upToDate(bundled, bundled.subList(0, bundled.size() - 1)), "a new migration");
        List<AppliedMigrations.Migration> extra = new ArrayList<>(bundled);
        extra.add(new AppliedMigrations.Migration("999", "db/migration/V999__later.sql", 1));
        assertFalse(AppliedMigrations.upToDate(bundled, extra), "a database newer than the application");
        assertFalse(AppliedMigrations.upToDate(bundled, List.of()), "an empty database");
        assertFalse(AppliedMigrations.upToDate(bundled, null), "a failed migration in the history");
    }

    @Test
    void shouldComputeFlywaysChecksumOfAKnownText() {
        // CRC32 of the lines' bytes without line ends: "a" then "b" is CRC32("ab")
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("ab".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int expected = (int) crc.getValue();
        ClassLoader fake = new ClassLoader(null) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return new java.io.ByteArrayInputStream("\uFEFFa\r\nb\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        assertEquals(expected, AppliedMigrations.checksum(fake, "any.sql"));
    }
}
