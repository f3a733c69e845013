package org.laststruggle.http;

import org.laststruggle.query.Paged;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.laststruggle.database.DataVersion;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Conditional GET and paging links for every read of /api/v1. Reads never write, so a response
 * is a function of the data version and the request: the ETag is derived from both and a
 * matching If-None-Match is answered 304 before any query runs.
 */
public class HttpCaching {

    private static final String ETAG = "laststruggle.etag";
    private static final String VERSION = "laststruggle.data-version";

    @Inject
    DataVersion version;

    /** The CORS origins: when they are a list rather than "*", the answer depends on Origin too. */
    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    private String vary() {
        boolean wildcard = corsOrigins.isEmpty() || corsOrigins.get().stream().allMatch(o -> o.equals("*") || o.equals("/.*/"));
        return wildcard ? "Accept" : "Accept, Origin";
    }

    @ServerRequestFilter
    public Response checkNotModified(ContainerRequestContext req) {
        String method = req.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || !req.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String v = version.current();
        String etag = etag(req, v);
        req.setProperty(VERSION, v);
        req.setProperty(ETAG, etag);
        String inm = req.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (inm != null && matches(inm, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl())
                    .header(HttpHeaders.VARY, vary()).build();
        }
        return null;
    }

    @ServerResponseFilter
    public void addHeaders(ContainerRequestContext req, ContainerResponseContext res) {
        Object etag = req.getProperty(ETAG);
        if (etag == null) {
            return;
        }
        if (res.getStatus() != 200) {
            if (res.getStatus() != 304 && !vary().equals("Accept")) {
                res.getHeaders().putSingle(HttpHeaders.VARY, "Origin"); // the CORS headers of an error depend on it
            }
            return;
        }
        // The ETag names the data version the request's connections actually held (DataVersion.served):
        // usually the one it began under; none at all when they disagreed, and then nothing may cache it.
        String requested = (String) req.getProperty(VERSION);
        String served = version.served(requested);
        if (served == null) {
            res.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        } else {
            res.getHeaders().putSingle(HttpHeaders.ETAG, served.equals(requested) ? etag : etag(req, served));
            res.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        }
        res.getHeaders().putSingle(HttpHeaders.VARY, vary());
        if (res.getEntity() instanceof Paged page) {
            res.getHeaders().putSingle("Link", linkHeader(req.getUriInfo().getRequestUri(), page));
        } else if (res.getEntity() instanceof Rendered r && r.paging() != null) {
            res.getHeaders().putSingle("Link", linkHeader(req.getUriInfo().getRequestUri(), r.paging()));
        }
    }

    private static String etag(ContainerRequestContext req, String dataVersion) {
        String accept = req.getHeaderString(HttpHeaders.ACCEPT);
        String key = req.getUriInfo().getRequestUri().getRawPath() + "?" + req.getUriInfo().getRequestUri().getRawQuery()
                + "|" + (accept == null ? "" : accept);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + dataVersion + "-" + HexFormat.of().formatHex(d, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data version an ETag of this class names (the text before its first '-'). */
    public static String versionOf(String etag) {
        String e = etag.startsWith("W/") ? etag.substring(2) : etag;
        int dash = e.indexOf('-');
        return dash < 1 ? "" : e.substring(1, dash);
    }

    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String cacheControl() {
        return "public, max-age=300";
    }

    /**
     * The Link header of a page: its RFC 8288 links (first, prev, next, last) as one field, comma-separated,
     * so that a client keeping one value per header name still sees them all. Each link is the request's
     * path and query with its page and size replaced (put last, in that order), relative to the host.
     */
    static String linkHeader(URI request, Paged page) {
        long last = Math.max(0, (page.total() + page.size() - 1) / page.size() - 1);
        String base = request.getRawPath() + "?" + otherParams(request.getRawQuery());
        StringBuilder out = new StringBuilder(4 * (base.length() + 40));
        link(out, base, 0, page.size(), "first");
        if (page.page() > 0) link(out, base, Math.min(page.page() - 1, last), page.size(), "prev");
        if (page.page() < last) link(out, base, page.page() + 1, page.size(), "next");
        link(out, base, last, page.size(), "last");
        return out.toString();
    }

    private static void link(StringBuilder out, String base, long page, int size, String rel) {
        if (out.length() > 0) {
            out.append(", ");
        }
        out.append('<').append(base).append("page=").append(page).append("&size=").append(size)
                .append(">; rel=\"").append(rel).append('"');
    }

    /** The query's parameters other than page and size, as they came, each followed by '&'. */
    private static String otherParams(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder(rawQuery.length() + 1);
        for (String p : rawQuery.split("&")) {
            String name = p.indexOf('=') < 0 ? p : p.substring(0, p.indexOf('='));
            if (!p.isEmpty() && !name.equals("page") && !name.equals("size")) {
                kept.append(p).append('&');
            }
        }
        return kept.toString();
    }
}
