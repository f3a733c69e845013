package org.laststruggle.annotation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.laststruggle.http.Rendered;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/**
 * Content negotiation among the representations an export resource offers, so the response names
 * its exact media type (parameters such as the anno profile included, which JAX-RS would drop).
 * JAX-RS has already answered 406 when none is acceptable.
 */
public final class Representations {

    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    public static final MediaType ANNOTATION = withCharset(MediaType.valueOf(WebAnnotations.MEDIA_TYPE));
    public static final MediaType JSON_LD = withCharset(MediaType.valueOf("application/ld+json"));
    public static final String TEI_XML = "application/tei+xml";
    public static final MediaType CMIF = withCharset(MediaType.valueOf(TEI_XML));

    private Representations() {
    }

    /** The offered type the request's Accept prefers (the first offered when it prefers none). */
    public static MediaType choose(Request request, MediaType... offered) {
        Variant v = request.selectVariant(Variant.mediaTypes(offered).build());
        return v == null ? offered[0] : v.getMediaType();
    }

    /**
     * A 200 answer of this type. The body goes out as {@link Rendered} bytes, so the response cache
     * keeps it like the JSON of the read model (keyed by host too: exports name absolute URLs).
     */
    public static Response ok(String body, MediaType type) {
        return Response.ok(Rendered.of(body), type).build();
    }

    private static MediaType withCharset(MediaType t) {
        Map<String, String> p = new LinkedHashMap<>(t.getParameters());
        p.put(MediaType.CHARSET_PARAMETER, "UTF-8");
        return new MediaType(t.getType(), t.getSubtype(), p);
    }
}
