package io.github.pvetasks.transport.vertx;

import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.PveTransportProvider;
import io.github.pvetasks.core.spi.TransportOptions;

/** Registers the Vert.x transport as {@code vertx}, preferred over {@code jdk} when both are present. */
public final class VertxPveTransportProvider implements PveTransportProvider {

    /** Above the JDK transport's, so adding this jar switches transports with no code change. */
    public static final int PRIORITY = 20;

    /** For ServiceLoader. */
    public VertxPveTransportProvider() {
    }

    @Override
    public String name() {
        return "vertx";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public PveTransport create(TransportOptions options) {
        return VertxPveTransport.builder(options).build();
    }
}
