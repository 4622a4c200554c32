package io.github.pvetasks.benchmarks.scenario;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.metrics.PveMeterNames;
import io.github.pvetasks.metrics.PveTaskMetrics;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.monitor.TaskMonitorListener;
import io.github.pvetasks.monitor.WatchEnding;
import io.github.pvetasks.simulator.InFlightRecorder;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs one {@link ScenarioPlan} against a simulator whose clock stands still between steps: the
 * monitor follows the simulator's clock, the runner moves it a second at a time and lets the
 * monitor settle (no request in flight) at each step, applies the plan's events when their time
 * comes, and at the end checks every promise of the monitor (see {@link ScenarioChecks}).
 */
public final class ScenarioRunner {

    /** How far simulated time moves per step. */
    static final Duration STEP = Duration.ofSeconds(1);
    /** The policies' poll interval (simulated). */
    static final Backoff POLL = Backoff.exponential(Duration.ofMillis(500), 1.5, Duration.ofSeconds(3));
    /** No-such-task grace of the scenario's policies. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private ScenarioRunner() {
    }

    /** One watch and what happened to it. */
    static final class Watched {
        final ScenarioPlan.TaskPlan plan;
        final Upid upid;
        final TaskHandle handle;
        final Instant watchedAt;
        volatile Instant completedAt;
        /** Watched after the monitor closed: the handle is refused, with no events. */
        boolean refused;
        final List<WatchEnding> endings = new CopyOnWriteArrayList<>();

        Watched(ScenarioPlan.TaskPlan plan, Upid upid, TaskHandle handle, Instant watchedAt) {
            this.plan = plan;
            this.upid = upid;
            this.handle = handle;
            this.watchedAt = watchedAt;
        }
    }

