package io.github.pvetasks.testkit;

import io.github.pvetasks.simulator.TestCertificates;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.KeyCertOptions;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A programmable HTTP(S) server for transport tests: it records every request exactly as it
 * arrived (raw URI, headers, body bytes) and answers as the test says, including answers that
 * real networks produce: a reset connection, no answer at all, a slow answer.
 */
public final class ContractServer implements AutoCloseable {

    /** A request as it arrived. */
    public record Recorded(String method, String rawUri, Map<String, List<String>> headers, byte[] body) {
        /**
         * @param name a header name, any case
         * @return its first value, or null
         */
        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    /** How to answer. */
    public static final class Reply {
        final int status;
        final String reason;
        final Map<String, String> headers;
        final byte[] body;
        final boolean reset;
        final boolean silent;
        final Duration delay;
        final CountDownLatch gate;
        final boolean closeAfter;

        private Reply(int status, String reason, Map<String, String> headers, byte[] body, boolean reset, boolean silent,
                Duration delay, CountDownLatch gate, boolean closeAfter) {
            this.status = status;
            this.reason = reason;
            this.headers = headers;
            this.body = body;
            this.reset = reset;
            this.silent = silent;
            this.delay = delay;
            this.gate = gate;
            this.closeAfter = closeAfter;
        }

        /**
         * @param status the status
         * @param reason the reason phrase
         * @param body the body
         * @return a normal answer
         */
        public static Reply of(int status, String reason, byte[] body) {
            return new Reply(status, reason, Map.of(), body, false, false, Duration.ZERO, null, false);
        }

        /**
         * @param json a JSON body
         * @return a 200 answer with that body
         */
        public static Reply json(String json) {
            return of(200, "OK", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).header("Content-Type", "application/json;charset=UTF-8");
        }

        /** @return closing the connection without an answer, after the request arrived */
        public static Reply reset() {
            return new Reply(0, "", Map.of(), new byte[0], true, false, Duration.ZERO, null, false);
        }

        /** @return no answer ever (until the server closes) */
        public static Reply silence() {
            return new Reply(0, "", Map.of(), new byte[0], false, true, Duration.ZERO, null, false);
        }

        /**
         * @param name a header
         * @param value its value
         * @return a copy with the header added
         */
        public Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, reason, java.util.Collections.unmodifiableMap(more), body, reset, silent, delay, gate, closeAfter);
        }

        /**
         * Closes the connection right after answering without announcing it, as pveproxy does
         * with idle keep-alive connections: a client that reuses it finds it dead.
         *
         * @return a copy that closes the connection after answering
         */
        public Reply thenCloseSilently() {
            return new Reply(status, reason, headers, body, reset, silent, delay, gate, true);
        }

        /**
         * @param d how long to wait before answering
         * @return a copy that answers late
         */
        public Reply after(Duration d) {
            return new Reply(status, reason, headers, body, reset, silent, d, gate, closeAfter);
        }

        /**
         * @param latch answered only once this latch is released
         * @return a copy held back by the latch
         */
        public Reply heldBy(CountDownLatch latch) {
            return new Reply(status, reason, headers, body, reset, silent, delay, latch, closeAfter);
        }
    }

    private final Vertx vertx;
    private final HttpServer server;
    private final URI baseUri;
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private volatile Function<Recorded, Reply> handler = r -> Reply.json("{\"data\":null}");

    private ContractServer(TestCertificates.Issued cert) {
        this.vertx = Vertx.vertx();
        HttpServerOptions o = new HttpServerOptions().setHost("127.0.0.1").setPort(0);
        if (cert != null) {
            o.setSsl(true).setKeyCertOptions(KeyCertOptions.wrap(cert.keyManagerFactory()));
        }
        try {
            this.server = vertx.createHttpServer(o).requestHandler(this::handle).listen()
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("contract server could not start: " + e, e);
        }
        this.baseUri = URI.create((cert == null ? "http" : "https") + "://127.0.0.1:" + server.actualPort());
    }

    /** @return a plain HTTP server */
    public static ContractServer http() {
        return new ContractServer(null);
    }

    /**
     * @param certificate the certificate (chain) to present
     * @return an HTTPS server
     */
    public static ContractServer https(TestCertificates.Issued certificate) {
        return new ContractServer(certificate);
    }

    /** @return {@code http(s)://127.0.0.1:<port>} */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * @param h how to answer each request
     * @return this server
     */
    public ContractServer answer(Function<Recorded, Reply> h) {
        this.handler = h;
        return this;
    }

    /** @return every request so far */
    public List<Recorded> requests() {
        return new ArrayList<>(recorded);
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(body -> {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            req.headers().forEach(e -> headers.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e.getValue()));
            Recorded r = new Recorded(req.method().name(), req.uri(), headers, body.getBytes());
            recorded.add(r);
            Reply reply = handler.apply(r);
            if (reply.gate != null) {
                vertx.executeBlocking(() -> reply.gate.await(60, TimeUnit.SECONDS), false).onComplete(x -> reply(req, reply));
            } else if (!reply.delay.isZero()) {
                vertx.setTimer(reply.delay.toMillis(), id -> reply(req, reply));
            } else {
                reply(req, reply);
            }
        });
    }

    private void reply(HttpServerRequest req, Reply reply) {
        if (reply.silent) {
            return;
        }
        if (reply.reset) {
            req.connection().close();
            return;
        }
        var resp = req.response().setStatusCode(reply.status).setStatusMessage(reply.reason);
        reply.headers.forEach(resp::putHeader);
        if (reply.closeAfter) {
            resp.end(Buffer.buffer(reply.body)).onComplete(v -> req.connection().close());
        } else {
            resp.end(Buffer.buffer(reply.body));
        }
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        vertx.close();
    }
}
