package io.github.pvetasks.metrics;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class PveTaskMetricsTest {

    static final WaitPolicy FAST = WaitPolicy.builder().timeout(Duration.ofSeconds(30)).backoff(Backoff.fixed(Duration.ofMillis(20))).build();

    static void eventually(BooleanSupplier c, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    /**
     * Moves simulated time (which the monitor follows) in one-second steps, letting the monitor
     * answer at each: it polls only when its own simulated interval has passed.
     */
    static void advance(PveSimulator sim, TaskMonitor monitor, Duration total) throws InterruptedException {
        for (long ms = 0; ms < total.toMillis(); ms += 1000) {
            sim.advance(Duration.ofMillis(Math.min(1000, total.toMillis() - ms)));
            settle(monitor);
        }
    }

    /** Steps simulated time a second at a time until the handle has its result (at most 5 simulated minutes). */
    static void advanceUntilDone(PveSimulator sim, TaskMonitor monitor, TaskHandle h) throws Exception {
        for (int s = 0; s < 300 && !h.result().isDone(); s++) {
            advance(sim, monitor, Duration.ofSeconds(1));
        }
        h.result().get(20, TimeUnit.SECONDS);
    }

    /** Waits until the monitor has caught up with the simulated clock. */
    static void settle(TaskMonitor monitor) throws InterruptedException {
        assertThat(monitor.awaitQuiet(Duration.ofSeconds(20))).as("the monitor caught up").isTrue();
    }

    @Test
    void countsAndDurationsPerOutcomeAreRightAndFinishedTasksStopGrowing() throws Exception {
        MockClock mock = new MockClock();
        SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, mock);
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).startTime(java.time.Instant.parse("2026-03-01T10:00:00Z"))
                .unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build();
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).tags(Tags.of("cluster", "lab")).build();
            metrics.bindTo(registry);

            Upid ok = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(90)));
            Upid warn = sim.startTask("pve1", "vzdump", "101", "root@pam", TaskScript.builder(Duration.ofSeconds(30)).endsWithWarnings(1).build());
            Upid err = sim.startTask("pve2", "qmclone", "300", "root@pam", TaskScript.builder(Duration.ofSeconds(60)).endsWithError("disk full").build());
            Upid killed = sim.startTask("pve2", "qmstop", "300", "root@pam", TaskScript.builder(Duration.ofSeconds(20)).endsKilled().build());
            Upid slow = sim.startTask("pve1", "qmclone", "102", "root@pam", TaskScript.ok(Duration.ofHours(1)));
            Upid dropped = sim.startTask("pve1", "qmclone", "103", "root@pam", TaskScript.ok(Duration.ofHours(1)));

            TaskHandle hOk = monitor.watch(ok, FAST.withTimeout(Duration.ofMinutes(5)));
            TaskHandle hWarn = monitor.watch(warn, FAST);
            TaskHandle hErr = monitor.watch(err, FAST.withTimeout(Duration.ofMinutes(5)));
            TaskHandle hKilled = monitor.watch(killed, FAST);
            TaskHandle hSlow = monitor.watch(slow, FAST.withTimeout(Duration.ofSeconds(15)));
            TaskHandle hDropped = monitor.watch(dropped, FAST.withTimeout(Duration.ofMinutes(5)));

            eventually(() -> registry.get(PveMeterNames.TASKS_WATCHED).gauge().value() == 6, "six watches");
            mock.add(Duration.ofSeconds(5));
            assertThat(registry.get(PveMeterNames.TASKS_ACTIVE).tag("type", "qmclone").longTaskTimers())
                    .allSatisfy(t -> assertThat(t.duration(TimeUnit.SECONDS)).isGreaterThanOrEqualTo(5));
            assertThat(registry.get(PveMeterNames.TASKS_ACTIVE).longTaskTimers().stream().mapToInt(LongTaskTimer::activeTasks).sum()).isEqualTo(6);

            hDropped.cancel();
            advance(sim, monitor, Duration.ofSeconds(20)); // the slow task's 15 s deadline passes in simulated time
            assertThatThrown(hSlow);
            // an aging task is polled more rarely (here every 1.25 s, its policy's longest interval): step until each is seen
            advanceUntilDone(sim, monitor, hKilled);
            advanceUntilDone(sim, monitor, hWarn);
            advanceUntilDone(sim, monitor, hErr);
            advanceUntilDone(sim, monitor, hOk);

            eventually(() -> registry.find(PveMeterNames.TASKS).timers().stream().mapToLong(Timer::count).sum() == 6, "six recorded tasks");
            // from the server's start to the end of the watch: the task's run, plus at most its policy's
            // longest interval (1.25 s here) rounded up to the test's 1 s steps
            assertThat(timer(registry, "ok").totalTime(TimeUnit.SECONDS)).isBetween(90.0, 92.0);
            assertThat(timer(registry, "warning").totalTime(TimeUnit.SECONDS)).isBetween(30.0, 32.0);
            assertThat(timer(registry, "error").totalTime(TimeUnit.SECONDS)).isBetween(60.0, 62.0);
            assertThat(timer(registry, "unknown").totalTime(TimeUnit.SECONDS)).isBetween(20.0, 22.0);
            assertThat(timer(registry, "timeout").count()).isEqualTo(1);
            assertThat(timer(registry, "timeout").totalTime(TimeUnit.SECONDS)).isBetween(15.0, 20.0);
            assertThat(timer(registry, "cancelled").count()).isEqualTo(1);
            assertThat(timer(registry, "ok").getId().getTags()).extracting(t -> t.getKey())
                    .containsExactlyInAnyOrder("cluster", "product", "node", "type", "outcome");
            assertThat(timer(registry, "ok").getId().getTag("product")).isEqualTo("pve");
            assertThat(registry.get(PveMeterNames.TASKS_WATCHED).gauge().value()).isZero();

            monitor.close(); // drains the monitor's events
            assertThat(requests(registry, "list", "SUCCESS")).isEqualTo(sim.counters().count(Endpoint.NODE_TASKS));
            assertThat(requests(registry, "status", "SUCCESS")).isEqualTo(sim.counters().count(Endpoint.TASK_STATUS));

            // finished tasks' meters stop growing
            mock.add(Duration.ofMinutes(10));
            sim.advance(Duration.ofMinutes(10));
            assertThat(registry.get(PveMeterNames.TASKS_ACTIVE).longTaskTimers().stream().mapToInt(LongTaskTimer::activeTasks).sum()).isZero();
            assertThat(registry.find(PveMeterNames.TASKS).timers().stream().mapToLong(Timer::count).sum()).isEqualTo(6);

            // every meter has a description; no tag carries a UPID or a VM id
            for (Meter m : registry.getMeters()) {
                assertThat(m.getId().getDescription()).as(m.getId().getName()).isNotBlank();
                assertThat(m.getId().getTags()).noneMatch(t -> t.getValue().startsWith("UPID") || t.getKey().equals("vmid"));
            }
            metrics.close();
        }
    }

    /** The first defect of issue 12: failed watches left phantom tasks in the gauge and the long task timer. */
    @Test
    void failedWatchesEndInTheMetersAsFailedAndLeaveNoPhantomTasks() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build()) {
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build();
            metrics.bindTo(registry);
            Upid ghost = Upid.parse(String.format("UPID:pve1:00001234:00005678:%08X:qmstart:100:root@pam:", sim.now().getEpochSecond() - 3600));
            Upid denied = sim.startTask("pve2", "qmclone", "300", "root@pam", TaskScript.ok(Duration.ofHours(1)));
            sim.inject(Fault.status(403, "Permission check failed (/nodes/pve2, Sys.Audit)").on(Endpoint.NODE_TASKS, Endpoint.TASK_STATUS).onNode("pve2"));
            TaskHandle hGhost = monitor.watch(ghost, FAST);
            TaskHandle hDenied = monitor.watch(denied, FAST);
            settle(monitor);
            advance(sim, monitor, Duration.ofSeconds(20)); // past the no-such-task grace, in the monitor's (simulated) time
            assertThatThrown(hGhost);
            assertThatThrown(hDenied);
            eventually(() -> registry.find(PveMeterNames.TASKS).tag("outcome", "failed").timers().stream().mapToLong(Timer::count).sum() == 2,
                    "two failed watches recorded");
            assertThat(registry.get(PveMeterNames.TASKS_WATCHED).gauge().value()).isZero();
            assertThat(registry.get(PveMeterNames.TASKS_ACTIVE).longTaskTimers().stream().mapToInt(LongTaskTimer::activeTasks).sum()).isZero();
            assertThat(monitor.watchedCount()).isZero();
            assertThat(registry.get(PveMeterNames.MONITOR_REQUESTS).tag("node", "pve2").tag("outcome", "CLIENT_ERROR").timers())
                    .isNotEmpty();
        }
    }

    @Test
    void bindingTwiceOrToTwoRegistriesNeverDoubleCounts() throws Exception {
        SimpleMeterRegistry one = new SimpleMeterRegistry();
        SimpleMeterRegistry two = new SimpleMeterRegistry();
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build()) {
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build();
            metrics.bindTo(one);
            metrics.bindTo(one);
            metrics.bindTo(two);
            Upid a = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(3)));
            Upid b = sim.startTask("pve1", "qmstart", "101", "root@pam", TaskScript.ok(Duration.ofSeconds(3)));
            List<TaskHandle> handles = monitor.watchAll(List.of(a, b), FAST);
            eventually(() -> one.get(PveMeterNames.TASKS_WATCHED).gauge().value() == 2, "two watches");
            assertThat(two.get(PveMeterNames.TASKS_WATCHED).gauge().value()).isEqualTo(2);
            advance(sim, monitor, Duration.ofSeconds(4));
            for (TaskHandle h : handles) {
                h.result().get(20, TimeUnit.SECONDS);
            }
            monitor.close();
            for (SimpleMeterRegistry r : List.of(one, two)) {
                assertThat(r.get(PveMeterNames.TASKS).tag("outcome", "ok").timer().count()).isEqualTo(2);
                assertThat(r.get(PveMeterNames.TASKS_WATCHED).gauge().value()).isZero();
                assertThat(r.get(PveMeterNames.MONITOR_REQUESTS).timers().stream().mapToLong(Timer::count).sum())
                        .isEqualTo(sim.counters().total());
            }
            metrics.close();
        }
    }

    @Test
    void closingTheBinderStopsListening() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).build()) {
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build();
            metrics.bindTo(registry);
            metrics.close();
            Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ZERO));
            sim.advance(Duration.ofSeconds(1));
            monitor.watch(u, FAST).result().get(20, TimeUnit.SECONDS);
            monitor.close();
            assertThat(registry.find(PveMeterNames.TASKS).timers()).isEmpty();
            assertThat(registry.find(PveMeterNames.MONITOR_REQUESTS).timers()).isEmpty();
        }
    }

    static long requests(SimpleMeterRegistry registry, String endpoint, String outcome) {
        return registry.find(PveMeterNames.MONITOR_REQUESTS).tag("endpoint", endpoint).tag("outcome", outcome).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    static Timer timer(SimpleMeterRegistry registry, String outcome) {
        return registry.get(PveMeterNames.TASKS).tag("outcome", outcome).timer();
    }

    static void assertThatThrown(TaskHandle h) {
        try {
            h.result().get(20, TimeUnit.SECONDS);
            fail("expected a timeout");
        } catch (Exception expected) {
            // the timeout
        }
    }

    @Test
    void aBackupServersTasksCarryProductPbs() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PveSimulator pbs = PveSimulator.builder().product(io.github.pvetasks.core.Product.PBS).http().timeScale(0)
                .unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().product(io.github.pvetasks.core.Product.PBS).baseUri(pbs.baseUri()).clock(pbs.clock())
                     .credentials(Credentials.apiToken(pbs.tokenId(), pbs.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).clock(pbs.clock()).build();
             PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build()) {
            metrics.bindTo(registry);
            Upid gc = pbs.startTask("pbs1", "garbage_collection", "store1", "root@pam", io.github.pvetasks.simulator.PbsScripts.garbageCollection());
            TaskHandle h = monitor.watch(gc, FAST);
            settle(monitor);
            advance(pbs, monitor, Duration.ofSeconds(12));
            h.result().get(20, TimeUnit.SECONDS);
            monitor.eventsDelivered().get(10, TimeUnit.SECONDS);
            assertThat(registry.get(PveMeterNames.TASKS).tag("product", "pbs").tag("type", "garbage_collection")
                    .tag("outcome", "ok").timer().count()).isEqualTo(1);
            assertThat(registry.find(PveMeterNames.MONITOR_REQUESTS).tag("product", "pbs").timers()).isNotEmpty();
            assertThat(registry.find(PveMeterNames.TASKS).tag("product", "pve").timers()).isEmpty();
        }
    }
}
