package io.github.pvetasks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveAuthenticationException;
import io.github.pvetasks.core.PveException;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one API call through the transport and turns the answer into the envelope's root, or
 * into the right exception. This is where every transport gets the same behaviour:
 *
 * <ul>
 *   <li>paths and parameters are percent-encoded; GET and DELETE carry parameters in the query,
 *       POST and PUT as a form body;</li>
 *   <li>error messages reach the user on every Proxmox VE version and every transport. Servers
 *       before libpve-http-server 5.2.0 put the message only in the HTTP reason phrase, which
 *       the JDK client cannot read. So non-GET calls go to {@code /api2/extjs}, which always
 *       answers 200 with {@code success}, {@code status} and {@code message} in the body (the
 *       same handler runs; only the formatting differs), and a GET error that arrives without
 *       any message is asked once more at {@code /api2/extjs}, which is safe for a read;</li>
 *   <li>a 401 with a ticket drops the ticket and repeats the call once with a fresh login (the
 *       server rejected it before running anything, so even a task-starting call is safe to repeat);</li>
 *   <li>a transport that never answers cannot hang a caller: every call has a deadline.</li>
 * </ul>
 */
final class ApiCaller {

    private static final String JSON = "/api2/json";
    private static final String EXTJS = "/api2/extjs";

    private final PveTransport transport;
    private final Duration callDeadline;
    private Authenticator authenticator;

    ApiCaller(PveTransport transport, Duration callDeadline) {
        this.transport = transport;
        this.callDeadline = callDeadline;
    }

    void authenticator(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * @return the root of a successful answer ({@code data}, {@code total}, ...)
     */
    CompletableFuture<JsonNode> call(HttpMethod method, List<String> segments, Map<String, ?> params) {
        return exchange(method, segments, params, true, true, method == HttpMethod.GET ? JSON : EXTJS);
    }

    /** For the login itself. */
    CompletableFuture<JsonNode> callUnauthenticated(HttpMethod method, List<String> segments, Map<String, ?> params) {
        return exchange(method, segments, params, false, false, method == HttpMethod.GET ? JSON : EXTJS);
    }

    private CompletableFuture<JsonNode> exchange(HttpMethod method, List<String> segments, Map<String, ?> params,
            boolean authenticated, boolean mayRetryUnauthorized, String format) {
        String description = method + " /" + String.join("/", segments);
        PveRequest.Builder builder = prepare(method, segments, params, format);
        CompletableFuture<Authenticator.Authorized> authorized = authenticated
                ? authenticator.authorize(builder, method)
                : CompletableFuture.completedFuture(new Authenticator.Authorized(builder.build(), null));
        return authorized.thenCompose(auth -> send(auth.request, description).thenCompose(response -> {
            try {
                return CompletableFuture.completedFuture(interpret(response, description));
            } catch (PveAuthenticationException e) {
                if (authenticated && mayRetryUnauthorized && authenticator.invalidate(auth)) {
                    return exchange(method, segments, params, true, false, format);
                }
                return CompletableFuture.failedFuture(e);
            } catch (PveApiException e) {
                if (method == HttpMethod.GET && format.equals(JSON) && e.serverMessage().isEmpty() && e.errors().isEmpty()) {
                    return messageFromExtjs(method, segments, params, authenticated, e);
                }
                return CompletableFuture.failedFuture(e);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }));
    }

    /** Asks the same read again in the extjs format, only to learn the error message. */
    private CompletableFuture<JsonNode> messageFromExtjs(HttpMethod method, List<String> segments,
            Map<String, ?> params, boolean authenticated, PveApiException original) {
        return exchange(method, segments, params, authenticated, false, EXTJS).handle((root, e) -> {
            Throwable cause = e == null ? null : Futures.unwrap(e);
            if (cause instanceof PveApiException && !((PveApiException) cause).serverMessage().isEmpty()) {
                PveApiException better = (PveApiException) cause;
                throw new PveApiException(original.status(), better.serverMessage(), better.errors(), original.request());
            }
            throw original;
        });
    }

    private static PveRequest.Builder prepare(HttpMethod method, List<String> segments, Map<String, ?> params, String format) {
        PveRequest.Builder b = PveRequest.builder(method, UriEncoding.path(format, segments))
                .header("Accept", "application/json");
        String encoded = UriEncoding.form(params);
        if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
            b.query(encoded);
        } else {
            b.header("Content-Type", "application/x-www-form-urlencoded");
            b.body(encoded.getBytes(StandardCharsets.UTF_8));
        }
        return b;
    }

    private CompletableFuture<PveResponse> send(PveRequest request, String description) {
        CompletableFuture<PveResponse> sent;
        try {
            sent = transport.send(request);
            if (sent == null) {
                throw new IllegalStateException("transport " + transport.name() + " returned no future");
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new PveTransportException(PveTransportException.Kind.BROKEN, description
                    + ": transport " + transport.name() + " failed to send: " + e.getMessage(), e));
        }
        return sent.copy().orTimeout(callDeadline.toMillis(), TimeUnit.MILLISECONDS).handle((response, e) -> {
            if (e == null) {
                return response;
            }
            Throwable cause = Futures.unwrap(e);
            if (cause instanceof TimeoutException) {
                throw new PveTransportException(PveTransportException.Kind.TIMED_OUT, description + ": no answer within " + callDeadline, cause);
            }
            if (cause instanceof PveTransportException) {
                PveTransportException t = (PveTransportException) cause;
                throw new PveTransportException(t.kind(), description + ": " + t.getMessage(), t);
            }
            if (cause instanceof PveException) {
                throw (PveException) cause;
            }
            throw new PveTransportException(PveTransportException.Kind.BROKEN, description + ": " + cause, cause);
        });
    }

    /** Turns a response into the envelope root or throws the matching exception. */
    static JsonNode interpret(PveResponse response, String description) {
        int status = response.status();
        byte[] body = response.bodyUnsafe();
        if (status >= 200 && status < 300) {
            JsonNode root = JsonCodec.readRoot(body, description);
            JsonNode success = root.get("success");
            if (success != null && !isTrue(success)) {
                JsonNode reported = root.get("status");
                int realStatus = reported != null && reported.canConvertToInt() && reported.asInt() >= 400 ? reported.asInt() : 500;
                throw error(realStatus, JsonCodec.message(root).orElse(""), JsonCodec.errors(root), description);
            }
            return root;
        }
        Optional<JsonNode> root = JsonCodec.tryReadRoot(body);
        String message = root.flatMap(JsonCodec::message)
                .or(() -> root.isEmpty() ? plainText(body) : Optional.empty())
                .or(() -> response.reasonPhrase().map(String::strip).filter(s -> !s.isEmpty()))
                .orElse("");
        Map<String, String> errors = root.map(JsonCodec::errors).orElse(Map.of());
        throw error(status, message, errors, description);
    }

    /** Proxmox Backup Server answers /api2/json errors with the message as plain text (though labelled JSON). */
    private static Optional<String> plainText(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty() || text.startsWith("<")) { // nothing, or an HTML page from a proxy in between
            return Optional.empty();
        }
        return Optional.of(text.length() > 500 ? text.substring(0, 500) + "..." : text);
    }

    private static boolean isTrue(JsonNode n) {
        return n.isBoolean() ? n.asBoolean() : n.asInt(0) != 0 || "true".equalsIgnoreCase(n.asText());
    }

    private static PveApiException error(int status, String message, Map<String, String> errors, String description) {
        if (status == 401) {
            return new PveAuthenticationException(401, message.isEmpty() ? "authentication failed" : message, description);
        }
        return new PveApiException(status, message, errors, description);
    }
}
