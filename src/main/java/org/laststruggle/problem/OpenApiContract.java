package org.laststruggle.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the generated OpenAPI document where annotations cannot say it, so that it states
 * exactly what the server does:
 * <ul>
 * <li>every object schema lists its properties as required, unless its class declares the required
 * ones itself (the classes that leave absent fields out of the JSON do);</li>
 * <li>a {@code $ref} stands alone (no sibling {@code type: object}); the pages of each list are named
 * after their items ({@code PersonSummaryPage}); schemas nothing refers to are dropped;</li>
 * <li>the problem responses every /api/v1 operation can give (400 for those with query parameters,
 * 404 for those with an id, 406 and 503 for all), each with an example of its own, and the
 * ETag, Link and Retry-After headers;</li>
 * <li>the server a generated client talks to by default.</li>
 * </ul>
 * It runs once, when the application is built: the document it completes is stored with the
 * application and served as it is, so start-up does not walk the whole model again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    static final String PROBLEM = "#/components/schemas/Problem";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("{scheme}://{host}")
                .description("Where the service runs: by default a local run (./mvnw quarkus:dev, or java -jar"
                        + " target/quarkus-app/quarkus-run.jar); set host (and scheme) to your own deployment")
                .variables(new TreeMap<>(Map.of(
                        "scheme", OASFactory.createServerVariable().defaultValue("http").enumeration(List.of("http", "https"))
                                .description("http or https"),
                        "host", OASFactory.createServerVariable().defaultValue("localhost:8080")
                                .description("Host name and port of the service"))))));
        if (openAPI.getPaths() == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        renamePages(openAPI, schemas);
        for (Schema s : schemas.values()) {
            walk(s, OpenApiContract::tidy);
            if (s.getProperties() != null && !s.getProperties().isEmpty() && s.getRequired() == null) {
                s.setRequired(new ArrayList<>(s.getProperties().keySet()));
            }
        }
        for (Map.Entry<String, PathItem> e : openAPI.getPaths().getPathItems().entrySet()) {
            Operation op = e.getValue().getGET();
            if (op != null && e.getKey().startsWith("/api/")) {
                op.setSecurity(new ArrayList<>()); // a public, read-only API: no credentials, said explicitly
                textParameter(op);
                arrayExamples(op);
                problems(e.getKey(), op);
                eachSchema(op, s -> walk(s, OpenApiContract::tidy));
            }
        }
        dropUnused(openAPI, schemas);
    }

    // ---------------------------------------------------------------- schemas

    /** Visits a schema and every schema inside it. */
    static void walk(Schema s, Consumer<Schema> visitor) {
        if (s == null) {
            return;
        }
        visitor.accept(s);
        if (s.getProperties() != null) s.getProperties().values().forEach(p -> walk(p, visitor));
        walk(s.getItems(), visitor);
        walk(s.getAdditionalPropertiesSchema(), visitor);
        for (List<Schema> list : new List[] {s.getAnyOf(), s.getOneOf(), s.getAllOf()}) {
            if (list != null) list.forEach(x -> walk(x, visitor));
        }
    }

    /** A $ref stands alone: SmallRye writes a sibling type: object, which says nothing the target does not. */
    private static void tidy(Schema s) {
        if (s.getRef() != null && s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.OBJECT))) {
            s.setType(null);
        }
        // a nullable object is anyOf [its $ref, null]: a sibling type (SmallRye writes object, sometimes without null)
        // would refuse the null the anyOf allows
        if (s.getAnyOf() != null && s.getAnyOf().stream().anyMatch(a -> a.getType() != null
                && a.getType().equals(List.of(Schema.SchemaType.NULL)))) {
            s.setType(null);
        }
    }

    private static void eachSchema(Operation op, Consumer<Schema> visitor) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (p.getSchema() != null) visitor.accept(p.getSchema());
            }
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            for (APIResponse r : op.getResponses().getAPIResponses().values()) {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    for (MediaType m : r.getContent().getMediaTypes().values()) {
                        if (m.getSchema() != null) visitor.accept(m.getSchema());
                    }
                }
            }
        }
    }

    /** PagePersonSummary, PageDisputeDto ... become PersonSummaryPage, DisputePage: named after their items' schema. */
    private static void renamePages(OpenAPI openAPI, Map<String, Schema> schemas) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> e : new TreeMap<>(schemas).entrySet()) {
            Schema items = e.getValue().getProperties() == null ? null : e.getValue().getProperties().get("items");
            if (e.getKey().startsWith("Page") && e.getKey().length() > 4 && items != null && items.getItems() != null
                    && items.getItems().getRef() != null) {
                String to = items.getItems().getRef().substring(SCHEMAS.length()) + "Page";
                if (!schemas.containsKey(to)) {
                    renamed.put(SCHEMAS + e.getKey(), SCHEMAS + to);
                    Schema s = schemas.get(e.getKey());
                    openAPI.getComponents().removeSchema(e.getKey());
                    openAPI.getComponents().addSchema(to, s);
                }
            }
        }
        Consumer<Schema> fix = s -> {
            if (s.getRef() != null && renamed.containsKey(s.getRef())) s.setRef(renamed.get(s.getRef()));
        };
        openAPI.getComponents().getSchemas().values().forEach(s -> walk(s, fix));
        openAPI.getPaths().getPathItems().values().forEach(p -> {
            if (p.getGET() != null) eachSchema(p.getGET(), s -> walk(s, fix));
        });
    }

    /** Drops the schemas that no operation reaches (SmallRye also writes one for the raw Page type). */
    private static void dropUnused(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> reached = new HashSet<>();
        List<String> todo = new ArrayList<>();
        Consumer<Schema> collect = s -> {
            if (s.getRef() != null && s.getRef().startsWith(SCHEMAS)) todo.add(s.getRef().substring(SCHEMAS.length()));
            if (s.getDiscriminator() != null && s.getDiscriminator().getMapping() != null) {
                s.getDiscriminator().getMapping().values().forEach(r -> todo.add(r.substring(SCHEMAS.length())));
            }
        };
        openAPI.getPaths().getPathItems().values().forEach(p -> {
            if (p.getGET() != null) eachSchema(p.getGET(), s -> walk(s, collect));
        });
        todo.add("Problem");
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            if (reached.add(name) && schemas.get(name) != null) {
                walk(schemas.get(name), collect);
            }
        }
        for (String name : new ArrayList<>(schemas.keySet())) {
            if (!reached.contains(name)) openAPI.getComponents().removeSchema(name);
        }
    }

    /**
     * The q parameter is declared once (query.TextParam); what it matches and a value that finds
     * something differ per operation, which says them as the extensions x-q-description and x-q-example.
     */
    private static void textParameter(Operation op) {
        Map<String, Object> ext = op.getExtensions();
        if (ext == null || op.getParameters() == null) {
            return;
        }
        Object example = ext.get("x-q-example");
        Object description = ext.get("x-q-description");
        for (Parameter p : op.getParameters()) {
            if (p.getName().equals("q") && p.getIn() == Parameter.In.QUERY) {
                if (example != null) p.setExample(example);
                if (description != null) p.setDescription(description.toString());
            }
        }
        op.removeExtension("x-q-example");
        op.removeExtension("x-q-description");
    }

    /** The example of a comma-separated list parameter is the list itself (style form, explode false). */
    private static void arrayExamples(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getSchema() != null && p.getSchema().getType() != null
                    && p.getSchema().getType().contains(Schema.SchemaType.ARRAY) && p.getExample() instanceof String s) {
                p.setExample(List.of(s.split(",")));
            }
        }
    }

    // ---------------------------------------------------------------- problems

    private static void problems(String path, Operation op) {
        APIResponses rs = op.getResponses();
        List<Parameter> query = op.getParameters() == null ? List.of()
                : op.getParameters().stream().filter(p -> p.getIn() == Parameter.In.QUERY).toList();
        if (!query.isEmpty()) {
            String name = query.stream().map(Parameter::getName).filter(n -> !n.equals("page") && !n.equals("size"))
                    .findFirst().orElse("page");
            add(rs, "400", "A bad parameter: the body names each one and what to fix", path,
                    problem("bad-parameter", "Bad request parameter", 400, "Fix these parameters: " + name
                            + " must be ...", path, new TreeMap<>(Map.of("name", name, "detail", "must be ... (what the value"
                                    + " must be and the value sent)"))));
        }
        if (path.contains("{")) {
            add(rs, "404", "No entity has this id", path, problem("not-found", "Not found", 404,
                    "No entity has the id 'x'. List them with GET " + path.substring(0, path.indexOf("/{")) + ".", path, null));
        }
        add(rs, "406", "The Accept header asks for a media type this operation does not produce", path,
                problem("not-acceptable", "Not acceptable", 406, "This resource is available as application/json (the"
                        + " text of a source as text/plain); change the Accept header.", path, null));
        APIResponse unavailable = add(rs, "503", "The database is unavailable (retry after the Retry-After seconds), or the"
                + " query took longer than the server allows", path, problem("database-unavailable", "Service unavailable",
                        503, "The database cannot be reached right now. Retry in a few seconds.", path, null));
        if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
            unavailable.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before retrying (sent when the database is unavailable)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        APIResponse ok = rs.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", OASFactory.createHeader().description("Strong validator; send it back in If-None-Match")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            if (op.getOperationId() != null && op.getOperationId().startsWith("list") && !path.endsWith("/timeline")) {
                ok.addHeader("Link", linkHeader());
            } else if (path.endsWith("/timeline")) {
                ok.addHeader("Link", linkHeader().description("format=native only: RFC 8288 links to the first, prev,"
                        + " next and last pages, in one field, comma-separated"));
            }
        }
        if (rs.getAPIResponse("304") == null) {
            rs.addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified (If-None-Match matched the ETag)"));
        }
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header linkHeader() {
        return OASFactory.createHeader()
                .description("RFC 8288 links to the first, prev, next and last pages, in one field, comma-separated")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("</api/v1/events?page=0&size=20>; rel=\"first\", </api/v1/events?page=1&size=20>;"
                                + " rel=\"next\", </api/v1/events?page=10&size=20>; rel=\"last\"")));
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail, String path,
            Map<String, String> error) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", ApiProblem.TYPE_BASE + type);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", path.replace("{id}", "x"));
        if (error != null) {
            p.put("errors", List.of(error));
        }
        return p;
    }

    private static APIResponse add(APIResponses rs, String code, String description, String path, Map<String, Object> example) {
        APIResponse r = rs.getAPIResponse(code);
        if (r == null) {
            Content content = OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)).example(example));
            r = OASFactory.createAPIResponse().description(description).content(content);
            rs.addAPIResponse(code, r);
        }
        return r;
    }
}
