package io.github.pvetasks.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many requests the simulator received, by endpoint and node. Thread-safe. */
public final class RequestCounters {

    private static final String CLUSTER = "";
    private final Map<Endpoint, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    void count(Endpoint e, Optional<String> node) {
        counts.computeIfAbsent(e, k -> new ConcurrentHashMap<>()).computeIfAbsent(node.orElse(CLUSTER), k -> new LongAdder()).increment();
    }

    /**
     * @param endpoint an endpoint
     * @return requests to it, on any node
     */
    public long count(Endpoint endpoint) {
        Map<String, LongAdder> m = counts.get(endpoint);
        return m == null ? 0 : m.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /**
     * @param endpoint an endpoint
     * @param node a node name (the node in the request path)
     * @return requests to it for that node
     */
    public long count(Endpoint endpoint, String node) {
        Map<String, LongAdder> m = counts.get(endpoint);
        LongAdder a = m == null ? null : m.get(node);
        return a == null ? 0 : a.sum();
    }

    /** @return all requests */
    public long total() {
        long sum = 0;
        for (Endpoint e : Endpoint.values()) {
            sum += count(e);
        }
        return sum;
    }

    /** Sets every counter back to zero. */
    public void reset() {
        counts.clear();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RequestCounters[");
        for (Endpoint e : Endpoint.values()) {
            long n = count(e);
            if (n > 0) {
                sb.append(e).append('=').append(n).append(' ');
            }
        }
        return sb.toString().strip() + "]";
    }
}
