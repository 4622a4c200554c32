package io.github.pvetasks.core.spi;

import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.PveTransportException.Kind;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one behaviour every HTTP adapter shares, so that an adapter is only a translation of its
 * native client. An adapter gives an {@link Exchange} (send one request once; say what kind of
 * failure a native exception is) and delegates {@link PveTransport#send} and
 * {@link PveTransport#close} to a policy. The policy then decides, the same way for every adapter:
 *
 * <ul>
 *   <li><b>the deadline</b>: every exchange completes within the request timeout plus 250 ms,
 *       whatever the native client does (some clients time out only the wait for headers);</li>
 *   <li><b>the one retry</b>: a GET whose pooled connection the server had already closed
 *       ({@link Kind#STALE_CONNECTION}) is sent once more; pveproxy closes idle connections after
 *       5 s, so this happens in normal operation. Nothing else is ever repeated here, and never a
 *       POST, PUT or DELETE, which may have started or stopped a task. Core's own repetitions (a
 *       401 with a fresh ticket, a GET asked again to learn its error message) sit above the port;</li>
 *   <li><b>the failure</b>: one {@link PveTransportException} per {@link Kind}, with the same
 *       wording for every adapter, naming the server and the limit that was passed;</li>
 *   <li><b>the lifecycle</b>: a send after close fails at once with {@link Kind#CLOSED};</li>
 *   <li><b>the insecure warning</b>: turning TLS verification off is logged once, when the policy
 *       is created.</li>
 * </ul>
 *
 * Thread-safe.
 */
public final class TransportPolicy {

    /**
     * The JDK's platform logger, since the ports import only the JDK: it goes to
     * java.util.logging by default (so the insecure-TLS warning shows with no set-up), or to
     * SLF4J with {@code org.slf4j:slf4j-jdk-platform-logging} on the class path.
     */
    private static final System.Logger LOG = System.getLogger(TransportPolicy.class.getName());
    /** How long after the request timeout the policy gives up on a native client that did not. */
    static final Duration DEADLINE_SLACK = Duration.ofMillis(250);

    /** What an adapter provides: one attempt on its native client, and the translation of its failures. */
    public interface Exchange {

        /**
         * Sends the request once, with the options' timeouts set on the native client; no retry.
         * May complete exceptionally with any native exception, or throw.
         *
         * @param request the request
         * @return the response for any HTTP status
         */
        CompletableFuture<PveResponse> attempt(PveRequest request);

        /**
         * Translates a native failure of {@link #attempt}; unwrapped from completion wrappers.
         *
         * @param failure what the native client failed with
         * @return its kind; {@link Kind#BROKEN} when nothing more specific is known
         */
        Kind classify(Throwable failure);

        /**
         * @param attempt one attempt on the native client
         * @param classify the translation of its failures
         * @return the exchange made of the two
         */
        static Exchange of(java.util.function.Function<PveRequest, CompletableFuture<PveResponse>> attempt,
                java.util.function.Function<Throwable, Kind> classify) {
            if (attempt == null || classify == null) {
                throw new IllegalArgumentException("attempt and classify must not be null");
            }
            return new Exchange() {
                @Override
                public CompletableFuture<PveResponse> attempt(PveRequest request) {
                    return attempt.apply(request);
                }

                @Override
                public Kind classify(Throwable failure) {
                    return classify.apply(failure);
                }
            };
        }
    }

    private final TransportOptions options;
    private final Exchange exchange;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TransportPolicy(TransportOptions options, Exchange exchange) {
        this.options = options;
        this.exchange = exchange;
    }

    /**
     * @param options the options the adapter was built with
     * @param exchange the adapter's attempt and translation
     * @return a policy; logs a warning when the options turn TLS verification off for HTTPS
     */
    public static TransportPolicy create(TransportOptions options, Exchange exchange) {
        if (options == null || exchange == null) {
            throw new IllegalArgumentException("transport options and exchange must not be null");
        }
        if (options.tlsTrust() instanceof TlsTrust.Insecure && "https".equals(options.baseUri().getScheme())) {
            LOG.log(System.Logger.Level.WARNING, "TLS certificate verification is OFF for " + options.baseUri()
                    + " (insecure mode was asked for); pin the server's SHA-256 fingerprint instead");
        }
        return new TransportPolicy(options, exchange);
    }

    /**
     * @param options a transport's options
     * @return how long an exchange may take in all before the policy fails it
     */
    public static Duration deadline(TransportOptions options) {
        return options.requestTimeout().plus(DEADLINE_SLACK);
    }

    /**
     * Sends under the policy.
     *
     * @param request the request
     * @return the response for any HTTP status, or a {@link PveTransportException}; never throws
     */
    public CompletableFuture<PveResponse> send(PveRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("request must not be null"));
        }
        return send(request, request.method() == HttpMethod.GET);
    }

    private CompletableFuture<PveResponse> send(PveRequest request, boolean mayRepeat) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(new PveTransportException(Kind.CLOSED,
                    "cannot send " + request.describe() + ": the transport is closed", null));
        }
        CompletableFuture<PveResponse> attempt;
        try {
            attempt = exchange.attempt(request);
            if (attempt == null) {
                throw new IllegalStateException("the adapter returned no future");
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(failure(Kind.NOT_SENT, request, e));
        }
        long deadline = deadline(options).toMillis();
        return attempt.copy().orTimeout(deadline, TimeUnit.MILLISECONDS).handle((response, e) -> {
            if (e == null) {
                return CompletableFuture.completedFuture(response);
            }
            Throwable cause = unwrap(e);
            Kind kind = kindOf(cause);
            if (mayRepeat && kind == Kind.STALE_CONNECTION && !closed.get()) {
                LOG.log(System.Logger.Level.DEBUG, () -> "sending " + request.describe()
                        + " once more on a fresh connection after: " + cause);
                return send(request, false);
            }
            return CompletableFuture.<PveResponse>failedFuture(cause instanceof PveTransportException
                    ? (PveTransportException) cause : failure(kind, request, cause));
        }).thenCompose(f -> f);
    }

    private Kind kindOf(Throwable cause) {
        if (cause instanceof PveTransportException) {
            return ((PveTransportException) cause).kind();
        }
        if (cause instanceof TimeoutException) {
            return Kind.TIMED_OUT; // the policy's own deadline, or a native timeout of the same type
        }
        try {
            Kind kind = exchange.classify(cause);
            return kind != null ? kind : Kind.BROKEN;
        } catch (RuntimeException e) {
            return Kind.BROKEN;
        }
    }

    /** The one wording of every failure. */
    private PveTransportException failure(Kind kind, PveRequest request, Throwable cause) {
        String where = options.baseUri().toString();
        String message;
        switch (kind) {
            case NOT_SENT:
                message = "cannot send " + request.describe() + ": " + describe(cause);
                break;
            case CLOSED:
                message = "cannot send " + request.describe() + ": the transport is closed";
                break;
            case CONNECT_FAILED:
                message = "cannot connect to " + where + ": " + describe(cause);
                break;
            case CONNECT_TIMEOUT:
                message = "could not connect to " + where + " within " + options.connectTimeout();
                break;
            case TLS_FAILED:
                message = "TLS handshake with " + where + " failed: " + describe(cause)
                        + " (for a self-signed node certificate, pin its SHA-256 fingerprint)";
                break;
            case TIMED_OUT:
                message = "no complete answer from " + where + " within " + options.requestTimeout();
                break;
            case TOO_LARGE:
                message = "the answer from " + where + " is larger than the maximum response size of "
                        + options.maxResponseBytes() + " bytes";
                break;
            case STALE_CONNECTION:
                message = "the connection to " + where + " was closed by the server before it answered: " + describe(cause);
                break;
            default:
                message = "I/O error talking to " + where + ": " + describe(cause);
        }
        return new PveTransportException(kind, message, cause);
    }

    /** The outermost message, with the deepest cause's when they differ. */
    private static String describe(Throwable t) {
        Throwable deepest = t;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String inner = deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
        if (deepest == t || t.getMessage() == null || t.getMessage().equals(inner)) {
            return inner;
        }
        return t.getMessage() + " (" + inner + ")";
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * Makes later sends fail with {@link Kind#CLOSED}.
     *
     * @return true the first time only, so the adapter releases its resources once
     */
    public boolean close() {
        return closed.compareAndSet(false, true);
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed.get();
    }
}
