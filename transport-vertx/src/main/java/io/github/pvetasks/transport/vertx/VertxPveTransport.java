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
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.TrustOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
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
 * A {@link PveTransport} on the Vert.x 5 Web Client, for applications that already run Vert.x
 * (or Quarkus). Build it with {@link #builder(TransportOptions)}; thread-safe.
 *
 * <p>It never blocks an event loop, and its futures complete on a completion executor (its own
 * daemon threads by default, or one the caller gives), never on the event loop, so code chained
 * on them may block safely. Unlike the JDK client it reads reason phrases, where servers before
 * PVE 8.3 put their error messages. Pooled connections expire after 4 s idle, before pveproxy's
 * 5 s; the deadline, the one retry of a GET on a stale connection and the failure messages are
 * the {@link TransportPolicy}'s, the same for every adapter.
 */
public final class VertxPveTransport implements PveTransport {

    private static final Logger LOG = LoggerFactory.getLogger(VertxPveTransport.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** Below pveproxy's 5 s idle timeout, so the pool drops connections before the server does. */
    static final int KEEP_ALIVE_SECONDS = 4;

    private final WebClient client;
    private final Vertx ownVertx;
    private final boolean ownsClient;
    private final ExecutorService ownExecutor;
    private final Executor completion;
    private final TransportOptions options;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final TransportPolicy policy;

    private VertxPveTransport(WebClient client, Vertx ownVertx, boolean ownsClient, ExecutorService ownExecutor,
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
        private WebClient webClient;
        private Executor executor;
        private int maxConnections = 16;

        private Builder(TransportOptions options) {
            this.options = options;
        }

        /**
         * Uses the caller's Vert.x instance (left open on close); the transport makes its own
         * Web Client on it with the options' TLS and timeouts.
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
         * Sends through the caller's Web Client (left open on close): its TLS, proxy and pool
         * settings apply; the request timeout and size limit still come from the options.
         *
         * @param client the Web Client
         * @return this builder
         */
        public Builder webClient(WebClient client) {
            if (client == null) {
                throw new IllegalArgumentException("Web Client must not be null");
            }
            this.webClient = client;
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
                own = DaemonThreads.cachedPool("pve-tasks-vertx-" + n);
                completion = own;
            }
            if (webClient != null) {
                return new VertxPveTransport(webClient, null, false, own, completion, options);
            }
            Vertx v = vertx;
            Vertx ownVertx = null;
            if (v == null) {
                ownVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2));
                v = ownVertx;
            }
            return new VertxPveTransport(WebClient.create(v, clientOptions(options),
                    new PoolOptions().setHttp1MaxSize(maxConnections)), ownVertx, true, own, completion, options);
        }
    }

    static WebClientOptions clientOptions(TransportOptions options) {
        TlsTrust trust = options.tlsTrust();
        WebClientOptions o = new WebClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
                .setTcpNoDelay(true)
                .setFollowRedirects(false);
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
     * future completes on the completion executor, never on the event loop.
     */
    private CompletableFuture<PveResponse> attempt(PveRequest request) {
        HttpRequest<Buffer> r = client.request(io.vertx.core.http.HttpMethod.valueOf(request.method().name()), port, host,
                request.pathAndQuery()).ssl(ssl).idleTimeout(options.requestTimeout().toMillis())
                .timeout(options.requestTimeout().toMillis());
        request.headers().forEach((name, values) -> r.putHeader(name, values));
        HttpRequest<Buffer> limited = r.as(new LimitedBodyCodec(options.maxResponseBytes()));
        Future<HttpResponse<Buffer>> sent = request.bodyLength() == 0 ? limited.send() : limited.sendBuffer(Buffer.buffer(request.body()));
        CompletableFuture<PveResponse> result = new CompletableFuture<>();
        sent.onComplete(ar -> {
            if (ar.succeeded()) {
                PveResponse response = toResponse(ar.result());
                completion.execute(() -> result.complete(response));
            } else {
                completion.execute(() -> result.completeExceptionally(ar.cause()));
            }
        });
        return result;
    }

    private static PveResponse toResponse(HttpResponse<Buffer> r) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        r.headers().forEach(e -> headers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Buffer body = r.body();
        byte[] bytes = body == null ? new byte[0] : body.getBytes();
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
        if (t instanceof LimitedBodyCodec.TooLarge) {
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

    /** Closes the Web Client and Vert.x instance this transport created; the caller's stay open. */
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
                ownVertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debug("closing the transport's Vert.x instance failed", e);
            }
        }
        if (ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }

    /** @return the Web Client requests go through */
    public WebClient webClient() {
        return client;
    }

    @Override
    public String toString() {
        return "VertxPveTransport[" + options.baseUri() + ", " + options.tlsTrust() + (policy.isClosed() ? ", closed" : "") + "]";
    }
}
