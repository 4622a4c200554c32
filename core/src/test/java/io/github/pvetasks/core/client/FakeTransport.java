package io.github.pvetasks.core.client;

import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** An in-memory transport: records every request and answers through a handler. */
final class FakeTransport implements PveTransport {

    private final List<PveRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<PveRequest, CompletableFuture<PveResponse>> handler =
            r -> CompletableFuture.completedFuture(json(501, "{\"data\":null}"));
    volatile boolean closed;

    FakeTransport answer(Function<PveRequest, PveResponse> h) {
        this.handler = r -> CompletableFuture.completedFuture(h.apply(r));
        return this;
    }

    FakeTransport answerAsync(Function<PveRequest, CompletableFuture<PveResponse>> h) {
        this.handler = h;
        return this;
    }

    List<PveRequest> requests() {
        return new ArrayList<>(requests);
    }

    PveRequest last() {
        return requests.get(requests.size() - 1);
    }

    static PveResponse json(int status, String body) {
        return PveResponse.of(status,
                Map.of("Content-Type", List.of("application/json;charset=UTF-8")), body.getBytes(StandardCharsets.UTF_8));
    }

    static PveResponse ok(String body) {
        return json(200, body);
    }

    /** An error as a pre-2025 server sends it: message only in the reason phrase (lost by the JDK client). */
    static PveResponse error(int status, Optional<String> reason, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return reason.isPresent() ? PveResponse.withReasonPhrase(status, reason.get(), Map.of(), bytes)
                : PveResponse.of(status, Map.of(), bytes);
    }

    static String body(PveRequest r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        requests.add(request);
        return handler.apply(request);
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public void close() {
        closed = true;
    }
}
