package io.github.pvetasks.metrics;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.testkit.Endpoint;
import io.github.pvetasks.testkit.PveSimulator;
import io.github.pvetasks.testkit.TaskScript;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
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

    @Test
    void countsAndDurationsPerOutcomeAreExactAndFinishedTasksStopGrowing() throws Exception {
        MockClock mock = new MockClock();
        SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, mock);
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).startTime(java.time.Instant.parse("2026-03-01T10:00:00Z"))
                .unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).tick(Duration.ofMillis(5)).build();
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).tags(Tags.of("cluster", "lab")).build();
            metrics.bindTo(registry);

            Upid ok = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(90)));
            Upid warn = sim.startTask("pve1", "vzdump", "101", "root@pam", TaskScript.builder(Duration.ofSeconds(30)).endsWithWarnings(1).build());
            Upid err = sim.startTask("pve2", "qmclone", "300", "root@pam", TaskScript.builder(Duration.ofSeconds(60)).endsWithError("disk full").build());
            Upid killed = sim.startTask("pve2", "qmstop", "300", "root@pam", TaskScript.builder(Duration.ofSeconds(20)).endsKilled().build());
            Upid slow = sim.startTask("pve1", "qmclone", "102", "root@pam", TaskScript.ok(Duration.ofHours(1)));
            Upid dropped = sim.startTask("pve1", "qmclone", "103", "root@pam", TaskScript.ok(Duration.ofHours(1)));

            TaskHandle hOk = monitor.watch(ok, FAST);
            TaskHandle hWarn = monitor.watch(warn, FAST);
            TaskHandle hErr = monitor.watch(err, FAST);
            TaskHandle hKilled = monitor.watch(killed, FAST);
            TaskHandle hSlow = monitor.watch(slow, FAST.withTimeout(Duration.ofMillis(400)));
            TaskHandle hDropped = monitor.watch(dropped, FAST);

            eventually(() -> registry.get(PveMeterNames.TASKS_WATCHED).gauge().value() == 6, "six watches");
            mock.add(Duration.ofSeconds(5));
            assertThat(registry.get(PveMeterNames.TASKS_ACTIVE).tag("type", "qmclone").longTaskTimers())
                    .allSatisfy(t -> assertThat(t.duration(TimeUnit.SECONDS)).isGreaterThanOrEqualTo(5));
            assertThat(registry.get(PveMeterNames.TASKS_ACTIVE).longTaskTimers().stream().mapToInt(LongTaskTimer::activeTasks).sum()).isEqualTo(6);

            hDropped.cancel();
            assertThatThrown(hSlow);
            sim.advance(Duration.ofSeconds(20));
            hKilled.result().get(20, TimeUnit.SECONDS);
            sim.advance(Duration.ofSeconds(10));
            hWarn.result().get(20, TimeUnit.SECONDS);
            sim.advance(Duration.ofSeconds(30));
            hErr.result().get(20, TimeUnit.SECONDS);
            sim.advance(Duration.ofSeconds(30));
            hOk.result().get(20, TimeUnit.SECONDS);

            eventually(() -> registry.find(PveMeterNames.TASKS).timers().stream().mapToLong(Timer::count).sum() == 6, "six recorded tasks");
            assertThat(timer(registry, "ok").totalTime(TimeUnit.SECONDS)).isEqualTo(90.0);
            assertThat(timer(registry, "warning").totalTime(TimeUnit.SECONDS)).isEqualTo(30.0);
            assertThat(timer(registry, "error").totalTime(TimeUnit.SECONDS)).isEqualTo(60.0);
            assertThat(timer(registry, "unknown").totalTime(TimeUnit.SECONDS)).isEqualTo(20.0);
            assertThat(timer(registry, "timeout").count()).isEqualTo(1);
            assertThat(timer(registry, "cancelled").count()).isEqualTo(1);
            assertThat(timer(registry, "ok").getId().getTags()).extracting(t -> t.getKey())
                    .containsExactlyInAnyOrder("cluster", "node", "type", "outcome");
            assertThat(registry.get(PveMeterNames.TASKS_WATCHED).gauge().value()).isZero();

            monitor.close(); // drains the monitor's events
            double lists = registry.get(PveMeterNames.POLL_REQUESTS).tag("endpoint", "list").counter().count();
            assertThat(lists).isEqualTo(sim.counters().count(Endpoint.NODE_TASKS));
            assertThat(registry.get(PveMeterNames.POLLS).tag("outcome", "success").timers().stream().mapToLong(Timer::count).sum())
                    .isEqualTo((long) (lists + registry.find(PveMeterNames.POLL_REQUESTS).tag("endpoint", "status").counters().stream()
                            .mapToDouble(c -> c.count()).sum()));

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

    @Test
    void closingTheBinderRemovesItsListener() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).tick(Duration.ofMillis(5)).build()) {
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build();
            metrics.bindTo(registry);
            metrics.close();
            Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ZERO));
            sim.advance(Duration.ofSeconds(1));
            monitor.watch(u, FAST).result().get(20, TimeUnit.SECONDS);
            assertThat(registry.find(PveMeterNames.TASKS).timers()).isEmpty();
            assertThat(registry.find(PveMeterNames.POLL_REQUESTS).counters()).isEmpty();
            assertThat(monitor.removeListener(metrics)).isFalse();
        }
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
}
