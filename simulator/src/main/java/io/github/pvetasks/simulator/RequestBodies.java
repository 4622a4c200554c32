package io.github.pvetasks.simulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

import java.util.function.BiConsumer;

/** How both flavours' HTTP faces take a request: read its whole body, then dispatch it. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * @param req the request
     * @param dispatch what answers it, given its body
     * @param onBug answers it when dispatching throws (a simulator bug must not leave the client waiting)
     */
    static void thenDispatch(HttpServerRequest req, BiConsumer<HttpServerRequest, Buffer> dispatch,
            BiConsumer<HttpServerRequest, RuntimeException> onBug) {
        req.body().onComplete(ar -> {
            if (ar.failed()) {
                req.connection().close();
                return;
            }
            try {
                dispatch.accept(req, ar.result());
            } catch (RuntimeException e) {
                onBug.accept(req, e);
            }
        });
    }
}
