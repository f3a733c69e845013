package org.laststruggle.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crawls every GET operation of the served OpenAPI document as a client developer would: each
 * list with its defaults, size=100, page=1, every enum value and every example of each parameter,
 * all examples at once (what Swagger UI's "Try it out" sends), a date window, every timeline
 * format; each detail with 25 ids taken from its list. Every 2xx JSON body must match its schema
 * (and, where a oneOf remains, exactly one branch), and every 400 must answer a value that the
 * document itself rules out, unknown ids of referenced entities excepted. The counts are printed and
 * written to target/crawl.txt.
 */
@QuarkusTest
class CrawlTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int IDS = 25;

    @TestHTTPResource("/")
    URL base;

    private SpecValidator spec;
    private final Map<String, List<String>> ids = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> unknownIdRefusals = new ArrayList<>();
    private final List<String> slow = new ArrayList<>();
    private int requests;
    private int bodies;
    private int validBodies;
    private int oneOfBodies;
    private int refusals;

    @Test
    void everyAnswerOfACrawlIsWhatTheServedDocumentSays() throws Exception {
        spec = new SpecValidator(get("q/openapi?format=json").body());
        Set<String> urls = new LinkedHashSet<>();
        for (SpecValidator.Operation op : spec.operations()) {
            if (!op.path().contains("{")) {
                urls.addAll(listUrls(op, op.path()));
            }
        }
        for (SpecValidator.Operation op : spec.operations()) {
            if (op.path().contains("{")) {
                for (String id : idsFor(op.path())) {
                    String path = op.path().replaceAll("\\{[^}]+}", URLEncoder.encode(id, StandardCharsets.UTF_8));
                    urls.add(path);
                    if (op.node().path("parameters").size() > 1) {
                        urls.addAll(listUrls(op, path));
                    }
                }
            }
        }
        for (String url : urls) {
            crawl(url);
        }
        String report = String.format("CrawlTest: %d requests over %d operations; %d of %d 2xx JSON bodies match the"
                + " served spec (%d with a oneOf matched exactly one branch); %d answers 400, %d of them for a value the spec"
                + " rules out, %d for unknown ids of referenced entities; %d answered 503; %d problems",
                requests, spec.operations().size(), validBodies, bodies, oneOfBodies, refusals,
                refusals - unknownIdRefusals.size() - failures.stream().filter(f -> f.contains("400 for")).count(),
                unknownIdRefusals.size(), slow.size(), failures.size());
        System.out.println(report);
        List<String> out = new ArrayList<>(List.of(report));
        out.addAll(failures);
        out.add("503 (statement timeout):");
        out.addAll(slow);
        out.add("unknown ids refused:");
        out.addAll(unknownIdRefusals);
        Files.write(Path.of("target/crawl.txt"), out);
        assertTrue(failures.isEmpty(), failures.size() + " problems, e.g.:\n" + String.join("\n",
                failures.subList(0, Math.min(25, failures.size()))));
        assertEquals(bodies, validBodies);
        assertTrue(bodies > 300, "only " + bodies + " bodies");
        assertTrue(slow.size() < 20, slow.size() + " answers 503: " + slow);
        assertTrue(oneOfBodies >= 9, "timeline bodies: " + oneOfBodies);
    }

    /** The URLs of a list: defaults, size=100, page=1, each enum value and example, all examples, a date window. */
    private List<String> listUrls(SpecValidator.Operation op, String path) {
        List<String> urls = new ArrayList<>();
        urls.add(path);
        Map<String, String> examples = new LinkedHashMap<>();
        for (JsonNode p : op.node().path("parameters")) {
            if (!p.path("in").asString().equals("query")) continue;
            String name = p.path("name").asString();
            JsonNode schema = resolve(p.path("schema"));
            if (p.has("example")) {
                examples.put(name, SpecValidator.example(p));
                urls.add(path + "?" + name + "=" + enc(SpecValidator.example(p)));
            }
            JsonNode values = schema.has("enum") ? schema.get("enum") : resolve(schema.path("items")).get("enum");
            if (values != null) {
                for (JsonNode v : values) urls.add(path + "?" + name + "=" + enc(v.asString()));
            }
            if (schema.path("type").asString().equals("boolean")) {
                urls.add(path + "?" + name + "=true");
            }
        }
        if (examples.containsKey("q") && op.id().equals("listSearchHits")) {
            urls.replaceAll(u -> u.contains("q=") ? u : u + (u.contains("?") ? "&" : "?") + "q=" + enc(examples.get("q")));
        }
        StringBuilder all = new StringBuilder(path);
        char sep = '?';
        for (var e : examples.entrySet()) {
            all.append(sep).append(e.getKey()).append('=').append(enc(e.getValue()));
            sep = '&';
        }
        urls.add(all.toString());
        String qs = op.id().equals("listSearchHits") ? "q=lenin&" : "";
        if (has(op, "size")) {
            urls.add(path + "?" + qs + "size=100");
            urls.add(path + "?" + qs + "page=1&size=5");
        }
        if (has(op, "from")) {
            urls.add(path + "?from=1922-12&to=1923-03");
            urls.add(path + "?from=1922-12-23&to=1923-01-04&match=within");
        }
        if (has(op, "format")) {
            for (String f : List.of("native", "timelinejs", "vis")) {
                urls.add(path + "?format=" + f);
                urls.add(path + "?format=" + f + "&from=1922-12&to=1923-03&person=lenin");
            }
        }
        return urls;
    }

    private static boolean has(SpecValidator.Operation op, String name) {
        for (JsonNode p : op.node().path("parameters")) {
            if (p.path("name").asString().equals(name)) return true;
        }
        return false;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema != null && schema.has("$ref")) {
            schema = spec.spec().at(schema.get("$ref").asString().substring(1));
        }
        return schema;
    }

    /** Ids for a path's {id}: from the list of the same resource (the passages of the first sources for a passage). */
    private List<String> idsFor(String path) throws Exception {
        String list = path.startsWith("/api/v1/passages/") ? "/api/v1/sources/pathfinder-1975/passages"
                : path.substring(0, path.indexOf("/{"));
        if (!ids.containsKey(list)) {
            JsonNode page = JSON.readTree(get(list.substring(1) + "?size=100").body());
            List<String> found = new ArrayList<>();
            for (JsonNode item : page.path("items")) {
                found.add(item.path("id").asString());
            }
            // spread over the whole list, not only its start
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < found.size() && picked.size() < IDS; i += Math.max(1, found.size() / IDS)) {
                picked.add(found.get(i));
            }
            ids.put(list, picked);
        }
        return ids.get(list);
    }

    private void crawl(String url) throws Exception {
        HttpResponse<String> r = get(url.substring(1));
        requests++;
        String path = URI.create(url).getRawPath();
        SpecValidator.Operation op = spec.operation(path);
        String ct = r.headers().firstValue("Content-Type").orElse("");
        List<String> problems = spec.check(path, r.statusCode(), ct, r.body());
        if (r.statusCode() / 100 == 2 && ct.contains("json")) {
            bodies++;
            if (problems.isEmpty()) validBodies++;
            JsonNode schema = resolve(op.node().at("/responses/200/content/application~1json/schema"));
            if (schema != null && schema.has("oneOf")) {
                int matched = 0;
                JsonNode body = JSON.readTree(r.body());
                for (JsonNode branch : schema.get("oneOf")) {
                    if (spec.validate(branch.get("$ref").asString().substring(1), body).isEmpty()) matched++;
                }
                if (matched == 1) oneOfBodies++;
                else failures.add(url + ": the body matches " + matched + " branches of the oneOf");
            }
        }
        problems.forEach(p -> failures.add(url + ": " + p));
        if (r.statusCode() == 400) {
            refusals++;
            explain400(op, url, r.body());
        } else if (r.statusCode() == 503) {
            slow.add(url); // a statement timeout on a loaded machine: a documented answer, counted apart
        } else if (r.statusCode() != 200) {
            failures.add(url + ": status " + r.statusCode());
        }
    }

    /** A 400 must name a parameter whose value the document rules out, or an id nothing has. */
    private void explain400(SpecValidator.Operation op, String url, String body) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        boolean ruledOut = false;
        boolean unknownId = false;
        for (JsonNode e : JSON.readTree(body).path("errors")) {
            String name = e.path("name").asString();
            String value = query.get(name);
            if (value != null && !spec.allows(op, name, value)) ruledOut = true;
            else if (value != null && e.path("detail").asString().contains("id")) unknownId = true;
        }
        if (ruledOut) return;
        if (unknownId) {
            unknownIdRefusals.add(url + " " + body);
            return;
        }
        failures.add(url + ": 400 for values the spec allows: " + body);
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String relative) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + relative)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
