package org.laststruggle.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;

/**
 * The paging links are built by hand (UriBuilder's regular expressions were a tenth of the CPU of a
 * list read); they must be the links UriBuilder builds, for every shape of query.
 */
class LinkHeaderTest {

    private static String viaUriBuilder(URI request, Rendered.Paging page) {
        List<String> out = new ArrayList<>();
        long last = Math.max(0, (page.total() + page.size() - 1) / page.size() - 1);
        out.add(link(request, 0, page.size(), "first"));
        if (page.page() > 0) out.add(link(request, Math.min(page.page() - 1, last), page.size(), "prev"));
        if (page.page() < last) out.add(link(request, page.page() + 1, page.size(), "next"));
        out.add(link(request, last, page.size(), "last"));
        return out.stream().collect(Collectors.joining(", "));
    }

    private static String link(URI request, long page, int size, String rel) {
        URI u = UriBuilder.fromUri(request).replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return Link.fromUri(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())).rel(rel).build().toString();
    }

    @Test
    void shouldBuildTheLinksUriBuilderBuilds() {
        List<String> uris = List.of(
                "http://h:1/api/v1/events",
                "http://h:1/api/v1/events?from=1922-12&to=1923-03&size=20",
                "http://h:1/api/v1/events?page=3&size=5&q=Stalin%27s%20letter&type=letter",
                "http://h:1/api/v1/persons?q=caf%C3%A9&page=1",
                "http://h:1/api/v1/documents?kind=letter&kind=note&size=7&page=0&size=9",
                "http://h:1/api/v1/events?flag&page=2",
                "http://h:1/api/v1/events?q=a%26b%3Dc&pages=4&sizes=1");
        for (String s : uris) {
            for (Rendered.Paging p : List.of(new Rendered.Paging(0, 20, 0), new Rendered.Paging(0, 20, 64),
                    new Rendered.Paging(1, 20, 64), new Rendered.Paging(3, 20, 64), new Rendered.Paging(9, 5, 12))) {
                URI u = URI.create(s);
                assertEquals(viaUriBuilder(u, p), HttpCaching.linkHeader(u, p), s + " " + p);
            }
        }
    }

    @Test
    void shouldKeepOtherParametersAndPutPageAndSizeLast() {
        assertEquals("</api/v1/events?from=1922-12&to=1923-03&page=0&size=20>; rel=\"first\", "
                + "</api/v1/events?from=1922-12&to=1923-03&page=1&size=20>; rel=\"next\", "
                + "</api/v1/events?from=1922-12&to=1923-03&page=3&size=20>; rel=\"last\"",
                HttpCaching.linkHeader(URI.create("http://h/api/v1/events?size=20&from=1922-12&to=1923-03"),
                        new Rendered.Paging(0, 20, 64)));
    }
}
