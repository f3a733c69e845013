package org.laststruggle.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The local copies of the standards' schemas and contexts in {@code shared/schemas/} beside the
 * repository (CMIF's RELAX NG schema, the Web Annotation JSON-LD context). Found in the system
 * property or environment variable {@code LASTSTRUGGLE_SHARED_SCHEMAS}, else in the first
 * {@code shared/schemas} of the project's directory or one of its parents. Missing, a test is
 * skipped with a message outside CI and fails under CI ({@code CI} set).
 */
public final class SharedSchemas {

    private SharedSchemas() {
    }

    /** The file under shared/schemas, e.g. {@code cmif/cmi-customization.rng}. */
    public static Path file(String relative) {
        Path dir = dir();
        Path f = dir == null ? null : dir.resolve(relative);
        if (f == null || !Files.isRegularFile(f)) {
            String message = "shared/schemas/" + relative + " not found (looked in LASTSTRUGGLE_SHARED_SCHEMAS and in"
                    + " shared/schemas beside the repository and its parents); it holds local copies of the CMIF schema"
                    + " (TEI-Correspondence-SIG/CMIF, schema/cmi-customization.rng) and of the W3C anno context"
                    + " (http://www.w3.org/ns/anno.jsonld): put them there or set LASTSTRUGGLE_SHARED_SCHEMAS";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return f;
    }

    static Path dir() {
        String configured = System.getProperty("LASTSTRUGGLE_SHARED_SCHEMAS", System.getenv("LASTSTRUGGLE_SHARED_SCHEMAS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("schemas");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
