package io.github.pvetasks.transport.vertx;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;

/** Collects a response body up to a limit; beyond it the read fails and reading stops. */
final class LimitedBody {

    /** The body was larger than allowed. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the response body exceeds the maximum response size of " + limit + " bytes", null, false, false);
        }
    }

    private LimitedBody() {
    }

    /**
     * Reads the whole body of a response, failing as soon as it passes the limit (the caller
     * then resets the request, so the rest is never read).
     *
     * @param response the response, not yet read
     * @param limit the most bytes accepted
     * @return the body, or a failure: {@link TooLarge}, or the connection's own
     */
    static Future<Buffer> read(HttpClientResponse response, long limit) {
        Promise<Buffer> result = Promise.promise();
        Buffer body = Buffer.buffer();
        response.exceptionHandler(result::tryFail);
        response.handler(chunk -> {
            if (result.future().isComplete()) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                result.tryFail(new TooLarge(limit));
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(v -> result.tryComplete(body));
        return result.future();
    }
}
