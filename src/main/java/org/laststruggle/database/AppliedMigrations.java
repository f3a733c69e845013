package org.laststruggle.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Tells whether a database already holds exactly the bundled migrations, so that a restart on a
 * kept database can skip Flyway (its start and validation cost about a second here). The bundled
 * list is {@code db/migration/index.txt}, written by the build; each script's checksum is computed
 * the way Flyway records it (CRC32 over the script's lines without their line ends, a leading byte
 * order mark dropped), so a changed, added or removed script always sends start-up through Flyway.
 */
final class AppliedMigrations {

    private static final String DIR = "db/migration/";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

    /** One versioned migration: its version as Flyway prints it, its path and its checksum. */
    record Migration(String version, String script, int checksum) {
    }

    private AppliedMigrations() {
    }

    /** The bundled migrations in version order, read from the class path. */
    static List<Migration> bundled(ClassLoader loader) {
        List<Migration> out = new ArrayList<>();
        for (String name : lines(loader, DIR + "index.txt")) {
            Matcher m = VERSIONED.matcher(name);
            if (!m.matches()) {
                continue;
            }
            // Flyway records the script by its path in the location, as here
            out.add(new Migration(m.group(1).replace('_', '.'), DIR + name, checksum(loader, DIR + name)));
        }
        out.sort((a, b) -> compareVersions(a.version(), b.version()));
        return out;
    }

    /**
     * The migrations a database records as applied, in the order they were applied; empty if it has no
     * history table. A failed or non-SQL entry makes the list unusable for a shortcut: null.
     */
    static List<Migration> applied(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return List.of();
            }
        }
        List<Migration> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version, script, checksum, success, type"
                        + " from flyway_schema_history order by installed_rank")) {
            while (rs.next()) {
                if (!rs.getBoolean(4) || !"SQL".equals(rs.getString(5)) || rs.getObject(3) == null) {
                    return null;
                }
                out.add(new Migration(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }

    /** True when the database holds exactly the bundled migrations, applied in version order. */
    static boolean upToDate(List<Migration> bundled, List<Migration> applied) {
        return applied != null && !bundled.isEmpty() && bundled.equals(applied);
    }

    /** Flyway's checksum of a script: CRC32 over each line's UTF-8 bytes, line ends excluded. */
    static int checksum(ClassLoader loader, String resource) {
        CRC32 crc = new CRC32();
        boolean first = true;
        for (String line : lines(loader, resource)) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    private static List<String> lines(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0, q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
