package io.github.pvetasks.spring.boot;

import io.github.pvetasks.monitor.MonitorRequest;
import io.github.pvetasks.monitor.TaskMonitorListener;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the monitor's requests by node, endpoint and outcome, for the actuator endpoint. */
public final class MonitorRequestCounter implements TaskMonitorListener {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Starts counting at zero. */
    public MonitorRequestCounter() {
    }

    @Override
    public void requestCompleted(MonitorRequest request) {
        String key = request.product() + "/" + request.node() + " " + request.endpoint().name().toLowerCase(java.util.Locale.ROOT)
                + (request.failure().isPresent() ? " failed" : " ok");
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** @return "product/node endpoint outcome" to count, sorted */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
