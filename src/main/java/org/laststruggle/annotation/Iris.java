package org.laststruggle.annotation;

import java.net.URI;
import java.util.Optional;

/**
 * The absolute IRIs of the exports: JSON-LD and CMIF name things by absolute URLs, which a client
 * can dereference. The base is the configured public URL ({@code laststruggle.public-url}) or else
 * the scheme, host and port the request came to.
 */
public record Iris(String base) {

    public Iris {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** From the configured public URL if set, else from the request's base URI. */
    public static Iris of(Optional<String> publicUrl, URI requestBase) {
        String configured = publicUrl.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (configured != null) {
            return new Iris(configured);
        }
        return new Iris(requestBase.getScheme() + "://" + requestBase.getRawAuthority());
    }

    /** The service's home page, which stands for the project (publisher, creator). */
    public String project() {
        return base + "/";
    }

    public String api(String path) {
        return base + "/api/v1/" + path;
    }

    /** The detail URL of an entity of the API by its type (person, body, congress, document, event, dispute). */
    public String entity(String type, String id) {
        return api(plural(type) + "/" + id);
    }

    public String letter(String id) {
        return api("letters/" + id);
    }

    public String sourceText(String sourceId) {
        return api("sources/" + sourceId + "/text");
    }

    public String annotation(String id) {
        return api("annotations/" + id);
    }

    /** An API path as returned in JSON (/api/v1/...) made absolute. */
    public String absolute(String apiPath) {
        return base + apiPath;
    }

    static String plural(String type) {
        return switch (type) {
            case "person" -> "persons";
            case "body" -> "bodies";
            case "congress" -> "congresses";
            default -> type + "s";
        };
    }
}
