package org.laststruggle.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The curation files, in name order: from a directory, or those bundled in the application. */
final class CurationFiles {

    record NamedText(String name, String text) {
    }

    private CurationFiles() {
    }

    static List<NamedText> read(Path dir) {
        try {
            if (dir != null) {
                if (!Files.isDirectory(dir)) {
                    throw new IllegalStateException("The curation directory " + dir.toAbsolutePath()
                            + " does not exist; fix laststruggle.curation.dir");
                }
                List<NamedText> out = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                        out.add(new NamedText(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                    }
                }
                return out;
            }
            // The build writes db/curation/index.txt, listing the bundled files.
            String index = new String(resource("index.txt"), StandardCharsets.UTF_8);
            List<NamedText> out = new ArrayList<>();
            for (String name : index.lines().map(String::strip).filter(s -> !s.isEmpty()).sorted().toList()) {
                out.add(new NamedText(name, new String(resource(name), StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curation files: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/curation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled curation file db/curation/" + name + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
