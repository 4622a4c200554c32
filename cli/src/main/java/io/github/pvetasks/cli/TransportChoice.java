package io.github.pvetasks.cli;

import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.github.pvetasks.transport.vertx.VertxPveTransport;

/**
 * The transports the CLI ships, named as their providers register themselves; as an option type
 * it makes picocli reject any other name with the list of valid ones.
 */
enum TransportChoice {
    jdk {
        @Override
        PveTransport create(TransportOptions options) {
            return JdkPveTransport.builder(options).build();
        }
    },
    vertx {
        @Override
        PveTransport create(TransportOptions options) {
            return VertxPveTransport.builder(options).build();
        }
    };

    /** The system property by which core's transport discovery picks a provider by name. */
    static final String DISCOVERY_PROPERTY = "pvetasks.transport";

    abstract PveTransport create(TransportOptions options);
}
