package io.github.pvetasks.core.spi;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The raw answer to a {@link PveRequest}: status, reason phrase where the transport can read it,
 * headers and body bytes. Any status is a normal response; only a failed exchange is an error.
 *
 * <p>Immutable. Header names compare case-insensitively.
 */
public final class PveResponse {

    private final int status;
    private final String reasonPhrase;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private PveResponse(int status, String reasonPhrase, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.reasonPhrase = reasonPhrase;
        this.headers = headers;
        this.body = body;
    }

    /**
     * A response whose reason phrase the transport cannot read (the JDK client).
     *
     * @param status the HTTP status, 100 to 999
     * @param headers the response headers
     * @param body the body bytes (copied)
     * @return the response
     */
    public static PveResponse of(int status, Map<String, List<String>> headers, byte[] body) {
        return create(status, null, headers, body);
    }

    /**
     * A response with the reason phrase the server sent (older Proxmox VE servers put their error
     * message only there).
     *
     * @param status the HTTP status, 100 to 999
     * @param reasonPhrase the reason phrase as received
     * @param headers the response headers
     * @param body the body bytes (copied)
     * @return the response
     */
    public static PveResponse withReasonPhrase(int status, String reasonPhrase, Map<String, List<String>> headers, byte[] body) {
        if (reasonPhrase == null) {
            throw new IllegalArgumentException("reason phrase must not be null (use PveResponse.of without one)");
        }
        return create(status, reasonPhrase, headers, body);
    }

    private static PveResponse create(int status, String reasonPhrase, Map<String, List<String>> headers, byte[] body) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("HTTP status must be between 100 and 999, got " + status);
        }
        if (headers == null || body == null) {
            throw new IllegalArgumentException("headers and body must not be null (use empty values)");
        }
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null && v != null) {
                h.put(k, List.copyOf(v));
            }
        });
        return new PveResponse(status, reasonPhrase, Collections.unmodifiableMap(h), body.clone());
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the reason phrase, when the transport can read it */
    public Optional<String> reasonPhrase() {
        return Optional.ofNullable(reasonPhrase);
    }

    /** @return the headers (case-insensitive names) */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * @param name a header name (case-insensitive)
     * @return its first value
     */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** @return a copy of the body bytes */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body length in bytes */
    public int bodyLength() {
        return body.length;
    }

    /**
     * The body without a copy, for core's decoder; callers must not change it.
     *
     * @return the body array itself
     */
    public byte[] bodyUnsafe() {
        return body;
    }

    @Override
    public String toString() {
        return "PveResponse[" + status + (reasonPhrase == null ? "" : " " + reasonPhrase) + ", " + body.length + " bytes]";
    }
}
