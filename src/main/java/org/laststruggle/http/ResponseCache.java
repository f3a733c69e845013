package org.laststruggle.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.laststruggle.database.DataVersion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;

/**
 * Keeps the bytes of successful API reads in memory, keyed by data version, URI and Accept, and
 * answers repeats from the HTTP layer before any resource runs. The curated data changes only
 * with the data version, which is part of every key (entries of an older version are dropped).
 *
 * <p>Bounded by {@code laststruggle.cache.max-bytes} (the sum of body sizes plus a fixed cost per
 * entry); Caffeine's W-TinyLFU policy admits a new entry only when it is likely to be read more
 * often than the one it would evict, so one crawl of distinct URLs does not push out the hot
 * entries. Only bodies rendered in advance ({@link Rendered}) are offered, and only for requests
 * whose query parameters are all ones the operation takes: an unknown parameter makes a one-off
 * URL that is answered but not kept.
 */
@ApplicationScoped
public class ResponseCache {

    /** The response headers a replay repeats; everything else (CORS, security headers) the HTTP layer adds per request. */
    private static final Set<String> KEPT_HEADERS = Set.of("content-type", "etag", "cache-control", "vary", "link",
            "x-total-count", "content-language");

    /** A cached response: the headers to repeat, in order, the body and its ETag. */
    record Entry(List<Map.Entry<String, String>> headers, byte[] body, String etag) {
        int weight() {
            return body.length + 512;
        }
    }

    private final DataVersion dataVersion;
    private final int maxEntryBytes;
    private final Cache<String, Entry> entries;
    private volatile String version = "";

    ResponseCache(DataVersion dataVersion,
            @ConfigProperty(name = "laststruggle.cache.max-bytes", defaultValue = "33554432") long maxBytes,
            @ConfigProperty(name = "laststruggle.cache.max-entry-bytes", defaultValue = "1048576") int maxEntryBytes) {
        this.dataVersion = dataVersion;
        this.maxEntryBytes = maxEntryBytes;
        this.entries = maxBytes <= 0 ? null
                : Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String k, Entry e) -> e.weight()).build();
    }

    void install(@Observes Router router) {
        router.route("/api/*").handler(this::serve);
    }

    static String key(String version, String uri, String accept) {
        return version + "|" + uri + "|" + (accept == null ? "" : accept);
    }

    private void serve(RoutingContext ctx) {
        HttpMethod m = ctx.request().method();
        if (entries == null || !(m == HttpMethod.GET || m == HttpMethod.HEAD)) {
            ctx.next();
            return;
        }
        Entry e = entries.getIfPresent(key(currentVersion(), ctx.request().uri(), ctx.request().getHeader("Accept")));
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
            res.end(Buffer.buffer(e.body()));
        }
    }

    /**
     * Keeps a rendered 200 answer to a GET whose query parameters the operation all declares, with
     * the headers the resource layer set (after HttpCaching added ETag, Cache-Control, Vary, Link).
     */
    // response filters run from the highest priority down: this one runs after HttpCaching (USER)
    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void offer(ContainerRequestContext req, ContainerResponseContext res, ResourceInfo resource,
            HttpServerRequest http) {
        if (entries == null || !"GET".equals(req.getMethod()) || res.getStatus() != 200
                || !(res.getEntity() instanceof Rendered body) || body.bytes.length > maxEntryBytes
                || res.getMediaType() == null || !onlyDeclaredParameters(http, resource)) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        kept.add(Map.entry("Content-Type", withCharset(res.getMediaType())));
        String etag = null;
        for (Map.Entry<String, List<String>> h : res.getStringHeaders().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (KEPT_HEADERS.contains(name) && !name.equals("content-type")) {
                h.getValue().forEach(v -> kept.add(Map.entry(h.getKey(), v)));
                etag = name.equals("etag") ? h.getValue().get(0) : etag;
            }
        }
        if (etag == null) {
            return; // a replay without its ETag would not be the same answer (or no version could be named)
        }
        // Keyed on the version the ETag names (that of the data the request read, see DataVersion.served),
        // and kept only while that is the version served: an answer read from a lagging server is not replayed.
        String v = HttpCaching.versionOf(etag);
        if (!v.equals(currentVersion())) {
            return;
        }
        entries.put(key(v, http.uri(), http.getHeader("Accept")), new Entry(List.copyOf(kept), body.bytes, etag));
    }

    /** The Content-Type as the resource layer sends it: JSON and text types with their charset. */
    private static String withCharset(MediaType t) {
        String s = t.toString();
        if (t.getParameters().containsKey("charset") || !(t.getSubtype().contains("json") || t.getType().equals("text"))) {
            return s;
        }
        return s + ";charset=UTF-8";
    }

    private static boolean onlyDeclaredParameters(HttpServerRequest http, ResourceInfo resource) {
        Method m = resource == null ? null : resource.getResourceMethod();
        if (m == null) {
            return false;
        }
        Set<String> declared = InputGuard.declaredQueryParams(m);
        for (String name : http.params().names()) {
            if (!declared.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** The data version, dropping every entry when it has changed since the last call. */
    private String currentVersion() {
        String v = dataVersion.current();
        if (!v.equals(version)) {
            synchronized (this) {
                if (!v.equals(version)) {
                    entries.invalidateAll();
                    version = v;
                }
            }
        }
        return v;
    }

    /** Number of entries (approximate while other threads write). */
    public long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