    /**
     * @param plan the scenario
     * @return what it found
     * @throws InterruptedException when interrupted
     */
    public static ScenarioReport run(ScenarioPlan plan) throws InterruptedException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).nodes(plan.nodes().toArray(new String[0]))
                .unauthorizedDelay(Duration.ZERO).seed(plan.seed()).start();
             InFlightRecorder transport = new InFlightRecorder(JdkPveTransport.builder(TransportOptions.builder(sim.baseUri()).build()).build());
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock()).transport(transport)
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             BackupServer pbs = plan.backupServer().isPresent() ? new BackupServer(sim) : null) {
            Map<TaskHandle, List<String>> events = new ConcurrentHashMap<>();
            TaskMonitor.Builder builder = TaskMonitor.builder(client);
            if (pbs != null) {
                builder.server(pbs.client);
            }
            TaskMonitor monitor = builder.clock(sim.clock()).maxInFlightPerNode(plan.maxInFlightPerNode())
                    .listener(new TaskMonitorListener() {
                        @Override
                        public void watchStarted(TaskHandle watch) {
                            events.computeIfAbsent(watch, k -> new CopyOnWriteArrayList<>()).add("started");
                        }

                        @Override
                        public void watchEnded(TaskHandle watch, WatchEnding ending) {
                            events.computeIfAbsent(watch, k -> new CopyOnWriteArrayList<>()).add("ended " + ending.outcome()
                                    + " at " + ending.endedAt() + " (heard at " + sim.now() + ")");
                        }
                    }).build();
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build();
            metrics.bindTo(registry);
            plan.hungPvestatd().ifPresent(sim::hangPvestatd);
            FaultSchedule faults = new FaultSchedule(sim, pbs == null ? null : pbs.sim, plan.faults());
            Instant t0 = sim.now();
            List<Watched> watched = new ArrayList<>();
            List<ScenarioPlan.TaskPlan> pending = new ArrayList<>(plan.tasks());
            TaskHandle ha = plan.haRequest() ? monitor.watch(client.tasks().start(TaskRequests.startVm(plan.nodes().get(0), 102)),
                    policy(Duration.ofSeconds(60))) : null;
            Duration horizon = horizon(plan);
            boolean closed = false;
            for (Duration t = Duration.ZERO; t.compareTo(horizon) <= 0; t = t.plus(STEP)) {
                faults.apply(t);
                for (ScenarioPlan.TaskPlan p : List.copyOf(pending)) {
                    if (p.startAt().compareTo(t) <= 0) {
                        pending.remove(p);
                        Watched w = p.node().equals(ScenarioPlan.PBS_NODE) ? pbs.start(monitor, p) : start(sim, monitor, p);
                        w.refused = closed;
                        watched.add(w);
                    }
                }
                for (Watched w : watched) {
                    if (w.plan.action() != ScenarioPlan.Action.NONE && w.plan.actionAt().compareTo(t) == 0) {
                        if (w.plan.action() == ScenarioPlan.Action.CANCEL) {
                            w.handle.cancel();
                        } else {
                            w.handle.stopTask();
                        }
                    }
                }
                Duration now = t;
                if (!closed && plan.closeAt().map(c -> c.compareTo(now) <= 0).orElse(false)) {
                    monitor.close();
                    closed = true;
                }
                settle(monitor);
                sim.advance(STEP);
            }
            settle(monitor);
            monitor.close();
            metrics.close();
            Map<String, Integer> maxima = new java.util.HashMap<>(transport.maxima());
            java.util.function.Function<Upid, java.util.Optional<String>> recorded = sim::exitStatus;
            if (pbs != null) {
                maxima.putAll(pbs.transport.maxima());
                recorded = pbs.recordedOr(sim::exitStatus);
            }
            ScenarioReport report = ScenarioChecks.check(plan, recorded, t0, watched, ha, events, maxima);
            report.leaked += monitor.watchedCount();
            report.leaked += (int) registry.get(PveMeterNames.TASKS_WATCHED).gauge().value();
            report.leaked += registry.find(PveMeterNames.TASKS_ACTIVE).longTaskTimers().stream().mapToInt(LongTaskTimer::activeTasks).sum();
            report.requests = sim.counters().total() + (pbs == null ? 0 : pbs.sim.counters().total());
            report.faults = sim.faultsInjected() + (pbs == null ? 0 : pbs.sim.faultsInjected());
            return report;
        }
    }

    static WaitPolicy policy(Duration timeout) {
        return WaitPolicy.builder().timeout(timeout).backoff(POLL).noSuchTaskGrace(GRACE).build();
    }

    static Watched watch(PveSimulator sim, TaskMonitor monitor, ScenarioPlan.TaskPlan p, Upid upid) {
        Instant at = sim.now();
        TaskHandle h = monitor.watch(upid, policy(p.timeout()));
        if (p.tailLog()) {
            h.onLogLine(line -> { });
        }
        Watched w = new Watched(p, upid, h, at);
        h.result().whenComplete((s, e) -> w.completedAt = sim.now());
        return w;
    }

    /** The scenario's script for a task: its lines, then its planned end. */
    static TaskScript script(ScenarioPlan.TaskPlan p) {
        TaskScript.Builder b = TaskScript.builder(p.duration()).line(Duration.ZERO, "starting " + p.type())
                .line(p.duration().dividedBy(2), "halfway").onStop(p.type() + " failed: interrupted by signal");
        switch (p.end()) {
            case WARNINGS: b.endsWithWarnings(2); break;
            case ERROR: b.endsWithError(p.type() + " failed: simulated"); break;
            case KILLED: b.endsKilled(); break;
            default: b.endsOk();
        }
        return b.build();
    }

    private static Watched start(PveSimulator sim, TaskMonitor monitor, ScenarioPlan.TaskPlan p) {
        Upid upid;
        if (p.ghost()) {
            upid = Upid.parse(String.format("UPID:%s:00001234:00005678:%08X:%s:100:root@pam:", p.node(), sim.now().getEpochSecond(), p.type()));
        } else {
            upid = sim.startTask(p.node(), p.type(), "100", "root@pam", script(p));
        }
        return watch(sim, monitor, p, upid);
    }

    private static Duration horizon(ScenarioPlan plan) {
        Duration end = Duration.ZERO;
        for (ScenarioPlan.TaskPlan p : plan.tasks()) {
            Duration d = p.startAt().plus(p.timeout());
            end = d.compareTo(end) > 0 ? d : end;
        }
        return end.plusSeconds(15);
    }

    /** Waits until the monitor has caught up with the simulated clock (requests answered, listeners told). */
    static void settle(TaskMonitor monitor) throws InterruptedException {
        if (!monitor.awaitQuiet(Duration.ofSeconds(30))) {
            throw new IllegalStateException("the monitor did not catch up with its clock in 30 s");
        }
    }
}
