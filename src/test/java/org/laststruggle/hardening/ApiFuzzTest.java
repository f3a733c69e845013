package org.laststruggle.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Fuzzes every GET operation of the served OpenAPI spec: each path and query parameter in turn
 * gets malformed, extreme, unicode-heavy and injection-shaped values while the others keep their
 * documented examples. Every answer must be a status the operation documents (never 500), every
 * error a complete application/problem+json, and no body may leak a class name, an exception,
 * SQL or a stack trace. Unknown query parameters are ignored: adding one never changes the answer.
 */
@QuarkusTest
class ApiFuzzTest {

    /** Values sent raw: already percent-encoded, or deliberately malformed encodings. */
    static final List<String> RAW = List.of(
            "%00", "a%00b", "%ED%A0%80", "%ED%B0%80", "%ED%A0%80%ED%B0%80x", "%C0%AF", "%FF%FE", "%C3", "%F4%90%80%80", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "a%0D%0ASet-Cookie:%20x=1", "%E2%80%AE%E2%80%8F", "..", ".", "%2F");

    /** Values sent percent-encoded as UTF-8. */
    static final List<String> VALUES = List.of(
            "", " ", "-1", "0", "1", "2147483648", "-2147483649", "9223372036854775808", "1e9", "0x10", "1.5", "NaN",
            "a".repeat(10_000), "ж".repeat(1500), "😀".repeat(300), "../../etc/passwd", "..\\..\\windows",
            "' OR 1=1 --", "'; drop table event; --", "\" OR \"\"=\"", "1)) or pg_sleep(10)--", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "{{7*7}}", "😀🇷🇺👨‍👩‍👧", "\u202Eabc\u200F", "\u0000", "\t\n", "Ленин", "null", "undefined",
            "[]", "{}", "true", "1922-13-45", "9999-99", "0000", "1922-02-30", "-1922", "+1922", "1922-1", "19222",
            "1923-01-01T00:00:00Z", "a,b,,c", ",", ",,,", "events,documents,events", "lenin,trotsky", "%", "_", "\\",
            "*", "?", "#frag", "&", "=", "a b", "LENIN", "fotieva ", " fotieva");

