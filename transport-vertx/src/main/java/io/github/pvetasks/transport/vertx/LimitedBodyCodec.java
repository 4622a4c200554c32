package io.github.pvetasks.transport.vertx;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;

/** Collects a response body up to a limit; beyond it the exchange fails and reading stops. */
final class LimitedBodyCodec implements BodyCodec<Buffer> {

    /** The body was larger than allowed. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the response body exceeds the maximum response size of " + limit + " bytes", null, false, false);
        }
    }

    private final long limit;

    LimitedBodyCodec(long limit) {
        this.limit = limit;
    }

    @Override
    public BodyStream<Buffer> stream() {
        return new Stream(limit);
    }

    private static final class Stream implements BodyStream<Buffer> {
        private final long limit;
        private final Buffer buffer = Buffer.buffer();
        private final Promise<Buffer> result = Promise.promise();
        private Handler<Throwable> exceptionHandler;

        Stream(long limit) {
            this.limit = limit;
        }

        @Override
        public Future<Buffer> result() {
            return result.future();
        }

        @Override
        public void handle(Throwable failure) {
            result.tryFail(failure);
        }

        @Override
        public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            this.exceptionHandler = handler;
            return this;
        }

        @Override
        public Future<Void> write(Buffer data) {
            if (result.future().isComplete()) {
                return Future.failedFuture(result.future().cause() != null ? result.future().cause() : new IllegalStateException("ended"));
            }
            if ((long) buffer.length() + data.length() > limit) {
                TooLarge tooLarge = new TooLarge(limit);
                result.tryFail(tooLarge);
                if (exceptionHandler != null) {
                    exceptionHandler.handle(tooLarge);
                }
                return Future.failedFuture(tooLarge);
            }
            buffer.appendBuffer(data);
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> end() {
            result.tryComplete(buffer);
            return Future.succeededFuture();
        }

        @Override
        public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
            return this;
        }

        @Override
        public boolean writeQueueFull() {
            return false;
        }

        @Override
        public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
            return this;
        }
    }
}
