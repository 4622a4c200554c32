package io.github.pvetasks.transport.jdk;

import io.github.pvetasks.core.PveTransportException.Kind;
import io.github.pvetasks.core.spi.DaemonThreads;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.core.spi.TlsTrustManagers;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.core.spi.TransportPolicy;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PveTransport} on the JDK's {@code java.net.http.HttpClient}: no dependency beyond
 * the JDK. Build it with {@link #builder(TransportOptions)}; thread-safe.
 *
 * <p>HTTP/1.1 with keep-alive; TLS as {@link TransportOptions#tlsTrust()} says (system trust by
 * default, custom CAs, SHA-256 fingerprint pinning, or insecure with a warning); a connect
 * timeout and a deadline for the whole exchange; bodies larger than the maximum fail the
 * exchange. The JDK client cannot read reason phrases, so responses carry none; core gets error
 * messages from the body instead.
 *
 * <p>This class only translates: the deadline, the one retry of a GET on a stale connection and
 * the failure messages are the {@link TransportPolicy}'s, the same for every adapter.
 */
public final class JdkPveTransport implements PveTransport {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService ownExecutor;
    private final boolean ownsClient;
    private final TransportOptions options;
    private final TransportPolicy policy;

    private JdkPveTransport(HttpClient client, ExecutorService ownExecutor, boolean ownsClient, TransportOptions options) {
        this.client = client;
        this.ownExecutor = ownExecutor;
        this.ownsClient = ownsClient;
        this.options = options;
        this.policy = TransportPolicy.create(options, TransportPolicy.Exchange.of(this::attempt, JdkPveTransport::classify));
    }

    /**
     * @param options where and how to connect
     * @return a builder
     */
    public static Builder builder(TransportOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("transport options must not be null");
        }
        return new Builder(options);
    }

    /** Builds a {@link JdkPveTransport}. */
    public static final class Builder {
        private final TransportOptions options;
        private HttpClient client;
        private java.util.concurrent.Executor executor;

        private Builder(TransportOptions options) {
            this.options = options;
        }

        /**
         * Sends through a caller-owned client, which {@link #close()} leaves open. Its own TLS,
         * proxy and connect timeout settings apply (use {@link TlsTrustManagers#sslContext} to
         * give it pinning); the request timeout and response size limit still come from the options.
         *
         * @param httpClient the client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            if (httpClient == null) {
                throw new IllegalArgumentException("HTTP client must not be null");
            }
            this.client = httpClient;
            return this;
        }

        /**
         * Runs the client's work (reading answers, completing futures) on the caller's executor,
         * which {@link #close()} leaves running. By default: a virtual thread per task from Java 24
         * on, a cached pool of named daemon threads before (see {@link DaemonThreads#perTask}).
         *
         * @param e the executor
         * @return this builder
         */
        public Builder executor(java.util.concurrent.Executor e) {
            if (e == null) {
                throw new IllegalArgumentException("executor must not be null");
            }
            this.executor = e;
            return this;
        }

        /** @return the transport */
        public JdkPveTransport build() {
            if (client != null) {
                return new JdkPveTransport(client, null, false, options);
            }
            TlsTrust trust = options.tlsTrust();
            ExecutorService own = executor == null ? DaemonThreads.perTask("pve-tasks-jdk-" + CLIENTS.incrementAndGet()) : null;
            HttpClient.Builder b = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(options.connectTimeout())
                    .executor(own != null ? own : executor)
                    .sslContext(TlsTrustManagers.sslContext(trust));
            // With a pin (or insecure mode) the trust manager is an X509ExtendedTrustManager that
            // does no host name check, and the JDK adds none on top of it.
            options.proxy().ifPresent(p -> b.proxy(ProxySelector.of(p)));
            return new JdkPveTransport(b.build(), own, true, options);
        }
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        return policy.send(request);
    }

    /**
     * One attempt; the policy adds the deadline, the stale-connection retry and the wording.
     * Cancelling the returned future cancels the one {@code sendAsync} returned, which the JDK
     * client (16 and later) turns into an abort of the exchange: its connection is closed, not
     * left to the server's idle timeout, and {@code HttpClient.close()} on 21+ has nothing to wait on.
     */
    private CompletableFuture<PveResponse> attempt(PveRequest request) {
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(toHttpRequest(request),
                info -> LimitedBody.subscriber(info, options.maxResponseBytes()));
        CompletableFuture<PveResponse> mapped = exchange.thenApply(r -> PveResponse.of(r.statusCode(), r.headers().map(), r.body()));
        mapped.whenComplete((r, e) -> {
            if (mapped.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return mapped;
    }

    private HttpRequest toHttpRequest(PveRequest request) {
        URI uri = URI.create(options.baseUri() + request.pathAndQuery());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(options.requestTimeout());
        if (request.bodyLength() == 0 && request.method() == HttpMethod.GET) {
            b.GET(); // no Content-Length: PVE answers 501 to a GET with content
        } else if (request.bodyLength() == 0 && request.method() == HttpMethod.DELETE) {
            b.DELETE();
        } else {
            b.method(request.method().name(), request.bodyLength() == 0
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        return b.build();
    }

    /**
     * The JDK client's failures. It reports a pooled connection the server closed only as a plain
     * {@code IOException} whose message names the closing, so that one case reads the message.
     */
    static Kind classify(Throwable t) {
        if (t instanceof LimitedBody.TooLarge) {
            return Kind.TOO_LARGE;
        }
        if (t instanceof HttpConnectTimeoutException) {
            return Kind.CONNECT_TIMEOUT;
        }
        if (t instanceof HttpTimeoutException) {
            return Kind.TIMED_OUT;
        }
        if (t instanceof ConnectException || t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
            return Kind.CONNECT_FAILED;
        }
        if (t instanceof SSLHandshakeException) {
            return Kind.TLS_FAILED;
        }
        if (t instanceof ClosedChannelException) {
            return Kind.STALE_CONNECTION;
        }
        if (t instanceof IOException) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            boolean closedByServer = m.contains("connection reset") || m.contains("eof") || m.contains("closed")
                    || m.contains("broken pipe");
            return closedByServer ? Kind.STALE_CONNECTION : Kind.BROKEN;
        }
        return Kind.BROKEN; // failures thrown while building the request never get here: the policy calls them NOT_SENT
    }

    @Override
    public String name() {
        return "jdk";
    }

    /**
     * Aborts every exchange in flight, then releases the client and threads this transport
     * created; a caller's client stays open. Returns within the policy's deadline on every Java:
     * never a wait on a server.
     */
    @Override
    public void close() {
        if (!policy.close() || !ownsClient) {
            return;
        }
        HttpClientShutdown.shutdownNow(client, TransportPolicy.deadline(options));
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    /** @return the underlying client */
    public HttpClient httpClient() {
        return client;
    }

    /** @return the options */
    public TransportOptions options() {
        return options;
    }

    @Override
    public String toString() {
        return "JdkPveTransport[" + options.baseUri() + ", " + options.tlsTrust() + (policy.isClosed() ? ", closed" : "") + "]";
    }
}
