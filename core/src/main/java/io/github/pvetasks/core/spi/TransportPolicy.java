package io.github.pvetasks.core.spi;

import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.PveTransportException.Kind;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 *       whatever the native client does (some clients time out only the wait for headers), and
 *       ends there: the exchange underneath is aborted, not only the caller's future;</li>
 *   <li><b>the one retry</b>: a GET whose pooled connection the server had already closed
 *       ({@link Kind#STALE_CONNECTION}) is sent once more; pveproxy closes idle connections after
 *       5 s, so this happens in normal operation. Nothing else is ever repeated here, and never a
 *       POST, PUT or DELETE, which may have started or stopped a task. Core's own repetitions (a
 *       401 with a fresh ticket, a GET asked again to learn its error message) sit above the port;</li>
 *   <li><b>the failure</b>: one {@link PveTransportException} per {@link Kind}, with the same
 *       wording for every adapter, naming the server and the limit that was passed;</li>
 *   <li><b>the lifecycle</b>: a send after close fails at once with {@link Kind#CLOSED}; close
 *       aborts every exchange in flight ({@link Kind#ABORTED}), so closing never waits on a server;</li>
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
         * May complete exceptionally with any native exception, or throw. Cancelling the
         * returned future must abort the exchange and free its connection: the policy does so at
         * the deadline, on the caller's cancel and on close.
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
    private final TransportFailures failures;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

    private TransportPolicy(TransportOptions options, Exchange exchange) {
        this.options = options;
        this.exchange = exchange;
        this.failures = new TransportFailures(options);
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
     * <p>The returned future always completes: with the response, with a
     * {@link PveTransportException}, or cancelled by the caller. Whatever ends it early (the
     * deadline, the caller's {@code cancel}, or {@link #close()}) also cancels the adapter's
     * attempt, which the adapter must turn into an abort of the exchange, so that no connection
     * outlives the future that was waiting for it.
     *
     * @param request the request
     * @return the response for any HTTP status, or a {@link PveTransportException}; never throws
     */
    public CompletableFuture<PveResponse> send(PveRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("request must not be null"));
        }
        Call call = new Call(request);
        inFlight.add(call);
        // Ends the exchange underneath whenever the caller's future ends first (a cancel).
        call.result.whenComplete((response, failure) -> {
            inFlight.remove(call);
            call.abort();
        });
        attempt(call, request.method() == HttpMethod.GET);
        return call.result;
    }

    /** One caller's send: its future and the adapter's attempt now under way. */
    private static final class Call {
        final PveRequest request;
        final CompletableFuture<PveResponse> result = new CompletableFuture<>();
        volatile CompletableFuture<PveResponse> attempt;

        Call(PveRequest request) {
            this.request = request;
        }

        /** Cancels the attempt under way, if any and not done: the adapter aborts its exchange. */
        void abort() {
            CompletableFuture<PveResponse> a = attempt;
            if (a != null && !a.isDone()) {
                a.cancel(true);
            }
        }
    }

    private void attempt(Call call, boolean mayRepeat) {
        PveRequest request = call.request;
        if (closed.get()) {
            call.result.completeExceptionally(failures.closed(request));
            return;
        }
        CompletableFuture<PveResponse> attempt;
        try {
            attempt = exchange.attempt(request);
            if (attempt == null) {
                throw new IllegalStateException("the adapter returned no future");
            }
        } catch (RuntimeException e) {
            call.result.completeExceptionally(failures.of(Kind.NOT_SENT, request, e));
            return;
        }
        call.attempt = attempt;
        if (call.result.isDone() || closed.get()) {
            call.abort(); // the caller cancelled, or close() ran, while the attempt was being made
        }
        attempt.copy().orTimeout(deadline(options).toMillis(), TimeUnit.MILLISECONDS).whenComplete((response, e) -> {
            if (e == null) {
                call.result.complete(response);
                return;
            }
            Throwable cause = unwrap(e);
            if (cause instanceof TimeoutException) {
                call.abort(); // the deadline ends the exchange, not only the caller's wait
            }
            Kind kind = cause instanceof CancellationException && closed.get() ? Kind.ABORTED : kindOf(cause);
            if (mayRepeat && kind == Kind.STALE_CONNECTION && !closed.get() && !call.result.isDone()) {
                LOG.log(System.Logger.Level.DEBUG, () -> "sending " + request.describe()
                        + " once more on a fresh connection after: " + cause);
                attempt(call, false);
                return;
            }
            call.result.completeExceptionally(cause instanceof PveTransportException
                    ? (PveTransportException) cause : failures.of(kind, request, cause));
        });
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

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * Makes later sends fail with {@link Kind#CLOSED}, and ends every send in flight at once with
     * {@link Kind#ABORTED}, cancelling its attempt so the adapter aborts the exchange. After this
     * returns, the adapter releases its native client: no exchange is left for it to wait on.
     *
     * @return true the first time only, so the adapter releases its resources once
     */
    public boolean close() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        inFlight.forEach(Call::abort); // each fails with Kind.ABORTED, its exchange ended by the adapter
        return true;
    }

    /** @return how many sends are under way: not yet answered, failed or cancelled */
    public int inFlight() {
        return inFlight.size();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed.get();
    }
}
