package org.laststruggle.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/docker-compose.yml is valid for docker-compose ({@code docker-compose config}, no Docker
 * engine needed) and runs ClusterIT's topology: a primary, a standby cloned from it, the API
 * reading from the standby with the primary as fallback and its loader on the primary, nginx.
 * Every LASTSTRUGGLE_* variable it sets is a setting the application knows.
 */
class ComposeFileTest {

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileRunsTheTestedTopology() throws Exception {
        Path composeBin = Cluster.which("docker-compose");
        if (composeBin == null) {
            if (System.getenv("CI") != null) fail("docker-compose not found: run .ci/install-test-deps");
            Assumptions.abort("docker-compose not found (apt-get install -y docker-compose); skipped outside CI");
        }
        Process p = new ProcessBuilder(composeBin.toString(), "-f", "docker/docker-compose.yml", "config")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        Map<String, Object> config = new Yaml().load(out);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) config.get("services");
        assertEquals(List.of("api", "db", "lb", "standby"), services.keySet().stream().sorted().toList());
        String standbyCommand = String.join(" ", (List<String>) services.get("standby").get("command"));
        assertTrue(standbyCommand.contains("pg_basebackup -h db") && standbyCommand.contains(" -R "), standbyCommand);
        assertTrue(Files.readString(Path.of("docker/initdb/05-replication.sh")).contains("REPLICATION LOGIN"));

        Map<String, String> env = (Map<String, String>) services.get("api").get("environment");
        String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(url.startsWith("jdbc:postgresql://standby:5432,db:5432/") && url.contains("targetServerType=preferSecondary"), url);
        assertEquals("jdbc:postgresql://db:5432/laststruggle", env.get("LASTSTRUGGLE_LOADER_URL"));
        assertEquals("laststruggle_reader", env.get("QUARKUS_DATASOURCE_USERNAME"));

        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        for (String name : env.keySet()) {
            if (!name.startsWith("LASTSTRUGGLE_")) continue;
            String property = name.toLowerCase().replace('_', '.');
            // laststruggle.loader.url, laststruggle.version-check.interval: '-' and '.' both map to '_'
            assertTrue(properties.replace('-', '.').contains(property), name + " is no setting of application.properties");
        }
    }
}
