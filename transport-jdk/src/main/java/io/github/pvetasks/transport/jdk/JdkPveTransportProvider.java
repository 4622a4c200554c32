package io.github.pvetasks.transport.jdk;

import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.PveTransportProvider;
import io.github.pvetasks.core.spi.TransportOptions;

/** Registers the JDK transport as {@code jdk}, the default when no other transport is present. */
public final class JdkPveTransportProvider implements PveTransportProvider {

    /** The priority: below Vert.x's, so adding the Vert.x adapter switches to it. */
    public static final int PRIORITY = 10;

    /** For ServiceLoader. */
    public JdkPveTransportProvider() {
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public PveTransport create(TransportOptions options) {
        return JdkPveTransport.builder(options).build();
    }
}
