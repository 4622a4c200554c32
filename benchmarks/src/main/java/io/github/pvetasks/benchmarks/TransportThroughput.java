package io.github.pvetasks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.github.pvetasks.transport.vertx.VertxPveTransport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Status requests per second through {@code PveClient} over each transport, against the simulator
 * on loopback (plain HTTP, so TLS does not hide client overhead), with 1, 16 and 128 requests in
 * flight, beside a bare {@code HttpClient} + Jackson doing the same request and reading the same field.
 */
final class TransportThroughput {

    private TransportThroughput() {
    }

    static int run(String[] args) throws Exception {
        int seconds = MonitorScale.intOption(args, "--seconds", 4);
        int[] levels = {1, 16, 128};
        Map<String, Double> results = new LinkedHashMap<>();
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).start()) {
            Upid upid = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofDays(1)));
            String token = "PVEAPIToken=" + sim.tokenId() + "=" + sim.tokenSecret();
            for (int level : levels) {
                TransportOptions options = TransportOptions.builder(sim.baseUri()).build();
                results.put("baseline_" + level, baseline(sim.baseUri(), upid, token, level, seconds));
                try (PveTransport jdk = JdkPveTransport.builder(options).build();
                     PveClient client = client(sim, jdk)) {
                    results.put("jdk_" + level, measure(() -> client.tasks().statusAsync(upid), level, seconds));
                }
                long served = sim.counters().count(io.github.pvetasks.simulator.Endpoint.TASK_STATUS);
                try (PveTransport vertx = VertxPveTransport.builder(options).maxConnections(Math.max(8, level)).build();
                     PveClient client = client(sim, vertx)) {
                    results.put("vertx_" + level, measure(() -> client.tasks().statusAsync(upid), level, seconds));
                }
                // the server's own count, to be sure every counted answer was a real exchange
                results.put("vertx_served_" + level, (double) (sim.counters().count(io.github.pvetasks.simulator.Endpoint.TASK_STATUS) - served)
                        / (seconds + 2));
                System.out.printf(Locale.ROOT, "in flight %3d: baseline %7.0f/s   jdk %7.0f/s (%.0f%% of baseline)   vertx %7.0f/s (%.2fx jdk)%n",
                        level, results.get("baseline_" + level), results.get("jdk_" + level),
                        100 * results.get("jdk_" + level) / results.get("baseline_" + level), results.get("vertx_" + level),
                        results.get("vertx_" + level) / results.get("jdk_" + level));
            }
        }
        StringBuilder line = new StringBuilder("transport-throughput");
        results.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s=%.0f", k, v)));
        line.append(String.format(Locale.ROOT, " jdk_vs_baseline_128=%.2f vertx_vs_jdk_128=%.2f",
                results.get("jdk_128") / results.get("baseline_128"), results.get("vertx_128") / results.get("jdk_128")));
        System.out.println(line);
        return 0;
    }

    private static PveClient client(PveSimulator sim, PveTransport transport) {
        return PveClient.builder().transport(transport).credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
    }

    private static double baseline(URI base, Upid upid, String token, int level, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper mapper = new ObjectMapper();
        String encoded = upid.toString().replace(":", "%3A").replace("@", "%40").replace("!", "%21");
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api2/json/nodes/" + upid.node() + "/tasks/" + encoded + "/status"))
                .header("Authorization", token).GET().build();
        return measure(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
            try {
                JsonNode data = mapper.readTree(r.body()).get("data");
                return data.get("status").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), level, seconds);
    }

    /** Keeps {@code level} requests in flight; warms up for 2 s, then counts completions for the given time. */
    private static double measure(Supplier<CompletableFuture<?>> call, int level, int seconds) throws Exception {
        Semaphore inFlight = new Semaphore(level);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        long countAtWarm = -1;
        while (System.nanoTime() < end) {
            if (countAtWarm < 0 && System.nanoTime() >= warmEnd) {
                countAtWarm = done.get();
            }
            inFlight.acquire();
            call.get().whenComplete((r, e) -> {
                if (e != null) {
                    failed.incrementAndGet();
                }
                done.incrementAndGet();
                inFlight.release();
            });
        }
        inFlight.acquire(level);
        if (failed.get() > 0) {
            System.out.println("  (" + failed.get() + " requests failed)");
        }
        return (done.get() - Math.max(0, countAtWarm)) / (double) seconds;
    }
}
