package io.github.pvetasks.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real node's service capacity: protected calls (status, log, stop, task starts) run in one of
 * pvedaemon's 3 workers, list calls in pveproxy's; each takes a service time. A request waits for
 * the earliest free worker, so load shows up as queueing, as on a real node. Thread-safe.
 */
final class ServiceModel {

    static final int WORKERS = 3;

    private final Duration daemonTime;
    private final Duration proxyTime;
    private final Map<String, long[]> freeAt = new HashMap<>();

    ServiceModel(Duration daemonTime, Duration proxyTime) {
        this.daemonTime = daemonTime;
        this.proxyTime = proxyTime;
    }

    /** @return how long (wall time) until the request has been served */
    synchronized Duration admit(String node, Endpoint endpoint) {
        boolean daemon = endpoint.servedByDaemon();
        long[] workers = freeAt.computeIfAbsent(node + (daemon ? "/daemon" : "/proxy"), k -> new long[WORKERS]);
        long now = System.nanoTime();
        int best = 0;
        for (int i = 1; i < workers.length; i++) {
            if (workers[i] < workers[best]) {
                best = i;
            }
        }
        long begin = Math.max(now, workers[best]);
        long done = begin + (daemon ? daemonTime : proxyTime).toNanos();
        workers[best] = done;
        return Duration.ofNanos(done - now);
    }
}
