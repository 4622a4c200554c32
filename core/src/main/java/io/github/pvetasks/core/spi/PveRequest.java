package io.github.pvetasks.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange to send, fully prepared by core: the path and query are already
 * percent-encoded, authentication headers are set, and the body is bytes. A transport sends it
 * as it is, relative to {@link TransportOptions#baseUri()}.
 *
 * <p>Immutable. {@link #toString()} shows the method, path and header <em>names</em> only, never
 * header values (they carry credentials) nor the body (it may carry a password).
 */
public final class PveRequest {

    private final HttpMethod method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private PveRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.query = b.query;
        Map<String, List<String>> h = new LinkedHashMap<>();
        b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(h);
        this.body = b.body.clone();
    }

    /**
     * @param method the HTTP method
     * @param path the encoded path, starting with '/', such as {@code /api2/json/nodes/pve1/tasks}
     * @return a builder
     */
    public static Builder builder(HttpMethod method, String path) {
        return new Builder(method, path);
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder b = new Builder(method, path).query(query).body(body);
        headers.forEach((k, v) -> v.forEach(value -> b.addHeader(k, value)));
        return b;
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the percent-encoded path, starting with '/' */
    public String path() {
        return path;
    }

    /** @return the percent-encoded query without '?', possibly empty */
    public String query() {
        return query;
    }

    /** @return the path plus {@code ?query} when there is a query */
    public String pathAndQuery() {
        return query.isEmpty() ? path : path + '?' + query;
    }

    /** @return the headers, in the order they were added */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * @param name a header name, compared case-insensitively
     * @return the first value of that header
     */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** @return a copy of the body; empty when there is none */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body length in bytes */
    public int bodyLength() {
        return body.length;
    }

    /** @return {@code METHOD /path}, for messages and logs */
    public String describe() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return "PveRequest[" + method + " " + pathAndQuery() + ", headers=" + headers.keySet()
                + ", body=" + body.length + " bytes]";
    }

    /** Builds a {@link PveRequest}. */
    public static final class Builder {
        private final HttpMethod method;
        private final String path;
        private String query = "";
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];

        private Builder(HttpMethod method, String path) {
            if (method == null) {
                throw new IllegalArgumentException("HTTP method must not be null");
            }
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("request path must start with '/', got '" + path + "'");
            }
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c <= ' ' || c >= 0x7f || c == '?' || c == '#') {
                    throw new IllegalArgumentException("request path must be percent-encoded, found '" + c + "' in '" + path + "'");
                }
            }
            this.method = method;
            this.path = path;
        }

        /**
         * @param encodedQuery the percent-encoded query without '?', possibly empty
         * @return this builder
         */
        public Builder query(String encodedQuery) {
            if (encodedQuery == null) {
                throw new IllegalArgumentException("query must not be null (use an empty string)");
            }
            this.query = encodedQuery;
            return this;
        }

        /**
         * Adds a header value (a header may have several).
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder addHeader(String name, String value) {
            if (name == null || name.isEmpty() || value == null) {
                throw new IllegalArgumentException("header name and value must not be null or empty, got name '" + name + "'");
            }
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Sets a header, replacing any value it had (names compare case-insensitively).
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            if (name != null) {
                headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            }
            return addHeader(name, value);
        }

        /**
         * @param body the body bytes (copied)
         * @return this builder
         */
        public Builder body(byte[] body) {
            if (body == null) {
                throw new IllegalArgumentException("body must not be null (use an empty array)");
            }
            this.body = body.clone();
            return this;
        }

        /** @return the request */
        public PveRequest build() {
            return new PveRequest(this);
        }
    }
}
