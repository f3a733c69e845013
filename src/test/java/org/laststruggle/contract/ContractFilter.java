package org.laststruggle.contract;

import java.net.URI;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A REST Assured filter that checks every answer a test receives from a GET of the API against the
 * committed OpenAPI document ({@link SpecValidator}), and fails the test when it differs: so a DTO
 * or a resource that stops matching the published contract breaks the build, whatever the test
 * itself asserts. Installed for every @QuarkusTest by {@link InstallContractFilter}.
 */
public final class ContractFilter implements Filter {

    private static volatile boolean installed;
    /** How many answers were checked: a test asserts it grows, so the filter cannot silently fall off. */
    public static final java.util.concurrent.atomic.AtomicLong CHECKED = new java.util.concurrent.atomic.AtomicLong();

    public static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new ContractFilter());
            installed = true;
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
        Response r = ctx.next(req, res);
        if (!"GET".equals(req.getMethod())) {
            return r;
        }
        String path = URI.create(req.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return r;
        }
        List<String> problems = SpecValidator.committed().check(path, r.getStatusCode(), r.getContentType(), r.asString());
        CHECKED.incrementAndGet();
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer to GET " + req.getURI() + " breaks the committed OpenAPI document"
                    + " (openapi/openapi.json):\n  " + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
        }
        return r;
    }
}
