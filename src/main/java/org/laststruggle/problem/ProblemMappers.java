package org.laststruggle.problem;

import org.laststruggle.database.DatabaseStartup;

import java.sql.SQLException;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns every error into application/problem+json. Never echoes exception classes, stack traces
 * or SQL: unexpected failures are logged and answered with a generic 500.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem p, UriInfo uri) {
        return respond(p.status(), p.type(), p.title(), p.getMessage(), uri, p.errors());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(404, ApiProblem.TYPE_BASE + "not-found", "Not found",
                "There is nothing at this path. The API lives under /api/v1; see /q/swagger-ui for its operations.", uri, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response r = respond(405, ApiProblem.TYPE_BASE + "method-not-allowed", "Method not allowed",
                "This API only reads: use GET (or HEAD).", uri, null);
        return Response.fromResponse(r).header("Allow", "GET, HEAD, OPTIONS").build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(406, ApiProblem.TYPE_BASE + "not-acceptable", "Not acceptable",
                "This resource is available as application/json (the text of a source also as text/plain);"
                        + " change the Accept header.", uri, null);
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, UriInfo uri) {
        return respond(415, ApiProblem.TYPE_BASE + "unsupported-media-type", "Unsupported media type",
                "This API takes no request body.", uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(status, ApiProblem.TYPE_BASE + "bad-request", "Bad request",
                "The request could not be understood; check its parameters against /q/openapi.", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable for %s: %s", uri.getPath(), DatabaseStartup.rootMessage(e));
            Response r = respond(503, ApiProblem.TYPE_BASE + "database-unavailable", "Service unavailable",
                    "The database cannot be reached right now. Retry in a few seconds.", uri, null);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        if (isTimeout(e)) {
            return respond(503, ApiProblem.TYPE_BASE + "timeout", "Request took too long",
                    "The query took longer than the server allows; narrow it (a shorter date range, a more specific q).",
                    uri, null);
        }
        LOG.error("Unexpected error serving " + uri.getPath(), e);
        return respond(500, ApiProblem.TYPE_BASE + "internal-error", "Internal error",
                "Something went wrong on our side; it has been logged.", uri, null);
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) return true;
                // A hot standby cancels a read that holds up the replay of the primary's changes
                // ("conflict with recovery"); the API runs no serializable transactions, so this is the only 40001.
                if ("40001".equals(state)) return true;
                if (s.getMessage() != null && s.getMessage().contains("Acquisition timeout")) return true;
            }
            if (t.getClass().getName().endsWith("JDBCConnectionException")) return true;
        }
        return false;
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && "57014".equals(s.getSQLState())) return true;
        }
        return false;
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<ApiProblem.FieldError> errors) {
        return Response.status(status).type(PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .entity(new ProblemBody(type, title, status, detail, uri == null ? null : uri.getPath(), errors))
                .build();
    }
}
