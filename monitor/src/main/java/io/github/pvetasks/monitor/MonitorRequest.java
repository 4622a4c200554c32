package io.github.pvetasks.monitor;


import java.time.Duration;
import java.util.Optional;

/** One request the monitor made: where, what, how long, and its failure if it failed. Immutable. */
public final class MonitorRequest {

    private final String product;
    private final String node;
    private final TaskMonitorListener.Endpoint endpoint;
    private final Duration latency;
    private final Throwable failure;

    private MonitorRequest(String product, String node, TaskMonitorListener.Endpoint endpoint, Duration latency, Throwable failure) {
        this.product = product;
        this.node = node;
        this.endpoint = endpoint;
        this.latency = latency;
        this.failure = failure;
    }

    /**
     * @param product the product asked ({@code pve})
     * @param node the node asked
     * @param endpoint what was asked
     * @param latency from sending to the answer
     * @return a request that succeeded
     */
    public static MonitorRequest succeeded(String product, String node, TaskMonitorListener.Endpoint endpoint, Duration latency) {
        return new MonitorRequest(Arguments.requireNonNull(product, "product"), Arguments.requireNonNull(node, "node"),
                Arguments.requireNonNull(endpoint, "endpoint"), Arguments.requireNonNull(latency, "latency"), null);
    }

    /**
     * @param product the product asked
     * @param node the node asked
     * @param endpoint what was asked
     * @param latency from sending to the failure
     * @param failure why it failed
     * @return a request that failed
     */
    public static MonitorRequest failed(String product, String node, TaskMonitorListener.Endpoint endpoint, Duration latency,
                                        Throwable failure) {
        MonitorRequest ok = succeeded(product, node, endpoint, latency);
        return new MonitorRequest(ok.product, ok.node, ok.endpoint, ok.latency, Arguments.requireNonNull(failure, "failure"));
    }

    /** @return the product asked ({@code pve}) */
    public String product() {
        return product;
    }

    /** @return the node asked */
    public String node() {
        return node;
    }

    /** @return what was asked */
    public TaskMonitorListener.Endpoint endpoint() {
        return endpoint;
    }

    /** @return from sending to the answer or the failure */
    public Duration latency() {
        return latency;
    }

    /** @return the failure, empty when an answer came */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        return "MonitorRequest[" + product + " " + node + " " + endpoint + " " + latency.toMillis() + " ms"
                + (failure == null ? "" : " failed: " + failure.getClass().getSimpleName()) + "]";
    }
}
