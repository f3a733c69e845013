package org.laststruggle.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laststruggle.database.DataVersion;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * Keeps the bytes of successful API reads in memory, keyed by data version, URI and Accept, and
 * answers repeats straight from the HTTP layer without touching the database. The curated data
 * changes only when a load changes the data version, which empties the cache. Bounded by
 * {@code laststruggle.cache.max-bytes}; least recently used entries go first.
 */
@ApplicationScoped
public class ResponseCache {

    /** A cached response: its headers (in order) and body. */
    record Entry(List<Map.Entry<String, String>> headers, byte[] body, String etag) {
        long weight() {
            return body.length + 512L;
        }
    }

    private final DataVersion dataVersion;
    private final long maxBytes;
    private final int maxEntryBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private String version;

    ResponseCache(DataVersion version,
            @ConfigProperty(name = "laststruggle.cache.max-bytes", defaultValue = "67108864") long maxBytes,
            @ConfigProperty(name = "laststruggle.cache.max-entry-bytes", defaultValue = "1048576") int maxEntryBytes) {
        this.dataVersion = version;
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
    }

    void install(@Observes Router router) {
        router.route("/api/*").handler(this::serve);
    }

    static String key(String version, String uri, String accept) {
        return version + "|" + uri + "|" + (accept == null ? "" : accept);
    }

    private void serve(RoutingContext ctx) {
        HttpMethod m = ctx.request().method();
        if (maxBytes <= 0 || !(m == HttpMethod.GET || m == HttpMethod.HEAD)) {
            ctx.next();
            return;
        }
        Entry e = get(key(dataVersion.current(), ctx.request().uri(), ctx.request().getHeader("Accept")));
        if (e == null) {
            ctx.next();
            return;
        }
        var res = ctx.response();
        String inm = ctx.request().getHeader("If-None-Match");
        boolean notModified = inm != null && HttpCaching.matches(inm, e.etag());
        for (Map.Entry<String, String> h : e.headers()) {
            if (notModified && h.getKey().equalsIgnoreCase("Content-Type")) continue;
            res.headers().add(h.getKey(), h.getValue());
        }
        if (notModified) {
            res.setStatusCode(304).end();
        } else if (m == HttpMethod.HEAD) {
            res.putHeader("Content-Length", String.valueOf(e.body().length)).end();
        } else {
            res.end(io.vertx.core.buffer.Buffer.buffer(e.body()));
        }
    }

    synchronized Entry get(String key) {
        checkVersion();
        return entries.get(key);
    }

    synchronized void put(String key, Entry e) {
        checkVersion();
        if (e.body().length > maxEntryBytes || !key.startsWith(version + "|")) {
            return;
        }
        Entry old = entries.put(key, e);
        bytes += e.weight() - (old == null ? 0 : old.weight());
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().weight();
            it.remove();
        }
    }

    public synchronized long size() {
        return entries.size();
    }

    private void checkVersion() {
        String v = dataVersion.current();
        if (!v.equals(version)) {
            entries.clear();
            bytes = 0;
            version = v;
        }
    }

    /** Captures the bytes of each successful GET of /api/ as JAX-RS writes them. */
    @Provider
    public static class Capture implements WriterInterceptor {

        private final ResponseCache cache;
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.UriInfo uriInfo;
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.HttpHeaders requestHeaders;
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.Request request;

        public Capture(ResponseCache cache) {
            this.cache = cache;
        }

        @Override
        public void aroundWriteTo(WriterInterceptorContext ctx) throws IOException {
            MultivaluedMap<String, Object> headers = ctx.getHeaders();
            Object etag = headers.getFirst("ETag");
            // The type actually sent: the negotiated media type, else the header a Response carries.
            // A response whose type is not known here is not cached (a replay without it would be wrong).
            String contentType = ctx.getMediaType() != null ? headerValue(ctx.getMediaType())
                    : headers.getFirst("Content-Type") != null ? String.valueOf(headers.getFirst("Content-Type")) : null;
            if (etag == null || contentType == null || !"GET".equals(request.getMethod())) {
                ctx.proceed();
                return;
            }
            OutputStream original = ctx.getOutputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            ctx.setOutputStream(buffer);
            ctx.proceed();
            byte[] body = buffer.toByteArray();
            original.write(body);
            ctx.setOutputStream(original);
            List<Map.Entry<String, String>> hs = new ArrayList<>();
            hs.add(Map.entry("Content-Type", contentType));
            headers.forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> hs.add(Map.entry(name, String.valueOf(v))));
                }
            });
            String uri = uriInfo.getRequestUri().getRawPath()
                    + (uriInfo.getRequestUri().getRawQuery() == null ? "" : "?" + uriInfo.getRequestUri().getRawQuery());
            // Keyed on the version the ETag names (that of the data read, see DataVersion.served),
            // which put() accepts only while it is the current one.
            cache.put(key(HttpCaching.versionOf(etag.toString()), uri, requestHeaders.getHeaderString("Accept")),
                    new Entry(List.copyOf(hs), body, etag.toString()));
        }

        private static String headerValue(jakarta.ws.rs.core.MediaType t) {
            String s = t.toString();
            if (t.getParameters().containsKey("charset") || !(t.getSubtype().contains("json") || t.getType().equals("text"))) {
                return s;
            }
            return s + ";charset=UTF-8";
        }
    }
}
