package io.github.pvetasks.transport.vertx;

import io.github.pvetasks.core.PveTransportException.Kind;
import io.github.pvetasks.core.spi.DaemonThreads;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.core.spi.TlsTrustManagers;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.core.spi.TransportPolicy;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.TrustOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PveTransport} on Vert.x 5's HTTP client ({@code vertx-core} alone), for applications
 * that already run Vert.x (or Quarkus). Build it with {@link #builder(TransportOptions)};
 * thread-safe.
 *
 * <p>It never blocks an event loop, and its futures complete on a completion executor (its own
 * daemon threads by default, or one the caller gives), never on the event loop, so code chained
 * on them may block safely. Unlike the JDK client it reads reason phrases, where servers before
 * PVE 8.3 put their error messages. Pooled connections expire after 4 s idle, before pveproxy's
 * 5 s; the deadline, the one retry of a GET on a stale connection and the failure messages are
 * the {@link TransportPolicy}'s, the same for every adapter. An exchange the policy ends (its
 * deadline, a cancel, or {@link #close()}) is reset, which closes its connection: nothing is
 * left running on the event loop for a future nobody waits on.
 */
public final class VertxPveTransport implements PveTransport {

    private static final Logger LOG = LoggerFactory.getLogger(VertxPveTransport.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** Below pveproxy's 5 s idle timeout, so the pool drops connections before the server does. */
    static final int KEEP_ALIVE_SECONDS = 4;

    private final HttpClient client;
    private final ClosedConnections closedConnections = new ClosedConnections();
    private final Vertx ownVertx;
    private final boolean ownsClient;
    private final ExecutorService ownExecutor;
    private final Executor completion;
    private final TransportOptions options;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final TransportPolicy policy;

    private VertxPveTransport(HttpClient client, Vertx ownVertx, boolean ownsClient, ExecutorService ownExecutor,
            Executor completion, TransportOptions options) {
        this.client = client;
        this.ownVertx = ownVertx;
        this.ownsClient = ownsClient;
        this.ownExecutor = ownExecutor;
        this.completion = completion;
        this.options = options;
        URI base = options.baseUri();
        this.ssl = base.getScheme().equals("https");
        this.host = base.getHost();
        this.port = base.getPort() > 0 ? base.getPort() : (ssl ? 443 : 80);
        this.policy = TransportPolicy.create(options, TransportPolicy.Exchange.of(this::attempt, VertxPveTransport::classify));
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

    /** Builds a {@link VertxPveTransport}. */
    public static final class Builder {
        private final TransportOptions options;
        private Vertx vertx;
        private HttpClient httpClient;
        private Executor executor;
        private int maxConnections = 16;

        private Builder(TransportOptions options) {
            this.options = options;
        }

        /**
         * Uses the caller's Vert.x instance (left open on close); the transport makes its own
         * HTTP client on it with the options' TLS and timeouts, and closes that client on close.
         *
         * @param v the Vert.x instance
         * @return this builder
         */
        public Builder vertx(Vertx v) {
            if (v == null) {
                throw new IllegalArgumentException("Vert.x instance must not be null");
            }
            this.vertx = v;
            return this;
        }

        /**
         * Sends through the caller's HTTP client (left open on close): its TLS, proxy and pool
         * settings apply; the request timeout and size limit still come from the options.
         *
         * @param client the HTTP client, for example from {@code vertx.createHttpClient(...)}
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            if (client == null) {
                throw new IllegalArgumentException("HTTP client must not be null");
            }
            this.httpClient = client;
            return this;
        }

        /**
         * @param e where futures complete (default: the transport's own daemon threads)
         * @return this builder
         */
        public Builder completionExecutor(Executor e) {
            if (e == null) {
                throw new IllegalArgumentException("executor must not be null");
            }
            this.executor = e;
            return this;
        }

        /**
         * @param max connections per server in the pool, 1 or more (default 16)
         * @return this builder
         */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("max connections must be 1 or more, got " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /** @return the transport */
        public VertxPveTransport build() {
            int n = INSTANCES.incrementAndGet();
            ExecutorService own = null;
            Executor completion = executor;
            if (completion == null) {
                own = DaemonThreads.perTask("pve-tasks-vertx-" + n);
                completion = own;
            }
            if (httpClient != null) {
                return new VertxPveTransport(httpClient, null, false, own, completion, options);
            }
            Vertx v = vertx;
            Vertx ownVertx = null;
            if (v == null) {
                ownVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2));
                v = ownVertx;
            }
            HttpClientAgent agent = v.createHttpClient(clientOptions(options), new PoolOptions().setHttp1MaxSize(maxConnections));
            return new VertxPveTransport(agent, ownVertx, true, own, completion, options);
        }
    }

    static HttpClientOptions clientOptions(TransportOptions options) {
        TlsTrust trust = options.tlsTrust();
        HttpClientOptions o = new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
                .setTcpNoDelay(true);
        if (options.baseUri().getScheme().equals("https")) {
            o.setSsl(true)
                    .setTrustOptions(TrustOptions.wrap(TlsTrustManagers.trustManager(trust)))
                    .setVerifyHost(TlsTrustManagers.checksHostNames(trust));
        }
        options.proxy().ifPresent(p -> o.setProxyOptions(new ProxyOptions().setHost(p.getHostString()).setPort(p.getPort())));
        return o;
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        return policy.send(request);
    }

    /**
     * One attempt; the policy adds the deadline, the stale-connection retry and the wording. The
     * future completes on the completion executor, never on the event loop. Cancelling it resets
     * the request, which closes an HTTP/1.1 connection, so the server sees the exchange end.
     */
    private CompletableFuture<PveResponse> attempt(PveRequest request) {
        RequestOptions ro = new RequestOptions()
                .setMethod(io.vertx.core.http.HttpMethod.valueOf(request.method().name()))
                .setHost(host).setPort(port).setSsl(ssl).setURI(request.pathAndQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(options.requestTimeout().toMillis());
        request.headers().forEach((name, values) -> values.forEach(v -> ro.addHeader(name, v)));
        CompletableFuture<PveResponse> result = new CompletableFuture<>();
        exchange(ro, request, result, MAX_CLOSED_CONNECTIONS);
        return result;
    }

    /** Connections known closed that one attempt skips before it gives up; none of them carried a byte of it. */
    private static final int MAX_CLOSED_CONNECTIONS = 8;

    private void exchange(RequestOptions ro, PveRequest request, CompletableFuture<PveResponse> result, int closedLeft) {
        client.request(ro).onComplete(created -> {
            if (created.failed()) {
                onCompletionThread(() -> result.completeExceptionally(created.cause()));
                return;
            }
            HttpClientRequest req = created.result();
            if (closedConnections.isClosed(req.connection())) {
                // nothing was written: asking the pool again is safe for every method, a POST included
                req.reset();
                if (closedLeft > 0 && !result.isDone()) {
                    exchange(ro, request, result, closedLeft - 1);
                } else {
                    onCompletionThread(() -> result.completeExceptionally(new HttpClosedException("the pooled connections had closed")));
                }
                return;
            }
            result.whenComplete((r, e) -> {
                if (result.isCancelled()) {
                    req.reset(); // any thread: Vert.x runs it on the request's context
                }
            });
            if (result.isCancelled()) {
                return;
            }
            (request.bodyLength() == 0 ? req.send() : req.send(Buffer.buffer(request.body())))
                    .compose(response -> LimitedBody.read(response, options.maxResponseBytes())
                            .map(body -> toResponse(response, body)))
                    .onComplete(done -> {
                        if (done.succeeded()) {
                            onCompletionThread(() -> result.complete(done.result()));
                        } else {
                            req.reset(); // a body too large, or broken: this connection is done
                            onCompletionThread(() -> result.completeExceptionally(done.cause()));
                        }
                    });
        });
    }

    /** Completes off the event loop; after close, when the executor is gone, where it stands. */
    private void onCompletionThread(Runnable completing) {
        try {
            completion.execute(completing);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            completing.run(); // the policy already failed the caller's future; this only settles the attempt
        }
    }

    private static PveResponse toResponse(HttpClientResponse r, Buffer body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        r.headers().forEach(e -> headers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        byte[] bytes = body.getBytes();
        String reason = r.statusMessage();
        return reason == null ? PveResponse.of(r.statusCode(), headers, bytes)
                : PveResponse.withReasonPhrase(r.statusCode(), reason, headers, bytes);
    }

    /**
     * Vert.x's failures, by type alone: its timeouts are {@link java.util.concurrent.TimeoutException}s
     * (the policy knows those), Netty's connect timeout is a {@link ConnectException}, and a
     * connection closed under a request is an {@link HttpClosedException}.
     */
    static Kind classify(Throwable t) {
        if (t instanceof LimitedBody.TooLarge) {
            return Kind.TOO_LARGE;
        }
        if (t instanceof io.netty.channel.ConnectTimeoutException) {
            return Kind.CONNECT_TIMEOUT;
        }
        if (t instanceof ConnectException || t instanceof UnknownHostException) {
            return Kind.CONNECT_FAILED;
        }
        if (t instanceof SSLException || t.getCause() instanceof SSLException) {
            return Kind.TLS_FAILED;
        }
        if (t instanceof HttpClosedException) {
            return Kind.STALE_CONNECTION;
        }
        return Kind.BROKEN; // failures thrown while building the request never get here: the policy calls them NOT_SENT
    }

    @Override
    public String name() {
        return "vertx";
    }

    /**
     * Aborts every exchange in flight, then closes the HTTP client and Vert.x instance this
     * transport created; the caller's stay open.
     */
    @Override
    public void close() {
        if (!policy.close()) {
            return;
        }
        if (ownsClient) {
            client.close();
        }
        if (ownVertx != null) {
            try {
                ownVertx.close().toCompletionStage().toCompletableFuture()
                        .get(TransportPolicy.deadline(options).toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.debug("closing the transport's Vert.x instance failed", e);
            }
        }
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }

    /** @return the HTTP client requests go through */
    public HttpClient httpClient() {
        return client;
    }

    @Override
    public String toString() {
        return "VertxPveTransport[" + options.baseUri() + ", " + options.tlsTrust() + (policy.isClosed() ? ", closed" : "") + "]";
    }
}
