package org.laststruggle.http;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends a {@link Rendered} body of any media type straight to the connection, in one write.
 *
 * <p>Registered for every type, ahead of Jackson: a resource method declares the API shape its
 * body is the JSON of (for the reader and the OpenAPI document) and returns the rendered bytes, so
 * the writers chosen for the declared shape are asked, per response, whether they take the entity
 * actually returned. This one takes only {@code Rendered}; anything else goes on to Jackson. Through
 * Jackson a rendered body was copied in 8 KiB chunks, each its own buffer and write on the channel
 * (a seventh of a TimelineJS window's CPU in a JFR profile, bench/README.md 0d).
 */
@Provider
@Produces(MediaType.WILDCARD)
@Priority(Priorities.USER - 1000)
class RenderedWriter implements ServerMessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return type == Rendered.class;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Rendered.class;
    }

    @Override
    public void writeResponse(Object body, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(((Rendered) body).bytes);
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(((Rendered) body).bytes);
    }
}
