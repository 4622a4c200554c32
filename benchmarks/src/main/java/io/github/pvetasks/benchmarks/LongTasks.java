package io.github.pvetasks.benchmarks;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.MonitorRequest;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.monitor.TaskMonitorListener;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The steady cost of long tasks: N one-hour backups on K realistic nodes (service model, a quarter
 * of the workers orphaned, pvestatd every 10 s), on simulated time running {@code --time-scale}
 * times faster than wall time (default 20: an hour in three minutes; faster
 * scales magnify the wall clock's jitter into simulated seconds). Prints requests per node per
 * minute of task time after the first minute, the monitor's CPU per minute of task time, how long
 * after its end each backup was reported, and how fast a short clone started among them half-way
 * is reported. Exit 0 when within issue 24's targets.
 */
final class LongTasks {

    /** The target: requests per node and minute once the first minute has passed. */
    static final double MAX_REQUESTS_PER_NODE_MINUTE = 12;

    private LongTasks() {
    }

    static int run(int n, int k, String transport, double timeScale) throws Exception {
        String[] nodeNames = new String[k];
        for (int i = 0; i < k; i++) {
            nodeNames[i] = "node" + (i + 1);
        }
        WaitPolicy backup = WaitPolicy.forType("vzdump");
        System.out.printf(Locale.ROOT, "monitor-scale --long-tasks: %d one-hour backups on %d nodes (service model 10 ms x 3 workers,"
                + " a quarter orphaned, pvestatd every 10 s), %s transport, simulated time x%.0f; policy %s, longest interval %s%n",
                n, k, transport, timeScale, "vzdump", backup.longestInterval());
        try (PveSimulator sim = PveSimulator.builder().http().nodes(nodeNames).timeScale(timeScale).unauthorizedDelay(Duration.ZERO)
                .serviceModel(Duration.ofMillis(10), Duration.ofMillis(3)).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).transportProvider(transport).clock(sim.clock())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                     .transportOptions(o -> o.requestTimeout(Duration.ofSeconds(120))).build()) {
            AtomicLong longestLatencyNanos = new AtomicLong();
            AtomicBoolean steady = new AtomicBoolean();
            TaskMonitorListener latencies = new TaskMonitorListener() {
                @Override
                public void requestCompleted(MonitorRequest request) {
                    if (steady.get()) { // the first answers queue behind a thousand first statuses: not the steady state's
                        longestLatencyNanos.accumulateAndGet(request.latency().toNanos(), Math::max); // in the monitor's, simulated, time
                    }
                }
            };
            Set<Thread> beforeIdle = Thread.getAllStackTraces().keySet();
            // watches nothing, on the same simulated clock: what re-reading that clock every 2 ms costs, to subtract
            TaskMonitor idle = TaskMonitor.builder(client).clock(sim.clock()).build();
            Thread idleScheduler = ScaleCurve.newThread(beforeIdle, "pve-tasks-monitor-\\d+");
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            try (idle; TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).listener(latencies).build()) {
                Instant start = sim.now();
                List<Upid> upids = new ArrayList<>(n);
                List<Instant> ends = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    // ends spread over two minutes, so detection is sampled at every phase of the nodes' schedules
                    Duration runs = Duration.ofHours(1).plusMillis(120_000L * i / n);
                    upids.add(sim.startTask(nodeNames[i % k], "vzdump", Integer.toString(100 + i), "root@pam", TaskScript.ok(runs)));
                    ends.add(start.plus(runs));
                }
                Map<Integer, Instant> seen = new ConcurrentHashMap<>();
                List<TaskHandle> handles = monitor.watchAll(upids, backup);
                for (int i = 0; i < n; i++) {
                    int idx = i;
                    handles.get(i).result().whenComplete((s, e) -> seen.put(idx, sim.now()));
                }
                Thread scheduler = ScaleCurve.newThread(before, "pve-tasks-monitor-\\d+");

                awaitSimTime(sim, start.plus(Duration.ofMinutes(1)));
                steady.set(true);
                Thread sender = ScaleCurve.newThreadIfAny(before, "pve-tasks-monitor-send-\\d+");
                Thread events = ScaleCurve.newThreadIfAny(before, "pve-tasks-monitor-events-\\d+");
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                long monitorCpu0 = ScaleCurve.cpu(mx, scheduler) + ScaleCurve.cpu(mx, sender) + ScaleCurve.cpu(mx, events);
                long idleCpu0 = ScaleCurve.cpu(mx, idleScheduler);
                long processCpu0 = MonitorScale.processCpuNanos();
                long[] perNode0 = perNode(sim, nodeNames);
                Instant measured0 = sim.now();
                long[] minuteStart = perNode0;
                List<Double> minutes = new ArrayList<>(); // requests per node, each minute
                List<Upid> clones = new ArrayList<>();
                Map<Upid, Instant> cloneEnds = new ConcurrentHashMap<>();
                Map<Upid, Instant> cloneSeen = new ConcurrentHashMap<>();
                for (int minute = 2; minute <= 59; minute++) {
                    if (minute >= 31 && minute <= 34) {
                        // short clones on a node of aging backups: seen at their own pace, not the backups'
                        Upid clone = sim.startTask(nodeNames[0], "qmclone", Integer.toString(9000 + minute), "root@pam",
                                TaskScript.ok(Duration.ofSeconds(20)));
                        clones.add(clone);
                        cloneEnds.put(clone, sim.now().plusSeconds(20));
                        monitor.watch(clone, WaitPolicy.forType("qmclone")).result().whenComplete((st, e) -> cloneSeen.put(clone, sim.now()));
                    }
                    awaitSimTime(sim, start.plus(Duration.ofMinutes(minute)));
                    long[] now = perNode(sim, nodeNames);
                    minutes.add(sum(now, minuteStart) / (double) k);
                    minuteStart = now;
                }
                double simMinutes = Duration.between(measured0, sim.now()).toMillis() / 60_000.0;
                long monitorCpu = ScaleCurve.cpu(mx, scheduler) + ScaleCurve.cpu(mx, sender) + ScaleCurve.cpu(mx, events) - monitorCpu0;
                long processCpu = MonitorScale.processCpuNanos() - processCpu0;
                long idleCpu = ScaleCurve.cpu(mx, idleScheduler) - idleCpu0;
                double watchingMsPerMinute = Math.max(0, monitorCpu - idleCpu) / 1e6 / simMinutes;
                long[] perNode = perNode(sim, nodeNames);
                double perNodeMinute = sum(perNode, perNode0) / (double) k / simMinutes;
                double busiestMinute = minutes.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                long lists = sim.counters().count(Endpoint.NODE_TASKS);
                long statuses = sim.counters().count(Endpoint.TASK_STATUS);

                CompletableFuture.allOf(handles.stream().map(TaskHandle::result).toArray(CompletableFuture[]::new))
                        .get(Math.max(60, (long) (3 * 3600 / timeScale)), TimeUnit.SECONDS);
                List<Long> ordinary = new ArrayList<>();
                List<Long> orphaned = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long delay = Math.max(0, Duration.between(ends.get(i), seen.get(i)).toMillis());
                    (sim.isOrphan(upids.get(i)) ? orphaned : ordinary).add(delay);
                }
                List<Long> cloneDelays = new ArrayList<>();
                List<Long> orphanCloneDelays = new ArrayList<>();
                for (Upid clone : clones) {
                    long d = Duration.between(cloneEnds.get(clone), cloneSeen.get(clone)).toMillis();
                    (sim.isOrphan(clone) ? orphanCloneDelays : cloneDelays).add(d);
                }
                long cloneDelay = cloneDelays.stream().mapToLong(Long::longValue).max().orElse(0);
                Duration latency = Duration.ofNanos(longestLatencyNanos.get());
                // the scheduler wakes a few tens of wall-clock ms late on a busy 2-core machine, which the time scale magnifies
                Duration slack = Duration.ofMillis((long) (50 * timeScale));
                Duration bound = backup.longestInterval().plus(latency).plus(slack);
                long p99 = MonitorScale.percentile(ordinary, 0.99);
                long max = ordinary.stream().mapToLong(Long::longValue).max().orElse(0);
                System.out.printf(Locale.ROOT, "requests per node per minute of task time, minute 2 / 3 / 6 / 11 / 31 / 59: %s%n",
                        profile(minutes, 0, 1, 4, 9, 29, minutes.size() - 1));
                System.out.printf(Locale.ROOT, "after the first minute: %.1f requests per node per minute (busiest minute %.1f; before issue 24: 34),"
                        + " %d lists and %d status confirmations in all%n", perNodeMinute, busiestMinute, lists, statuses);
                System.out.printf(Locale.ROOT, "CPU per minute of task time: monitor threads %.1f ms (%.1f ms of it re-reading the simulated clock"
                        + " every 2 ms, as an idle monitor on it does: %.1f ms watching), whole process (simulator included) %.1f ms%n",
                        monitorCpu / 1e6 / simMinutes, idleCpu / 1e6 / simMinutes, watchingMsPerMinute, processCpu / 1e6 / simMinutes);
                System.out.printf(Locale.ROOT, "backups' ends reported after p50 %d ms, p99 %d ms, max %d ms (bound %d ms: longest interval %s + slowest answer after the first minute %d ms + %d ms for the scheduler's wall-clock jitter x%.0f);"
                        + " %d orphans (archived up to pvestatd's 10 s late): p99 %d ms%n", MonitorScale.percentile(ordinary, 0.5), p99, max,
                        bound.toMillis(), backup.longestInterval(), latency.toMillis(), slack.toMillis(), timeScale, orphaned.size(), MonitorScale.percentile(orphaned, 0.99));
                System.out.printf(Locale.ROOT, "20 s clones started at minutes 31-34 on node1 among them: reported %s ms after their ends"
                        + " (bound: their backoff's 5 s + slowest answer); orphaned ones (archived by pvestatd up to 10 s late): %s ms%n",
                        cloneDelays, orphanCloneDelays);
                System.out.printf(Locale.ROOT, "monitor-scale-long-tasks tasks=%d nodes=%d transport=%s requests_per_node_min=%.1f busiest_minute=%.1f"
                        + " monitor_cpu_ms_per_min=%.1f end_p99_ms=%d end_max_ms=%d bound_ms=%d orphan_p99_ms=%d clone_delay_ms=%d%n",
                        n, k, transport, perNodeMinute, busiestMinute, watchingMsPerMinute, p99, max, bound.toMillis(),
                        MonitorScale.percentile(orphaned, 0.99), cloneDelay);
                Duration cloneBound = WaitPolicy.forType("qmclone").backoff().delay(Integer.MAX_VALUE).plus(latency).plus(slack);
                boolean ok = perNodeMinute <= MAX_REQUESTS_PER_NODE_MINUTE && max <= bound.toMillis() && cloneDelay <= cloneBound.toMillis();
                return ok ? 0 : 1;
            }
        }
    }

    private static String profile(List<Double> minutes, int... indexes) {
        StringBuilder sb = new StringBuilder();
        for (int i : indexes) {
            sb.append(sb.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f", minutes.get(i)));
        }
        return sb.toString();
    }

    private static long[] perNode(PveSimulator sim, String[] nodes) {
        long[] out = new long[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            for (Endpoint e : Endpoint.values()) {
                out[i] += sim.counters().count(e, nodes[i]);
            }
        }
        return out;
    }

    private static long sum(long[] now, long[] before) {
        long s = 0;
        for (int i = 0; i < now.length; i++) {
            s += now[i] - before[i];
        }
        return s;
    }

    private static void awaitSimTime(PveSimulator sim, Instant when) throws InterruptedException {
        while (sim.now().isBefore(when)) {
            long wallMillis = (long) (Duration.between(sim.now(), when).toMillis() / Math.max(1, sim.timeScale()));
            Thread.sleep(Math.max(1, Math.min(50, wallMillis)));
        }
    }
}
