package org.laststruggle.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Checks HTTP answers and parameter values against an OpenAPI 3.1 document (by default the
 * committed openapi/openapi.json) with a JSON Schema 2020-12 validator, formats asserted: the
 * answer's status must be one the operation documents, its media type one of that response's,
 * and a JSON body must match its schema. Shared by the filter every REST test goes through, the
 * crawl and the fuzz.
 */
public final class SpecValidator {

    private static final String BASE = "https://laststruggle.test/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile SpecValidator committed;

    /** One GET operation of the document. */
    public record Operation(String path, Pattern regex, JsonNode node) {
        public String id() {
            return node.path("operationId").asString();
        }
    }

    private final JsonNode spec;
    private final List<Operation> operations = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public SpecValidator(String specJson) {
        this.spec = JSON.readTree(specJson);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(BASE, specJson)));
        for (var e : spec.path("paths").properties()) {
            JsonNode get = e.getValue().get("get");
            if (get != null) {
                String regex = "^" + Pattern.quote(e.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
                operations.add(new Operation(e.getKey(), Pattern.compile(regex), get));
            }
        }
        // literal paths before templated ones, so that /sources/{id}/text never matches a sibling template
        operations.sort(Comparator.comparingInt((Operation o) -> o.path().split("\\{").length).thenComparing(Operation::path));
    }

    /** The committed openapi/openapi.json. */
    public static SpecValidator committed() {
        if (committed == null) {
            synchronized (SpecValidator.class) {
                if (committed == null) {
                    try {
                        committed = new SpecValidator(Files.readString(Path.of("openapi/openapi.json")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return committed;
    }

    public JsonNode spec() {
        return spec;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The GET operation whose path template matches this raw path, or null. */
    public Operation operation(String rawPath) {
        for (Operation o : operations) {
            if (o.regex().matcher(rawPath).matches()) {
                return o;
            }
        }
        return null;
    }

    /**
     * What is wrong with an answer to GET {@code rawPath}: an empty list when it is as the document
     * says (also for paths the document does not have: those are not part of the contract).
     */
    public List<String> check(String rawPath, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        Operation op = operation(rawPath);
        if (op == null) {
            return problems;
        }
        JsonNode response = op.node().path("responses").get(String.valueOf(status));
        if (response == null) {
            problems.add(op.id() + ": status " + status + " is not documented");
            return problems;
        }
        JsonNode content = response.get("content");
        if (content == null || status == 304) {
            return problems;
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip();
        if (!content.has(media)) {
            problems.add(op.id() + " " + status + ": media type '" + contentType + "' is not documented (" + content.propertyNames() + ")");
            return problems;
        }
        if (!(media.endsWith("json"))) {
            return problems;
        }
        String pointer = "/paths/" + escape(op.path()) + "/get/responses/" + status + "/content/" + escape(media) + "/schema";
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (RuntimeException e) {
            problems.add(op.id() + " " + status + ": the body is not JSON");
            return problems;
        }
        for (Error e : validate(pointer, instance)) {
            problems.add(op.id() + " " + status + " " + rawPath + ": " + e.getInstanceLocation() + " " + e.getMessage());
        }
        return problems;
    }

    /** The errors of an instance against the schema at a JSON pointer of the document. */
    public List<Error> validate(String pointer, JsonNode instance) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        return schema.validate(instance, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    /**
     * Whether the document allows this raw value (as received by the server) for a query
     * parameter of an operation: integers and booleans are read from the text first; an array
     * with explode: false is split on commas.
     */
    public boolean allows(Operation op, String name, String value) {
        int i = 0;
        for (JsonNode p : op.node().path("parameters")) {
            if (p.path("name").asString().equals(name) && p.path("in").asString().equals("query")) {
                String pointer = "/paths/" + escape(op.path()) + "/get/parameters/" + i + "/schema";
                return validate(pointer, instance(resolve(p.path("schema")), value)).isEmpty();
            }
            i++;
        }
        return true; // not a parameter of the operation: ignored, as documented
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = spec.at(schema.get("$ref").asString().substring(1));
        }
        return schema;
    }

    private JsonNode instance(JsonNode schema, String value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String type = schema.path("type").asString("");
        switch (type) {
            case "integer":
                try {
                    return f.numberNode(new java.math.BigInteger(value));
                } catch (NumberFormatException e) {
                    return f.stringNode(value);
                }
            case "boolean":
                return value.equals("true") || value.equals("false") ? f.booleanNode(Boolean.parseBoolean(value)) : f.stringNode(value);
            case "array": {
                var array = f.arrayNode();
                for (String part : value.split(",", -1)) {
                    array.add(f.stringNode(part));
                }
                return array;
            }
            default:
                return f.stringNode(value);
        }
    }

    /** A parameter's example as it goes in a URL: a list (style form, explode false) comma-separated. */
    public static String example(JsonNode parameter) {
        JsonNode ex = parameter.get("example");
        if (ex == null) {
            return null;
        }
        if (ex.isArray()) {
            List<String> parts = new ArrayList<>();
            ex.forEach(x -> parts.add(x.asString()));
            return String.join(",", parts);
        }
        return ex.asString();
    }

    static String escape(String pointerPart) {
        return pointerPart.replace("~", "~0").replace("/", "~1");
    }
}
