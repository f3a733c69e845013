package org.laststruggle.http;

import org.laststruggle.problem.ApiProblem;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

/**
 * Refuses a NUL character (%00) in a parameter before it reaches the database, whose text cannot
 * hold it: in a query parameter the operation takes, a 400 problem naming it; in a path
 * parameter, a 404 (no id contains it). Query parameters the operation does not take are
 * ignored, like every unknown parameter.
 */
public class InputGuard {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext ctx, ResourceInfo resource) {
        var uri = ctx.getUriInfo();
        for (var e : uri.getPathParameters().entrySet()) {
            if (hasNul(e.getValue())) {
                throw new ApiProblem(404, "not-found", "Not found",
                        "There is nothing at this path: no id contains the NUL character (%00).", List.of());
            }
        }
        Method m = resource == null ? null : resource.getResourceMethod();
        if (m == null) return;
        Set<String> declared = declaredQueryParams(m);
        for (var e : uri.getQueryParameters().entrySet()) {
            if (declared.contains(e.getKey()) && hasNul(e.getValue())) {
                throw ApiProblem.badParameter(e.getKey(), "must not contain the NUL character (%00)");
            }
        }
    }

    private static boolean hasNul(List<String> values) {
        for (String v : values) {
            if (v != null && v.indexOf('\0') >= 0) return true;
        }
        return false;
    }

    /** The query parameters a resource method takes, directly or through @BeanParam classes. */
    static Set<String> declaredQueryParams(Method m) {
        return DECLARED.computeIfAbsent(m, InputGuard::queryParams);
    }

    private static Set<String> queryParams(Method m) {
        Set<String> names = new HashSet<>();
        for (Parameter p : m.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) names.add(q.value());
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        QueryParam fq = f.getAnnotation(QueryParam.class);
                        if (fq != null) names.add(fq.value());
                    }
                    for (Method bm : c.getDeclaredMethods()) {
                        QueryParam mq = bm.getAnnotation(QueryParam.class);
                        if (mq != null) names.add(mq.value());
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
