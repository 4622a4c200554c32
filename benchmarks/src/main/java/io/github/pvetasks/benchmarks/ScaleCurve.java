package io.github.pvetasks.benchmarks;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What one monitor costs per watch as watches grow: heap retained per watch, CPU per poll cycle,
 * requests per cycle and how fast a mass ending is seen, at one point ({@code --heap}) or along
 * a curve of 1,000 / 10,000 / 100,000 watches ({@code --curve}).
 */
final class ScaleCurve {

    /** Polling runs this long before CPU is measured, so the figure is the compiled code's, not the interpreter's. */
    static final long WARM_UP_MILLIS = Long.getLong("monitorScale.warmUpMillis", 30_000);
    /** The window over which CPU and requests are counted. */
    static final long MEASURE_MILLIS = Long.getLong("monitorScale.measureMillis", 15_000);

    /** One point of the curve; CPU split by the monitor's threads (scheduler; request sender; listener events). */
    record ScalePoint(int tasks, int nodes, double bytesPerWatch, double schedulerMsPerCycle, double senderMsPerCycle,
            double eventsMsPerCycle, double requestsPerCycle, double schedulerMsPerMinute, double idleMsPerMinute, long detectionP99Ms) {

        double monitorMsPerCycle() {
            return schedulerMsPerCycle + senderMsPerCycle + eventsMsPerCycle;
        }
    }

    private ScaleCurve() {
    }

