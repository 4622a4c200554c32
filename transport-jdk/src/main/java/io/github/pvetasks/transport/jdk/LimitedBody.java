package io.github.pvetasks.transport.jdk;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A body subscriber that collects bytes up to a limit and fails the exchange beyond it. */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than allowed. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the response body exceeds the maximum response size of " + limit + " bytes");
        }
    }

    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    private LimitedBody(long limit) {
        this.limit = limit;
    }

    static HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, long limit) {
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (announced > limit) {
            HttpResponse.BodySubscriber<byte[]> refuse = HttpResponse.BodySubscribers.replacing(null);
            return new HttpResponse.BodySubscriber<>() {
                @Override
                public CompletionStage<byte[]> getBody() {
                    return CompletableFuture.failedFuture(new TooLarge(limit));
                }

                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.cancel();
                    refuse.onSubscribe(s);
                }

                @Override
                public void onNext(List<ByteBuffer> item) {
                }

                @Override
                public void onError(Throwable throwable) {
                }

                @Override
                public void onComplete() {
                }
            };
        }
        return new LimitedBody(limit);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            size += b.remaining();
            parts.add(b);
        }
        if (size > limit) {
            parts.clear();
            subscription.cancel();
            result.completeExceptionally(new TooLarge(limit));
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        byte[] out = new byte[(int) size];
        int pos = 0;
        for (ByteBuffer b : parts) {
            int n = b.remaining();
            b.get(out, pos, n);
            pos += n;
        }
        result.complete(out);
    }
}
