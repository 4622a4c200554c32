package io.github.pvetasks.benchmarks;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.InFlightRecorder;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The monitor's promises at scale, in two parts. First, many random scenarios (the same
 * generator and checks as the property test {@code MonitorPromisesPropertyTest}, with more tasks
 * and far more seeds): every failure path, in simulated time. Second, 2,000 tasks on 8 simulator
 * nodes over about three simulated hours, through injected latency, 5 % HTTP 500/595/596,
 * connection resets, a node down for ten simulated minutes, ticket expiry and renewal, and stops
 * of random tasks; every handle must end with exactly the outcome the simulator recorded. The
 * last line says {@code lost=0 wrong=0 hung=0 leaked=0 over_limit=0} or the run exits 1.
 */
final class FaultSoak {

    private FaultSoak() {
    }

    static int run(String[] args) throws Exception {
        int scenarios = MonitorScale.intOption(args, "--scenarios", 200);
        io.github.pvetasks.benchmarks.scenario.ScenarioReport total = new io.github.pvetasks.benchmarks.scenario.ScenarioReport();
        long s0 = System.nanoTime();
        for (int seed = 1; seed <= scenarios; seed++) {
            total.add(io.github.pvetasks.benchmarks.scenario.ScenarioRunner.run(
                    io.github.pvetasks.benchmarks.scenario.ScenarioPlan.generate(1_000_000L + seed, 40)));
        }
        total.violations.forEach(v -> System.out.println("VIOLATION " + v));
        System.out.printf(Locale.ROOT, "scenarios: %d random scenarios in %.1f s: %s%n", scenarios, (System.nanoTime() - s0) / 1e9, total);
        int soak = soak(args, total);
        System.out.printf(Locale.ROOT, "fault-soak scenarios=%d watches=%d lost=%d wrong=%d hung=%d leaked=%d over_limit=%d%n",
                scenarios, total.watches, total.lost, total.wrong, total.hung, total.leaked, total.overLimit);
        return total.clean() && soak == 0 ? 0 : 1;
    }

    private static int soak(String[] args, io.github.pvetasks.benchmarks.scenario.ScenarioReport total) throws Exception {
        int n = MonitorScale.intOption(args, "--tasks", 2000);
        int k = MonitorScale.intOption(args, "--nodes", 8);
        double scale = 600; // ten simulated minutes per second
        String[] nodes = new String[k];
        for (int i = 0; i < k; i++) {
            nodes[i] = "pve" + (i + 1);
        }
        Random random = new Random(2026);
        long t0 = System.nanoTime();
        try (PveSimulator sim = PveSimulator.builder().nodes(nodes).timeScale(scale).unauthorizedDelay(Duration.ofMillis(50)).seed(7).start();
             InFlightRecorder transport = new InFlightRecorder(JdkPveTransport.builder(TransportOptions.builder(sim.baseUri())
                     .tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow())).build()).build());
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).transport(transport)
                     .credentials(Credentials.password(sim.user(), sim.password())).clock(sim.clock()).build();
             TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build()) {
            // the monitor follows simulated time: the longest task runs 3 simulated hours
            WaitPolicy policy = WaitPolicy.builder().timeout(Duration.ofHours(4))
                    .backoff(Backoff.exponential(Duration.ofMillis(100), 1.5, Duration.ofMillis(600))).build();
            List<Upid> upids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(60 + random.nextInt(3 * 3600)))
                        .line(Duration.ofSeconds(1), "task " + i + " starting");
                switch (random.nextInt(10)) {
                    case 0: b.endsWithWarnings(1 + random.nextInt(3)); break;
                    case 1: b.endsWithError("simulated failure " + i); break;
                    case 2: b.endsKilled(); break;
                    default: b.endsOk();
                }
                if (random.nextInt(20) == 0) {
                    b.ignoresTerm();
                }
                upids.add(sim.startTask(nodes[i % k], random.nextBoolean() ? "qmclone" : "vzdump", Integer.toString(100 + i), sim.user(), b.build()));
            }
            sim.inject(Fault.latency(Duration.ofMillis(30)).withProbability(0.05));
            sim.inject(Fault.status(500, "simulated internal error").withProbability(0.017));
            sim.inject(Fault.status(595, "Connection refused").withProbability(0.017));
            sim.inject(Fault.status(596, "Connection timed out").withProbability(0.017));
            sim.inject(Fault.connectionReset().withProbability(0.01));

            List<TaskHandle> handles = monitor.watchAll(upids, policy);
            // Stop 5 % of the tasks at random moments; take a node down for ten simulated minutes.
            List<Integer> toStop = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (random.nextInt(20) == 0) {
                    toStop.add(i);
                }
            }
            int stops = 0;
            long soakEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            boolean nodeWentDown = false;
            boolean nodeCameBack = false;
            long downAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            long upAt = downAt + (long) (TimeUnit.MINUTES.toNanos(10) / scale);
            while (System.nanoTime() < soakEnd && handles.stream().anyMatch(h -> !h.result().isDone())) {
                long now = System.nanoTime();
                if (!nodeWentDown && now >= downAt) {
                    sim.nodeDown(nodes[k - 1]);
                    nodeWentDown = true;
                }
                if (nodeWentDown && !nodeCameBack && now >= upAt) {
                    sim.nodeUp(nodes[k - 1]);
                    nodeCameBack = true;
                }
                if (stops < toStop.size() && random.nextInt(4) == 0) {
                    handles.get(toStop.get(stops++)).stopTask();
                }
                Thread.sleep(50);
            }
            if (!nodeCameBack) {
                sim.nodeUp(nodes[k - 1]);
            }
            int lost = 0;
            int wrong = 0;
            int hung = 0;
            for (int i = 0; i < n; i++) {
                TaskHandle h = handles.get(i);
                try {
                    TaskStatus s = h.result().get(3, TimeUnit.MINUTES);
                    String server = sim.exitStatus(h.upid()).orElse("<still running>");
                    if (!s.exitStatus().orElseThrow().raw().equals(server)) {
                        wrong++;
                        System.out.println("WRONG " + h.upid() + ": handle says '" + s.exitStatus().orElseThrow() + "', server '" + server + "'");
                    }
                } catch (TimeoutException e) {
                    hung++;
                    System.out.println("HUNG " + h.upid());
                } catch (Exception e) {
                    lost++;
                    System.out.println("LOST " + h.upid() + ": " + e.getCause());
                }
            }
            long requests = sim.counters().total();
            double simHours = (double) java.time.Duration.between(upids.get(0).startTime(), sim.now()).toSeconds() / 3600;
            System.out.printf(Locale.ROOT, "soak: %.1f simulated hours in %.1f s; %d requests (%d logins/renewals), %d stops asked, node %s down 10 simulated min%n",
                    simHours, (System.nanoTime() - t0) / 1e9, requests, sim.counters().count(Endpoint.LOGIN), stops, nodes[k - 1]);
            System.out.printf(Locale.ROOT, "fault-soak tasks=%d lost=%d wrong=%d hung=%d requests=%d faults=%d logins=%d stops=%d%n",
                    n, lost, wrong, hung, requests, sim.faultsInjected(), sim.counters().count(Endpoint.LOGIN), stops);
            int leaked = monitor.watchedCount();
            int overLimit = (int) transport.maxima().values().stream().filter(m -> m > 4).count();
            total.lost += lost;
            total.wrong += wrong;
            total.hung += hung;
            total.leaked += leaked;
            total.overLimit += overLimit;
            total.watches += n;
            return lost == 0 && wrong == 0 && hung == 0 && leaked == 0 && overLimit == 0 ? 0 : 1;
        }
    }
}
