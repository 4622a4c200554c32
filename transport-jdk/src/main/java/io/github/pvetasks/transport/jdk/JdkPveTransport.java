package io.github.pvetasks.transport.jdk;

import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.spi.DaemonThreads;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.core.spi.TlsTrustManagers;
import io.github.pvetasks.core.spi.TransportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>pveproxy closes idle connections after 5 s. A GET that fails on a connection the server had
 * already closed is sent once more on a fresh one; other methods never are, since they may have
 * started a task.
 */
public final class JdkPveTransport implements PveTransport {

    private static final Logger LOG = LoggerFactory.getLogger(JdkPveTransport.class);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService ownExecutor;
    private final boolean ownsClient;
    private final TransportOptions options;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdkPveTransport(HttpClient client, ExecutorService ownExecutor, boolean ownsClient, TransportOptions options) {
        this.client = client;
        this.ownExecutor = ownExecutor;
        this.ownsClient = ownsClient;
        this.options = options;
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

        /** @return the transport */
        public JdkPveTransport build() {
            if (client != null) {
                return new JdkPveTransport(client, null, false, options);
            }
            TlsTrust trust = options.tlsTrust();
            if (trust instanceof TlsTrust.Insecure && options.baseUri().getScheme().equals("https")) {
                LOG.warn("TLS certificate verification is OFF for {} (insecure mode was asked for); "
                        + "pin the server's SHA-256 fingerprint instead", options.baseUri());
            }
            ExecutorService executor = DaemonThreads.cachedPool("pve-tasks-jdk-" + CLIENTS.incrementAndGet());
            HttpClient.Builder b = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(options.connectTimeout())
                    .executor(executor)
                    .sslContext(TlsTrustManagers.sslContext(trust));
            // With a pin (or insecure mode) the trust manager is an X509ExtendedTrustManager that
            // does no host name check, and the JDK adds none on top of it.
            options.proxy().ifPresent(p -> b.proxy(ProxySelector.of(p)));
            return new JdkPveTransport(b.build(), executor, true, options);
        }
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("request must not be null"));
        }
        if (closed.get()) {
            return CompletableFuture.failedFuture(new PveTransportException("the transport is closed", false, null));
        }
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new PveTransportException("cannot send " + request.describe() + ": "
                    + e.getMessage(), false, e));
        }
        return exchange(httpRequest, request.method() == HttpMethod.GET);
    }

    private CompletableFuture<PveResponse> exchange(HttpRequest httpRequest, boolean mayRepeat) {
        CompletableFuture<PveResponse> result;
        try {
            result = client.sendAsync(httpRequest, info -> LimitedBody.subscriber(info, options.maxResponseBytes()))
                    .thenApply(r -> PveResponse.of(r.statusCode(), r.headers().map(), r.body()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new PveTransportException("cannot send: " + e.getMessage(), false, e));
        }
        // The JDK's timeout covers the wait for headers; this deadline covers the body as well.
        CompletableFuture<PveResponse> bounded = result.orTimeout(options.requestTimeout().toMillis() + 250, TimeUnit.MILLISECONDS);
        return bounded.handle((response, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(response);
            }
            Throwable cause = unwrap(failure);
            if (mayRepeat && isStaleConnection(cause)) {
                LOG.debug("retrying {} once on a fresh connection after: {}", httpRequest.uri().getPath(), cause.toString());
                return exchange(httpRequest, false);
            }
            return CompletableFuture.<PveResponse>failedFuture(map(cause));
        }).thenCompose(f -> f);
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

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** A connection the server closed while it sat in the pool: nothing was read from it. */
    private static boolean isStaleConnection(Throwable t) {
        if (!(t instanceof IOException) || t instanceof HttpTimeoutException || t instanceof ConnectException
                || t instanceof SSLHandshakeException || t instanceof LimitedBody.TooLarge) {
            return false;
        }
        String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return t instanceof ClosedChannelException || m.contains("connection reset") || m.contains("eof")
                || m.contains("closed") || m.contains("broken pipe");
    }

    private PveTransportException map(Throwable t) {
        String where = options.baseUri().toString();
        if (t instanceof PveTransportException) {
            return (PveTransportException) t;
        }
        if (t instanceof LimitedBody.TooLarge) {
            return new PveTransportException(t.getMessage(), true, t);
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new PveTransportException("could not connect to " + where + " within " + options.connectTimeout(), false, t);
        }
        if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
            return new PveTransportException("no complete answer from " + where + " within " + options.requestTimeout(), true, t);
        }
        if (t instanceof ConnectException) {
            return new PveTransportException("cannot connect to " + where + ": " + describe(t), false, t);
        }
        if (t instanceof SSLHandshakeException) {
            return new PveTransportException("TLS handshake with " + where + " failed: " + describe(t)
                    + " (for a self-signed node certificate, pin its SHA-256 fingerprint)", false, t);
        }
        return new PveTransportException("I/O error talking to " + where + ": " + describe(t), true, t);
    }

    private static String describe(Throwable t) {
        Throwable deepest = t;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String m = deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
        return deepest == t ? m : (t.getMessage() != null ? t.getMessage() + " (" + m + ")" : m);
    }

    @Override
    public String name() {
        return "jdk";
    }

    /** Releases the client and threads this transport created; a caller's client stays open. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || !ownsClient) {
            return;
        }
        if (client instanceof AutoCloseable) {
            // HttpClient is AutoCloseable from JDK 21 on; on 17 its selector thread ends with the client.
            try {
                ((AutoCloseable) client).close();
            } catch (Exception e) {
                LOG.debug("closing the HTTP client failed", e);
            }
        }
        ownExecutor.shutdownNow();
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
        return "JdkPveTransport[" + options.baseUri() + ", " + options.tlsTrust() + (closed.get() ? ", closed" : "") + "]";
    }
}
