package org.laststruggle.annotation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.laststruggle.database.DataVersion;
import org.laststruggle.source.SourceService;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The raw texts the annotations quote from, read once per data version through
 * {@link SourceService#findText} and kept (the five texts are about 0.5 MB; with their
 * code-point index about 2.6 MB).
 */
@ApplicationScoped
public class SourceTexts {

    private final SourceService sources;
    private final DataVersion version;
    private final Map<String, SourceText> texts = new ConcurrentHashMap<>();
    private volatile String loadedVersion = "";

    SourceTexts(SourceService sources, DataVersion version) {
        this.sources = sources;
        this.version = version;
    }

    /** The raw text of a source of the data served now; 404 problem for an unknown source. */
    public SourceText text(String sourceId) {
        String v = version.current();
        if (!v.equals(loadedVersion)) {
            synchronized (this) {
                if (!v.equals(loadedVersion)) {
                    texts.clear();
                    loadedVersion = v;
                }
            }
        }
        return texts.computeIfAbsent(sourceId,
                id -> new SourceText(new String(sources.findText(id), StandardCharsets.UTF_8)));
    }
}