    static final Set<Integer> ALLOWED = Set.of(200, 304, 400, 404, 406, 503);
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\bSQL|\\borg\\.[a-z]|\\bjava\\.[a-z]|\\bjakarta\\.|\\bio\\.(quarkus|vertx|agroal|netty)"
                    + "|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|\\b[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+(Exception|Error)\\b|Caused by|\\.java:\\d");

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URL base;

    record Param(String name, String in, String example) {
    }

    record Operation(String path, String id, List<Param> params, Set<Integer> statuses) {
    }

    static List<Operation> operations;
    /** The served spec, to check 2xx bodies and to tell whether a refused value is one it rules out. */
    static org.laststruggle.contract.SpecValidator contract;
    /** 400 answers to values the spec allows (ids nothing has excepted): must stay empty. */
    static final List<String> UNEXPLAINED = java.util.Collections.synchronizedList(new ArrayList<>());
    static final java.util.concurrent.atomic.AtomicInteger REFUSED = new java.util.concurrent.atomic.AtomicInteger();
    /** 503 answers with the database up: statement timeouts, written to target/api-fuzz-503.txt. */
    static final List<String> SLOW = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void noop() {
    }

    List<Operation> operations() throws Exception {
        if (operations != null) return operations;
        HttpResponse<String> r = get("q/openapi?format=json");
        assertEquals(200, r.statusCode());
        JsonNode spec = JSON.readTree(r.body());
        List<Operation> ops = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(e -> {
            JsonNode get = e.getValue().get("get");
            if (get == null) return;
            List<Param> params = new ArrayList<>();
            if (get.has("parameters")) {
                for (JsonNode p : get.get("parameters")) {
                    JsonNode ex = p.has("example") ? p.get("example") : p.path("schema").get("example");
                    String example = ex == null ? null : ex.isArray()
                            ? String.join(",", java.util.stream.StreamSupport.stream(ex.spliterator(), false).map(JsonNode::asText).toList())
                            : ex.asText();
                    params.add(new Param(p.get("name").asText(), p.get("in").asText(), example));
                }
            }
            Set<Integer> statuses = new TreeSet<>();
            get.get("responses").fieldNames().forEachRemaining(s -> statuses.add(Integer.parseInt(s)));
            ops.add(new Operation(e.getKey(), get.path("operationId").asText(), params, statuses));
        });
        operations = ops;
        contract = new org.laststruggle.contract.SpecValidator(r.body());
        return ops;
    }

    @Test
    void everyGetOperationAnswersOnlyDocumentedStatusesToHostileParameterValues() throws Exception {
        int requests = 0;
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            assertTrue(op.path().startsWith("/api/"), op.path());
            assertTrue(op.statuses().stream().allMatch(ALLOWED::contains), op.id() + " documents " + op.statuses());
            for (Param target : op.params()) {
                for (String v : VALUES) {
                    requests++;
                    HttpResponse<String> r = check(op, url(op, target, encode(v, target.in())), failures);
                    if (r != null && r.statusCode() == 400 && target.in().equals("query")) {
                        REFUSED.incrementAndGet();
                        explainRefusal(op, target, v, r.body());
                    }
                }
                for (String raw : RAW) {
                    requests++;
                    check(op, url(op, target, raw), failures);
                }
            }
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target/api-fuzz-failures.txt"), failures);
        java.nio.file.Files.write(java.nio.file.Path.of("target/api-fuzz-503.txt"), SLOW);
        java.nio.file.Files.write(java.nio.file.Path.of("target/api-fuzz-400-allowed.txt"), UNEXPLAINED);
        failures.addAll(UNEXPLAINED);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g.:\n" + String.join("\n",
                failures.subList(0, Math.min(30, failures.size()))));
        System.out.printf("ApiFuzzTest: %d requests with hostile values, %d answered 503, %d answered 400 (%d of them for"
                + " values the spec allows)%n", requests, SLOW.size(), REFUSED.get(), UNEXPLAINED.size());
        assertTrue(requests > 2500, "only " + requests + " requests");
    }

    @Test
    void unknownQueryParametersAreIgnored() throws Exception {
        int requests = 0;
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            String plain = url(op, null, null);
            HttpResponse<String> expected = get(plain);
            assertEquals(200, expected.statusCode(), plain);
            for (String v : VALUES) {
                if (v.length() > 1000) continue;
                String u = plain + (plain.contains("?") ? "&" : "?") + "zzUnknown=" + encode(v, "query")
                        + "&" + encode(v.isEmpty() ? "x" : v, "query") + "=1";
                requests++;
                HttpResponse<String> r = check(op, u, failures);
                if (r != null && r.statusCode() != 200) {
                    failures.add(op.id() + " " + r.statusCode() + " with an unknown parameter " + u);
                } else if (r != null && !expected.body().equals(r.body())) {
                    failures.add(op.id() + ": an unknown parameter changed the body " + u);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        System.out.printf("ApiFuzzTest: %d requests with unknown parameters%n", requests);
        assertTrue(requests > 500, "only " + requests + " requests");
    }

    @Test
    void everyEndpointTakingQLimitsItTo200CharactersWithAProblemNamingQ() throws Exception {
        int endpoints = 0;
        for (Operation op : operations()) {
            Param q = op.params().stream().filter(p -> p.name().equals("q")).findFirst().orElse(null);
            if (q == null) continue;
            endpoints++;
            HttpResponse<String> ok = get(url(op, q, encode(" " + "a".repeat(200) + " ", "query")));
            assertEquals(200, ok.statusCode(), op.id() + " with 200 characters: " + ok.body());
            HttpResponse<String> tooLong = get(url(op, q, encode("a".repeat(201), "query")));
            assertEquals(400, tooLong.statusCode(), op.id());
            JsonNode body = JSON.readTree(tooLong.body());
            assertEquals("q", body.path("errors").path(0).path("name").asText(), op.id() + " " + tooLong.body());
            assertEquals("must be at most 200 characters, was 201", body.path("errors").path(0).path("detail").asText());
        }
        // persons, documents, letters, congresses, events, disputes, search, timeline
        assertEquals(8, endpoints);
    }

    /**
     * A 400 must answer a value the spec rules out, or an id (valid as an id) that nothing has:
     * the spec cannot know the data. The other parameters hold their examples, which the spec allows.
     */
    void explainRefusal(Operation op, Param target, String value, String body) {
        var specOp = contract.operation(op.path());
        if (!contract.allows(specOp, target.name(), value.strip().isEmpty() ? value : value)) {
            return;
        }
        try {
            for (JsonNode e : JSON.readTree(body).path("errors")) {
                if (e.path("name").asText().equals(target.name()) && e.path("detail").asText().contains(" id")) {
                    return;
                }
            }
        } catch (Exception e) {
            // reported below
        }
        UNEXPLAINED.add(op.id() + ": 400 for " + target.name() + "=" + abbreviate(value) + ", which the spec allows: "
                + abbreviate(body));
    }

    HttpResponse<String> check(Operation op, String u, List<String> failures) {
        HttpResponse<String> r;
        try {
            r = get(u);
        } catch (Exception e) {
            failures.add(op.id() + " no answer (" + e + ") to " + abbreviate(u));
            return null;
        }
        int s = r.statusCode();
        String body = r.body();
        String ct = r.headers().firstValue("Content-Type").orElse("");
        String where = op.id() + " " + s + " " + abbreviate(u);
        if (s == 503) {
            SLOW.add(where);
        }
        if (!op.statuses().contains(s)) {
            failures.add(where + ": undocumented status; body " + abbreviate(body));
        }
        if (contract != null && (s / 100 == 2 || s == 400 || s == 404)) {
            // the path the server answers: the client resolves dot segments, and /list/ is the list
            String path = URI.create(base.toString() + u).normalize().getRawPath().replaceAll("(.)/$", "$1");
            for (String problem : contract.check(path, s, ct, body)) {
                failures.add(where + ": " + problem);
            }
        }
        if (LEAK.matcher(body).find()) {
            failures.add(where + ": body leaks internals: " + abbreviate(body));
        }
        if (s >= 400) {
            if (!ct.startsWith("application/problem+json")) {
                failures.add(where + ": error with Content-Type " + ct);
            } else {
                try {
                    JsonNode p = JSON.readTree(body);
                    for (String f : List.of("type", "title", "status", "detail")) {
                        if (!p.hasNonNull(f) || p.get(f).asText().isBlank()) failures.add(where + ": problem without " + f);
                    }
                    if (p.path("status").asInt() != s) failures.add(where + ": problem status " + p.path("status"));
                } catch (Exception e) {
                    failures.add(where + ": problem body is not JSON");
                }
            }
        }
        return r;
    }

    /** The operation's URL with every parameter at its example, and the target one at the given encoded value. */
    String url(Operation op, Param target, String encodedValue) {
        String path = op.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.params()) {
            boolean isTarget = target != null && p.name().equals(target.name()) && p.in().equals(target.in());
            String value = isTarget ? encodedValue : p.example() == null ? null : encode(p.example(), p.in());
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", value == null ? "x" : value);
            } else if (value != null && (isTarget || !p.name().equals("page"))) {
                query.put(p.name(), value);
            }
        }
        StringBuilder sb = new StringBuilder(path.substring(1));
        String sep = "?";
        for (var e : query.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return sb.toString();
    }

    static String encode(String v, String in) {
        String e = URLEncoder.encode(v, StandardCharsets.UTF_8);
        return in.equals("path") ? e.replace("+", "%20") : e;
    }

    static final java.util.concurrent.atomic.AtomicLong SEQ = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Every request carries a unique unknown parameter (ignored by the API, as tested): each one
     * reaches the database instead of the response cache, and none leaves an entry that another
     * test class's request for the same URL would be answered from.
     */
    HttpResponse<String> get(String relative) throws Exception {
        String unique = (relative.contains("?") ? "&" : "?") + "fuzzRun=" + SEQ.incrementAndGet();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base.toString() + relative + unique)).timeout(Duration.ofSeconds(20))
                .GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
    }
}
