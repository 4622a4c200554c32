package io.github.pvetasks.core.spi;

/**
 * Creates a {@link PveTransport}; found with {@link java.util.ServiceLoader}. Register an
 * implementation in {@code META-INF/services/io.github.pvetasks.core.spi.PveTransportProvider}.
 *
 * <p>When a client is built without an explicit transport, core picks: the provider named by
 * the system property {@code pvetasks.transport}; otherwise the one with the highest
 * {@link #priority()} (ties are broken by name, with a warning).
 */
public interface PveTransportProvider {

    /** @return the provider's unique short name, such as {@code jdk} or {@code vertx} */
    String name();

    /** @return the preference when several providers are on the class path; higher wins */
    int priority();

    /**
     * @param options where and how to connect
     * @return a new transport, owned by the caller
     */
    PveTransport create(TransportOptions options);
}
