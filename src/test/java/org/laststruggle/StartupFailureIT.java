package org.laststruggle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A packaged app pointed at a database that does not answer stops with one clear message. */
class StartupFailureIT {

    @Test
    void shouldNameTheSettingToFixWhenTheDatabaseIsUnreachable() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true);
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "nobody");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "nothing");
        pb.environment().put("QUARKUS_HTTP_PORT", "0");
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the app should stop by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, p.exitValue());
        assertTrue(out.contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/nowhere"), out);
        assertTrue(out.contains("Check QUARKUS_DATASOURCE_JDBC_URL"), out);
        assertFalse(out.contains("Embedded PostgreSQL started"), "no embedded server when a URL is set:\n" + out);
    }
}
