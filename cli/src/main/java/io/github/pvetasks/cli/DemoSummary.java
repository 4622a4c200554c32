package io.github.pvetasks.cli;

import io.github.pvetasks.metrics.PveMeterNames;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The demo's closing table: the meters as a registry would export them. */
final class DemoSummary {

    private DemoSummary() {
    }

    static void print(PrintWriter out, SimpleMeterRegistry registry, double seconds) {
        out.printf("%n== Meters (Micrometer, as a registry would export them)%n");
        for (Timer t : registry.find(PveMeterNames.TASKS).timers()) {
            out.printf(Locale.ROOT, "   %-4s %-9s %-16s %3d tasks, mean %6.1f s (simulated)%n", t.getId().getTag("product"),
                    t.getId().getTag("outcome"), t.getId().getTag("type"), t.count(), t.mean(TimeUnit.SECONDS));
        }
        double requests = registry.find(PveMeterNames.HTTP_CLIENT_REQUESTS).timers().stream().mapToLong(Timer::count).sum();
        out.printf(Locale.ROOT, "   monitor requests by endpoint:");
        java.util.Map<String, Long> byEndpoint = new java.util.TreeMap<>();
        for (Timer t : registry.find(PveMeterNames.MONITOR_REQUESTS).timers()) {
            byEndpoint.merge(t.getId().getTag("endpoint"), t.count(), Long::sum);
        }
        byEndpoint.forEach((endpoint, n) -> out.printf(Locale.ROOT, " %s=%d", endpoint, n));
        out.printf(Locale.ROOT, "%n   HTTP exchanges: %.0f in %.1f s of wall time%n", requests, seconds);
    }
}
