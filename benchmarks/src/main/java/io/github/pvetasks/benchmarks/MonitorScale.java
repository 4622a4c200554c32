package io.github.pvetasks.benchmarks;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * N tasks on K simulator nodes (service model on: 3 pvedaemon workers per node, 10 ms a call),
 * in real time, watched (a) by one {@link TaskMonitor} and (b) the task management guide's way:
 * one loop over all tasks, one status request each, every 3 s.
 */
final class MonitorScale {

    private record Result(String name, long requests, double requestsPerCycle, long p50Ms, long p99Ms, int threads, double cpuSeconds,
            double wallSeconds, long orphanP50Ms, long orphanP99Ms, int orphans) {
    }

    private MonitorScale() {
    }

    static int run(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        String transport = stringOption(args, "--transport", "jdk");
        if (options.contains("--curve")) {
            return ScaleCurve.curve(transport);
        }
        if (options.contains("--heap")) {
            return ScaleCurve.heap(intOption(args, "--tasks", 10_000), intOption(args, "--nodes", 50), transport);
        }
        if (options.contains("--long-tasks")) {
            return LongTasks.run(intOption(args, "--tasks", 1000), intOption(args, "--nodes", 10), transport, intOption(args, "--time-scale", 20));
        }
        int tasks = intOption(args, "--tasks", 1000);
        int nodes = intOption(args, "--nodes", 10);
        System.out.printf(Locale.ROOT, "monitor-scale: %d tasks on %d nodes, durations 10-30 s, service model 10 ms x 3 workers per node;"
                + " a realistic node: a quarter of the workers orphaned, pvestatd hung on node%d; %s transport%n", tasks, nodes, nodes, transport);
        Result monitor = measure("monitor", tasks, nodes, true, transport);
        Result naive = measure("naive-loop", tasks, nodes, false, transport);
        for (Result r : List.of(monitor, naive)) {
            System.out.printf(Locale.ROOT, "%-11s requests=%d per_cycle=%.1f p50_delay_ms=%d p99_delay_ms=%d orphans=%d orphan_p50_delay_ms=%d"
                    + " orphan_p99_delay_ms=%d threads=%d cpu_s=%.2f wall_s=%.1f%n", r.name, r.requests, r.requestsPerCycle, r.p50Ms, r.p99Ms,
                    r.orphans, r.orphanP50Ms, r.orphanP99Ms, r.threads, r.cpuSeconds, r.wallSeconds);
        }
        // Requests per poll cycle: what each approach costs the cluster every time it looks.
        double ratio = naive.requestsPerCycle / Math.max(1e-9, monitor.requestsPerCycle);
        System.out.printf(Locale.ROOT, "monitor-scale tasks=%d nodes=%d requests_ratio=%.1f total_requests_ratio=%.1f p99_delay_ms=%d naive_p99_delay_ms=%d"
                + " orphan_p99_delay_ms=%d naive_orphan_p99_delay_ms=%d%n", tasks, nodes, ratio, (double) naive.requests / Math.max(1, monitor.requests),
                monitor.p99Ms, naive.p99Ms, monitor.orphanP99Ms, naive.orphanP99Ms);
        return 0;
    }

    private static Result measure(String name, int n, int k, boolean useMonitor, String transport) throws Exception {
        String[] nodeNames = new String[k];
        for (int i = 0; i < k; i++) {
            nodeNames[i] = "node" + (i + 1);
        }
        try (PveSimulator sim = PveSimulator.builder().http().nodes(nodeNames).timeScale(1).unauthorizedDelay(Duration.ZERO)
                .serviceModel(Duration.ofMillis(10), Duration.ofMillis(3)).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).transportProvider(transport)
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                     .transportOptions(o -> o.requestTimeout(Duration.ofSeconds(120))).build()) {
            Random random = new Random(42);
            List<Upid> upids = new ArrayList<>(n);
            long[] endNanos = new long[n];
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long ms = 10_000 + random.nextInt(20_000);
                upids.add(sim.startTask(nodeNames[i % k], "qmclone", Integer.toString(100 + i), "root@pam", TaskScript.ok(Duration.ofMillis(ms))));
                endNanos[i] = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
            }
            if (k > 1) {
                sim.hangPvestatd(nodeNames[k - 1]); // its orphans are archived by nothing: only status can tell
            }
            sim.counters().reset();
            long cpu0 = processCpuNanos();
            long[] doneNanos = new long[n];
            int threads;
            long cycles;
            if (useMonitor) {
                try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                    List<TaskHandle> handles = monitor.watchAll(upids, WaitPolicy.forType("qmclone"));
                    List<CompletableFuture<TaskStatus>> all = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        int idx = i;
                        all.add(handles.get(i).result().whenComplete((s, e) -> doneNanos[idx] = System.nanoTime()));
                    }
                    threads = (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("pve-tasks-monitor")).count();
                    CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(10, TimeUnit.MINUTES);
                }
                cycles = Math.max(1, sim.counters().count(Endpoint.NODE_TASKS) / k);
            } else {
                threads = 1;
                boolean[] done = new boolean[n];
                int remaining = n;
                cycles = 0;
                while (remaining > 0) {
                    long cycleStart = System.nanoTime();
                    cycles++;
                    for (int i = 0; i < n; i++) {
                        if (!done[i] && client.tasks().status(upids.get(i)).isStopped()) {
                            done[i] = true;
                            doneNanos[i] = System.nanoTime();
                            remaining--;
                        }
                    }
                    long sleep = TimeUnit.SECONDS.toNanos(3) - (System.nanoTime() - cycleStart);
                    if (remaining > 0 && sleep > 0) {
                        TimeUnit.NANOSECONDS.sleep(sleep); // the guide's 3 s pause between cycles
                    }
                }
            }
            long cpu = processCpuNanos() - cpu0;
            List<Long> ordinary = new ArrayList<>();
            List<Long> orphaned = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (sim.isOrphan(upids.get(i)) ? orphaned : ordinary).add(Math.max(0, doneNanos[i] - endNanos[i]) / 1_000_000);
            }
            long requests = sim.counters().total();
            return new Result(name, requests, (double) requests / cycles, percentile(ordinary, 0.5), percentile(ordinary, 0.99), threads,
                    cpu / 1e9, (System.nanoTime() - t0) / 1e9, percentile(orphaned, 0.5), percentile(orphaned, 0.99), orphaned.size());
        }
    }

    static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return 0;
    }

    static String stringOption(String[] args, String name, String dflt) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    static int intOption(String[] args, String name, int dflt) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }
}