    /**
     * N long-running tasks on K nodes, watched by one monitor on a simulator whose clock stands
     * still (so its own state does not grow meanwhile, and the tasks stay young: every watch is
     * polled at its backoff's 5 s, the busiest a monitor gets). The retained bytes are the live
     * objects (the JVM's class histogram, after a full GC) while watching minus those before the
     * watches started; the handles count, as a caller keeps them. Then every task ends at once
     * and the detection delay is measured.
     */
    static ScalePoint scale(int n, int k, String transport) throws Exception {
        String[] nodeNames = new String[k];
        for (int i = 0; i < k; i++) {
            nodeNames[i] = "node" + (i + 1);
        }
        try (PveSimulator sim = PveSimulator.builder().http().nodes(nodeNames).timeScale(0).unauthorizedDelay(Duration.ZERO).kind().start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).transportProvider(transport)
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                     .transportOptions(o -> o.requestTimeout(Duration.ofSeconds(120)).maxResponseBytes(256L * 1024 * 1024)).build()) {
            List<Upid> upids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                upids.add(sim.startTask(nodeNames[i % k], "qmclone", Integer.toString(100 + i), "root@pam", TaskScript.ok(Duration.ofDays(1))));
            }
            Set<Thread> existing = Thread.getAllStackTraces().keySet();
            TaskMonitor idle = TaskMonitor.builder(client).build(); // watches nothing: must cost no CPU
            Thread idleScheduler = newThread(existing, "pve-tasks-monitor-\\d+");
            existing = Thread.getAllStackTraces().keySet();
            TaskMonitor monitor = TaskMonitor.builder(client).build();
            Set<Thread> beforeWatching = Thread.getAllStackTraces().keySet();
            // the client's connections (a few per node, with their buffers) are the client's, not the watches': open them first
            // (a hundred at a time: thousands of connections opened at once overflow the simulator's accept queue)
            List<CompletableFuture<?>> warm = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                for (String node : nodeNames) {
                    warm.add(client.tasks().listAsync(node, TaskQuery.builder().limit(1).build()));
                    if (warm.size() == 100) {
                        CompletableFuture.allOf(warm.toArray(new CompletableFuture[0])).get(5, TimeUnit.MINUTES);
                        warm.clear();
                    }
                }
            }
            CompletableFuture.allOf(warm.toArray(new CompletableFuture[0])).get(5, TimeUnit.MINUTES);
            String before = histogram();
            List<TaskHandle> handles = monitor.watchAll(upids, WaitPolicy.forType("qmclone"));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (handles.stream().anyMatch(h -> h.lastStatus().isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread scheduler = newThread(existing, "pve-tasks-monitor-\\d+");
            // the sender and the listener thread start with their first job (the events one only with a listener)
            Thread sender = newThreadIfAny(beforeWatching, "pve-tasks-monitor-send-\\d+");
            Thread events = newThreadIfAny(existing, "pve-tasks-monitor-events-\\d+");
            Thread.sleep(WARM_UP_MILLIS); // steady state: the JIT has compiled the hot paths, as in a long-running service
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long[] cpu0 = {cpu(mx, scheduler), cpu(mx, sender), cpu(mx, events), cpu(mx, idleScheduler)};
            long requests0 = sim.counters().total();
            long lists0 = sim.counters().count(Endpoint.NODE_TASKS);
            Thread.sleep(MEASURE_MILLIS);
            long[] cpu = {cpu(mx, scheduler) - cpu0[0], cpu(mx, sender) - cpu0[1], cpu(mx, events) - cpu0[2], cpu(mx, idleScheduler) - cpu0[3]};
            double cycles = Math.max(1, (sim.counters().count(Endpoint.NODE_TASKS) - lists0) / (double) k);
            double requestsPerCycle = (sim.counters().total() - requests0) / cycles;
            idle.close();

            String watching = histogram();
            // every task ends now: how long until the monitor says so
            long[] done = new long[n];
            for (int i = 0; i < n; i++) {
                int idx = i;
                handles.get(i).result().whenComplete((st, e) -> done[idx] = System.nanoTime());
            }
            long endedAt = System.nanoTime();
            sim.advance(Duration.ofDays(2));
            CompletableFuture.allOf(handles.stream().map(TaskHandle::result).toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            List<Long> delays = new ArrayList<>(n);
            for (long d : done) {
                delays.add((d - endedAt) / 1_000_000);
            }
            monitor.close();
            double perMinute = 60_000.0 / MEASURE_MILLIS;
            return new ScalePoint(n, k, perWatchBytes(before, watching, n), cpu[0] / 1e6 / cycles, cpu[1] / 1e6 / cycles,
                    cpu[2] / 1e6 / cycles, requestsPerCycle, cpu[0] / 1e6 * perMinute, cpu[3] / 1e6 * perMinute,
                    MonitorScale.percentile(delays, 0.99));
        }
    }

    /** @return a thread's CPU time so far, 0 for none */
    static long cpu(ThreadMXBean mx, Thread t) {
        return t == null ? 0 : Math.max(0, mx.getThreadCpuTime(t.getId()));
    }

    /** @return the thread started since {@code before} whose whole name matches {@code name}, or null */
    static Thread newThreadIfAny(Set<Thread> before, String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t)).filter(t -> t.getName().matches(name))
                .findFirst().orElse(null);
    }

    /** @return the thread started since {@code before} whose whole name matches {@code name} */
    static Thread newThread(Set<Thread> before, String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t)).filter(t -> t.getName().matches(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("no new thread named " + name));
    }

    /** 10,000 watches on 50 nodes: bytes per watch, CPU per cycle, and an idle monitor's CPU; exit 0 when within the targets. */
    static int heap(int n, int k, String transport) throws Exception {
        ScalePoint p = scale(n, k, transport);
        System.out.printf(Locale.ROOT, "%d tasks on %d nodes (%s transport): %.0f bytes retained per watch; CPU per poll cycle: scheduler %.2f ms,"
                + " request sender %.2f ms, listener events %.2f ms (monitor %.2f ms); %.1f requests per cycle;"
                + " all ending at once detected within %d ms (p99)%n", p.tasks(), p.nodes(), transport, p.bytesPerWatch(),
                p.schedulerMsPerCycle(), p.senderMsPerCycle(), p.eventsMsPerCycle(), p.monitorMsPerCycle(), p.requestsPerCycle(),
                p.detectionP99Ms());
        System.out.printf(Locale.ROOT, "scheduler CPU per minute: %.2f ms with no watch, %.1f ms with %d running watches%n",
                p.idleMsPerMinute(), p.schedulerMsPerMinute(), p.tasks());
        System.out.printf(Locale.ROOT, "monitor-scale-heap tasks=%d nodes=%d transport=%s bytes_per_task=%.0f threads=3 cpu_ms_per_cycle=%.2f"
                + " monitor_cpu_ms_per_cycle=%.2f cpu_ms_per_min_idle=%.2f cpu_ms_per_min_watching=%.1f requests_per_cycle=%.1f"
                + " detection_p99_ms=%d%n", p.tasks(), p.nodes(), transport, p.bytesPerWatch(), p.schedulerMsPerCycle(), p.monitorMsPerCycle(),
                p.idleMsPerMinute(), p.schedulerMsPerMinute(), p.requestsPerCycle(), p.detectionP99Ms());
        return p.bytesPerWatch() <= 500 && p.schedulerMsPerCycle() <= 15 ? 0 : 1;
    }

    /** The scale curve: how far one process goes before anything distributed is worth it. */
    static int curve(String transport) throws Exception {
        System.out.println("monitor-scale --curve (" + transport + " transport; every watch young, so polled every 5 s)");
        System.out.println("watches  nodes  bytes/watch  scheduler ms/cycle  monitor ms/cycle  requests/cycle  detection p99");
        StringBuilder summary = new StringBuilder("monitor-scale-curve transport=" + transport);
        int[][] points = {{1_000, 10}, {10_000, 50}, {100_000, 500}};
        for (int[] pt : points) {
            ScalePoint p = scale(pt[0], pt[1], transport);
            System.out.printf(Locale.ROOT, "%7d  %5d  %11.0f  %18.2f  %16.2f  %14.1f  %10d ms%n", p.tasks(), p.nodes(), p.bytesPerWatch(),
                    p.schedulerMsPerCycle(), p.monitorMsPerCycle(), p.requestsPerCycle(), p.detectionP99Ms());
            summary.append(String.format(Locale.ROOT, " w%d_n%d:bytes=%.0f,cpu_ms=%.1f,monitor_cpu_ms=%.1f,req=%.1f,p99_ms=%d", p.tasks(),
                    p.nodes(), p.bytesPerWatch(), p.schedulerMsPerCycle(), p.monitorMsPerCycle(), p.requestsPerCycle(), p.detectionP99Ms()));
        }
        System.out.println(summary);
        return 0;
    }

    /**
     * The bytes per watch: in the JVM's own class histograms (live objects, after a full GC) taken
     * before the watches and while watching, the growth of every class that gained at least one
     * instance per two watches, divided by the watches. Classes that merely fluctuate (the
     * connections' buffers, caches) are left out, so the figure is the watches' and their handles'.
     */
    static double perWatchBytes(String before, String watching, int n) {
        Map<String, long[]> a = parse(before);
        Map<String, long[]> b = parse(watching);
        long bytes = 0;
        for (Map.Entry<String, long[]> e : b.entrySet()) {
            long[] was = a.getOrDefault(e.getKey(), new long[2]);
            long instances = e.getValue()[0] - was[0];
            if (instances * 2 >= n) {
                bytes += e.getValue()[1] - was[1];
                if (Boolean.getBoolean("monitorScale.histogram")) {
                    System.out.printf(Locale.ROOT, "  %,12d bytes  %,9d instances  %s%n", e.getValue()[1] - was[1], instances, e.getKey());
                }
            }
        }
        return bytes / (double) n;
    }

    /** @return the JVM's class histogram of live objects (after a full GC), as {@code jcmd GC.class_histogram} prints it */
    static String histogram() throws Exception {
        javax.management.ObjectName name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(name, "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    /** @return class name to {instances, bytes} */
    private static Map<String, long[]> parse(String histogram) {
        Map<String, long[]> m = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                long[] v = m.computeIfAbsent(f[3], k -> new long[2]);
                v[0] += Long.parseLong(f[1]);
                v[1] += Long.parseLong(f[2]);
            }
        }
        return m;
    }

}
