package io.github.pvetasks.simulator;

import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.ForwardingPveTransport;
import io.github.pvetasks.core.spi.PveTransport;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps any transport and records, per node (from the request path), the most requests that were
 * ever in flight at once: the witness for a client's or monitor's per-node limit.
 *
 * <pre>{@code
 * InFlightRecorder recorder = new InFlightRecorder(JdkPveTransport.builder(options).build());
 * PveClient client = PveClient.builder().transport(recorder)...build();
 * assertThat(recorder.maxInFlight("pve1")).isLessThanOrEqualTo(2);
 * }</pre>
 */
public final class InFlightRecorder extends ForwardingPveTransport {

    private static final Pattern NODE = Pattern.compile("/nodes/([^/]+)/");

    private final Map<String, AtomicInteger> now = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> max = new ConcurrentHashMap<>();

    /**
     * @param delegate the transport to watch; closing the recorder closes it
     */
    public InFlightRecorder(PveTransport delegate) {
        super(delegate);
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        Matcher m = NODE.matcher(request.path());
        String node = m.find() ? m.group(1) : "";
        int n = now.computeIfAbsent(node, k -> new AtomicInteger()).incrementAndGet();
        max.computeIfAbsent(node, k -> new AtomicInteger()).accumulateAndGet(n, Math::max);
        return delegate().send(request).whenComplete((r, e) -> now.get(node).decrementAndGet());
    }

    /**
     * @param node a node name
     * @return the most requests to it that were in flight at once (0 if none was sent)
     */
    public int maxInFlight(String node) {
        AtomicInteger m = max.get(node);
        return m == null ? 0 : m.get();
    }

    /** @return the most requests to each node in flight at once, by node name */
    public Map<String, Integer> maxima() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        max.forEach((node, m) -> out.put(node, m.get()));
        return out;
    }


}
