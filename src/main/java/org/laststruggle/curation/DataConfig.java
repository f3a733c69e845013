package org.laststruggle.curation;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the served data comes from. Unset means the copy bundled in the application. */
@ConfigMapping(prefix = "laststruggle.data")
public interface DataConfig {

    /** A directory of curation YAML files to load instead of the bundled ones. */
    Optional<Path> curationDir();

    /** A directory holding sources.yaml and the raw source texts, instead of the bundled ones. */
    Optional<Path> sourcesDir();
}
