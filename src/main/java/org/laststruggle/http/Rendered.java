package org.laststruggle.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A response body rendered before the request came (the read model's JSON, a source's raw text).
 * Its UTF-8 bytes are sent as they are: through Jackson, which copies them without parsing when a
 * resource method declares the API shape the body is the JSON of, or through {@link RenderedWriter}
 * when the method declares {@code Rendered} itself. The response cache keeps the same bytes.
 */
@JsonSerialize(using = Rendered.AsRawJson.class)
public final class Rendered {

    /** Where a body is one page of a list: its 0-based number, its size and the total number of items. */
    public record Paging(int page, int size, long total) implements org.laststruggle.query.Paged {
    }

    final byte[] bytes;
    private final Paging paging;

    private Rendered(byte[] bytes, Paging paging) {
        this.bytes = bytes;
        this.paging = paging;
    }

    public static Rendered of(byte[] bytes) {
        return new Rendered(bytes, null);
    }

    public static Rendered of(CharSequence text) {
        return of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The writer of every JSON that a rendered body is made of: ASCII, any other character as a
     * backslash-u escape (which every JSON reader decodes). The database driver then reads stored
     * JSON into compact Latin-1 strings, and a body assembled from them is encoded to UTF-8 by a
     * plain copy; one curly quote would make the whole body a UTF-16 string encoded character by
     * character (the top of the read path's CPU profile).
     */
    public static ObjectWriter jsonWriter(ObjectMapper mapper) {
        return mapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    }

    /** A body assembled from stored JSON (bytes, as the database driver hands them over) and a little text. */
    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /**
     * Collects the UTF-8 bytes of a body: stored JSON values are copied once, with no detour through
     * strings; the body is then {@link #build()} (or {@link #page}) without another copy when the
     * estimate was right.
     */
    public static final class Builder {
        private byte[] buf;
        private int len;

        private Builder(int capacity) {
            buf = new byte[Math.max(capacity, 64)];
        }

        public Builder append(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, len, bytes.length);
            len += bytes.length;
            return this;
        }

        public Builder append(String text) {
            return append(text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder append(char ascii) {
            ensure(1);
            buf[len++] = (byte) ascii;
            return this;
        }

        public Builder append(long n) {
            return append(Long.toString(n));
        }

        /** A JSON array of the values, each already JSON. */
        public Builder array(java.util.List<byte[]> values) {
            append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    append(',');
                }
                append(values.get(i));
            }
            return append(']');
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        public Rendered build() {
            return page(null);
        }

        /** The body as one page of a list (null: not a page). */
        public Rendered page(Paging paging) {
            return new Rendered(len == buf.length ? buf : java.util.Arrays.copyOf(buf, len), paging);
        }
    }

    /**
     * A 200 response with this body, typed as the API shape the body is the JSON of. The type
     * parameter is for the reader and the OpenAPI document, which take the shape from the resource
     * method's declared return type; the entity itself is this rendered JSON.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> RestResponse<T> response() {
        return (RestResponse) RestResponse.ok(this);
    }

    /** The page this body is, or null when it is not a page of a list. */
    public Paging paging() {
        return paging;
    }

    public int length() {
        return bytes.length;
    }

    /** The body as text, for tests and logs. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Writes the bytes as a raw JSON value: a byte copy on Jackson's UTF-8 generator. */
    static final class AsRawJson extends StdSerializer<Rendered> {

        AsRawJson() {
            super(Rendered.class);
        }

        @Override
        public void serialize(Rendered value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(new Utf8(value.bytes));
        }
    }

    /** Bytes already in UTF-8, as Jackson's raw-value writer takes them. */
    private record Utf8(byte[] bytes) implements SerializableString {

        @Override
        public String getValue() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            throw new UnsupportedOperationException("a raw value is never quoted");
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return bytes;
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw new UnsupportedOperationException("a raw value is never quoted");
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw new UnsupportedOperationException("a raw value is never quoted");
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw new UnsupportedOperationException("a raw value is never quoted");
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + bytes.length > buffer.length) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String s = getValue();
            if (offset + s.length() > buffer.length) {
                return -1;
            }
            s.getChars(0, s.length(), buffer, offset);
            return s.length();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw new UnsupportedOperationException("a raw value is never quoted");
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw new UnsupportedOperationException("a raw value is never quoted");
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (buffer.remaining() < bytes.length) {
                return -1;
            }
            buffer.put(bytes);
            return bytes.length;
        }
    }
}
