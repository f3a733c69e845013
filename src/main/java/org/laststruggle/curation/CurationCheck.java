package org.laststruggle.curation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.laststruggle.source.SourceCatalog;
import org.laststruggle.source.SourceCatalog.SourceText;

/**
 * Reads and checks the sources and curation files without a database. Used by the loader,
 * and on its own by curators: {@code bin/check-curation [curation-dir] [sources-dir]} prints every
 * problem as {@code file:line: reason} and exits 1 if there is any.
 */
public final class CurationCheck {

    /** Bump when the loader's interpretation of unchanged files changes, to force a reload. */
    static final String LOADER_VERSION = "7"; // 2: the read model; 3: dates' order, sets and reading forms; 4: ASCII JSON; 5: uncompressed read model (V6); 6: timeline_span (V7); 7: event_span (V8)

    /** The outcome of a check: the problems, or the resolved data and its content hash. */
    record Result(List<Problem> problems, CurationValidator.Resolved resolved, String contentHash) {
        boolean ok() {
            return problems.isEmpty();
        }

        Map<String, Integer> counts() {
            Map<String, Integer> c = new LinkedHashMap<>();
            if (resolved == null) return c;
            Curation.Data d = resolved.data();
            c.put("sources", resolved.sources().size());
            c.put("passages", resolved.sources().stream().mapToInt(s -> s.passages().size()).sum());
            c.put("bodies", d.bodies().size());
            c.put("persons", d.persons().size());
            c.put("congresses", d.congresses().size());
            c.put("documents", d.documents().size());
            c.put("events", d.events().size());
            c.put("disputes", d.disputes().size());
            c.put("citations", resolved.citations().size());
            return c;
        }

        String report() {
            StringBuilder sb = new StringBuilder();
            problems.forEach(p -> sb.append(p).append('\n'));
            sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
            return sb.toString();
        }
    }

    private CurationCheck() {
    }

    /** What a check reads: the raw sources with their manifest data, and the curation files. */
    record Inputs(List<SourceText> sources, List<CurationFiles.NamedText> files) {
    }

    static Inputs read(Path curationDir, Path sourcesDir) {
        return new Inputs(SourceCatalog.read(sourcesDir), CurationFiles.read(curationDir));
    }

    static Result run(Path curationDir, Path sourcesDir) {
        Inputs inputs = read(curationDir, sourcesDir);
        return check(inputs, contentHash(inputs));
    }

    /** Parses and checks the inputs (whose content hash is given). */
    static Result check(Inputs inputs, String contentHash) {
        List<SourceText> sources = inputs.sources();
        List<CurationFiles.NamedText> files = inputs.files();
        CurationReader reader = new CurationReader();
        for (CurationFiles.NamedText f : files) {
            reader.read(f.name(), f.text());
        }
        CurationValidator validator = new CurationValidator();
        CurationValidator.Resolved resolved = validator.validate(reader.data(), sources);
        List<Problem> problems = new ArrayList<>(reader.problems());
        problems.addAll(validator.problems());
        problems.sort((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line()) : a.file().compareTo(b.file()));
        return new Result(problems, problems.isEmpty() ? resolved : null, contentHash);
    }

    static String contentHash(Inputs inputs) {
        return contentHash(inputs.sources(), inputs.files());
    }

    static String contentHash(List<SourceText> sources, List<CurationFiles.NamedText> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("loader " + LOADER_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (SourceText s : sources) {
                md.update(("source " + s.id() + " " + s.file() + " " + s.title() + " " + s.author() + " " + s.published()
                        + " " + s.publisher() + " " + s.url() + " " + s.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
                if (s.layoutText() != null) {
                    md.update(("layout " + s.layoutFile() + "\n" + s.layoutText()).getBytes(StandardCharsets.UTF_8));
                }
            }
            for (CurationFiles.NamedText f : files) {
                md.update(("file " + f.name() + "\n").getBytes(StandardCharsets.UTF_8));
                md.update(f.text().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        Path curation = Path.of(args.length > 0 ? args[0] : "db/curation");
        Path sources = Path.of(args.length > 1 ? args[1] : "db/sources");
        long t0 = System.nanoTime();
        Result r = run(curation, sources);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r.ok()) {
            System.out.println("OK: " + r.counts() + " checked in " + ms + " ms");
        } else {
            System.out.println(r.report() + " (checked in " + ms + " ms)");
            System.exit(1);
        }
    }
}
