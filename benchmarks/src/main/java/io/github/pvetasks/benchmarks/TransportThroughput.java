package io.github.pvetasks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.github.pvetasks.transport.vertx.VertxPveTransport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Status requests per second through {@code PveClient} over each transport, against the simulator
 * on loopback (plain HTTP, so TLS does not hide client overhead), with 1, 16 and 128 requests in
 * flight, beside a bare {@code HttpClient} + Jackson doing the same request and reading the same
 * field. Every contender is warmed up first; then their rounds are interleaved (in a rotating
 * order, so none always runs first or last), and each figure is the median of the rounds with
 * their spread. A round issues requests for its time, then waits for every answer: only answers
 * that succeeded count, over the time until the last one arrived, and they must agree with the
 * number of requests the simulator itself served in that round within 2 %.
 */
final class TransportThroughput {

    /** One contender: a name and the call it makes. */
    private record Contender(String name, Supplier<CompletableFuture<?>> call) {
    }

    /** One round's figures. */
    private record Round(double perSecond, long answers, long served, long failed) {
    }

    private TransportThroughput() {
    }

    static int run(String[] args) throws Exception {
        double seconds = MonitorScale.intOption(args, "--round-millis", 2000) / 1000.0;
        int rounds = MonitorScale.intOption(args, "--rounds", 5);
        double warmUp = MonitorScale.intOption(args, "--warm-up-millis", 3000) / 1000.0;
        int[] levels = {1, 16, 128};
        Map<String, Double> medians = new LinkedHashMap<>();
        boolean agreed = true;
        System.out.printf(Locale.ROOT, "transport-throughput: %d interleaved rounds of %.1f s per contender after %.1f s of warm-up each;"
                + " median (min-max) answers per second; Java %s%n", rounds, seconds, warmUp, Runtime.version());
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).start()) {
            Upid upid = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofDays(1)));
            String token = "PVEAPIToken=" + sim.tokenId() + "=" + sim.tokenSecret();
            TransportOptions options = TransportOptions.builder(sim.baseUri()).build();
            for (int level : levels) {
                HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                try (PveClient jdk = client(sim, JdkPveTransport.builder(options).build());
                     PveClient vertx = client(sim, VertxPveTransport.builder(options).maxConnections(Math.max(8, level)).build())) {
                    List<Contender> contenders = List.of(
                            new Contender("baseline", baseline(bare, sim.baseUri(), upid, token)),
                            new Contender("jdk", () -> jdk.tasks().statusAsync(upid)),
                            new Contender("vertx", () -> vertx.tasks().statusAsync(upid)));
                    for (Contender c : contenders) {
                        round(sim, c, level, warmUp);
                    }
                    Map<String, List<Round>> results = new LinkedHashMap<>();
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < contenders.size(); i++) {
                            Contender c = contenders.get((i + r) % contenders.size()); // rotate who goes first
                            results.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(round(sim, c, level, seconds));
                        }
                    }
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "in flight %3d:", level));
                    for (Contender c : contenders) {
                        List<Round> rs = results.get(c.name());
                        double median = median(rs);
                        medians.put(c.name() + "_" + level, median);
                        long answers = rs.stream().mapToLong(Round::answers).sum();
                        long served = rs.stream().mapToLong(Round::served).sum();
                        long failed = rs.stream().mapToLong(Round::failed).sum();
                        boolean agrees = Math.abs(answers - served) <= 0.02 * served && failed == 0;
                        agreed &= agrees;
                        line.append(String.format(Locale.ROOT, "  %s %,7.0f/s (%,.0f-%,.0f)%s", c.name(), median,
                                rs.stream().mapToDouble(Round::perSecond).min().orElse(0), rs.stream().mapToDouble(Round::perSecond).max().orElse(0),
                                agrees ? "" : String.format(Locale.ROOT, " [counted %d, served %d, failed %d]", answers, served, failed)));
                    }
                    System.out.println(line);
                }
            }
        }
        StringBuilder summary = new StringBuilder("transport-throughput");
        medians.forEach((k, v) -> summary.append(String.format(Locale.ROOT, " %s=%.0f", k, v)));
        summary.append(String.format(Locale.ROOT, " jdk_vs_baseline_1=%.2f jdk_vs_baseline_128=%.2f vertx_vs_jdk_128=%.2f counts_agree=%s",
                medians.get("jdk_1") / medians.get("baseline_1"), medians.get("jdk_128") / medians.get("baseline_128"),
                medians.get("vertx_128") / medians.get("jdk_128"), agreed));
        System.out.println(summary);
        return agreed ? 0 : 1;
    }

    private static PveClient client(PveSimulator sim, io.github.pvetasks.core.spi.PveTransport transport) {
        return PveClient.builder().transport(transport).credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
    }

    /** The same request as a user would write it with the JDK's client and its defaults, reading the same field. */
    private static Supplier<CompletableFuture<?>> baseline(HttpClient http, URI base, Upid upid, String token) {
        ObjectMapper mapper = new ObjectMapper();
        String encoded = upid.toString().replace(":", "%3A").replace("@", "%40").replace("!", "%21");
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api2/json/nodes/" + upid.node() + "/tasks/" + encoded + "/status"))
                .header("Authorization", token).GET().build();
        return () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
            try {
                JsonNode data = mapper.readTree(r.body()).get("data");
                return data.get("status").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Keeps {@code level} requests in flight for {@code seconds}, then waits for every answer.
     * Counts the answers that succeeded, over the time until the last one, and what the simulator served meanwhile.
     */
    private static Round round(PveSimulator sim, Contender c, int level, double seconds) throws Exception {
        Semaphore inFlight = new Semaphore(level);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long served0 = sim.counters().count(Endpoint.TASK_STATUS);
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            inFlight.acquire();
            c.call().get().whenComplete((r, e) -> {
                (e == null ? ok : failed).incrementAndGet();
                inFlight.release();
            });
        }
        if (!inFlight.tryAcquire(level, 1, TimeUnit.MINUTES)) {
            throw new IllegalStateException(c.name() + ": answers still missing a minute after the round");
        }
        long elapsed = System.nanoTime() - t0;
        long served = sim.counters().count(Endpoint.TASK_STATUS) - served0;
        return new Round(ok.get() / (elapsed / 1e9), ok.get(), served, failed.get());
    }

    private static double median(List<Round> rounds) {
        double[] v = rounds.stream().mapToDouble(Round::perSecond).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
