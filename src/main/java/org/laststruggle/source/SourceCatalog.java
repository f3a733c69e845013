package org.laststruggle.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The raw source texts and their bibliographic data, read from {@code sources.yaml} and the
 * files it lists: from a directory when one is configured, else from the copy bundled in the
 * application under {@code db/sources}.
 */
public final class SourceCatalog {

    /**
     * One raw source: its bytes are kept as they are; {@code text} is their UTF-8 decoding. {@code layout} is the
     * page layout of a printed book (null for a text without pages), {@code layoutFile} and {@code layoutText} the
     * file it was read from and its content.
     */
    public record SourceText(String id, String file, String title, String author, String published,
            String publisher, String url, String language, byte[] bytes, String text, String layoutFile,
            String layoutText, PageLayout layout) {

        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public int length() {
            return text.codePointCount(0, text.length());
        }
    }

    private SourceCatalog() {
    }

    /** Reads the catalog from {@code dir} (a filesystem path), or from the classpath when it is null. */
    public static List<SourceText> read(Path dir) {
        byte[] manifest = readBytes(dir, "sources.yaml");
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(manifest, StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("sources");
        List<SourceText> out = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            String file = str(e, "file");
            byte[] bytes = readBytes(dir, file);
            String layoutFile = str(e, "layout");
            String layoutText = null;
            PageLayout layout = null;
            if (layoutFile != null) {
                layoutText = new String(readBytes(dir, layoutFile), StandardCharsets.UTF_8);
                @SuppressWarnings("unchecked")
                Map<String, Object> l = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(layoutText);
                layout = PageLayout.fromYaml(layoutFile, l);
            }
            out.add(new SourceText(str(e, "id"), file, str(e, "title"), str(e, "author"), str(e, "published"),
                    str(e, "publisher"), str(e, "url"), str(e, "language"), bytes,
                    new String(bytes, StandardCharsets.UTF_8), layoutFile, layoutText, layout));
        }
        return out;
    }

    /** The reading-form evidence of the whole catalog: every source's raw text. */
    public static ReadingForm readingForm(List<SourceText> sources) {
        return ReadingForm.of(sources.stream().map(SourceText::text).toList());
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static byte[] readBytes(Path dir, String name) {
        try {
            if (dir != null) {
                return Files.readAllBytes(dir.resolve(name));
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/sources/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled source file db/sources/" + name + " is missing");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read source file " + name + ": " + e.getMessage(), e);
        }
    }
}
