package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.PveTransportProvider;
import io.github.pvetasks.core.spi.TransportOptions;

import java.util.concurrent.CompletableFuture;

/** Providers registered in this module's test META-INF/services, to prove discovery works. */
public final class TestTransportProviders {

    private TestTransportProviders() {
    }

    /** What discovered test transports answer; null fails every exchange. */
    public static volatile java.util.function.Function<PveRequest, PveResponse> handler;

    /** A transport that remembers its options. */
    static final class Recording implements PveTransport {
        final String name;
        final TransportOptions options;
        volatile boolean closed;

        Recording(String name, TransportOptions options) {
            this.name = name;
            this.options = options;
        }

        @Override
        public CompletableFuture<PveResponse> send(PveRequest request) {
            java.util.function.Function<PveRequest, PveResponse> h = handler;
            return h == null ? CompletableFuture.failedFuture(new UnsupportedOperationException("no test handler"))
                    : CompletableFuture.completedFuture(h.apply(request));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A provider with a given name and priority. */
    public static class Named implements PveTransportProvider {
        private final String name;
        private final int priority;

        Named(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public PveTransport create(TransportOptions options) {
            return new Recording(name, options);
        }
    }

    /** Low priority. */
    public static final class Low extends Named {
        /** For ServiceLoader. */
        public Low() {
            super("test-low", 1);
        }
    }

    /** High priority. */
    public static final class High extends Named {
        /** For ServiceLoader. */
        public High() {
            super("test-high", 5);
        }
    }
}
