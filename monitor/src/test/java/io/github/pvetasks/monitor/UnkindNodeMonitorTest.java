package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitor stays right and on time against a node as unkind as a real one (issue 13). */
class UnkindNodeMonitorTest extends MonitorTestSupport {

    static final WaitPolicy POLICY = WaitPolicy.builder().timeout(Duration.ofSeconds(40))
            .backoff(Backoff.fixed(Duration.ofSeconds(1))).build();

    /** Steps simulated time (which the monitor follows) a second at a time, letting it catch up at each step. */
    static void advance(PveSimulator sim, TaskMonitor monitor, Duration total) throws Exception {
        for (long s = 0; s < total.toSeconds(); s++) {
            sim.advance(Duration.ofSeconds(1));
            assertThat(monitor.awaitQuiet(Duration.ofSeconds(20))).as("the monitor caught up").isTrue();
        }
    }

    @Test
    void orphansEndingWhilePvestatdHangsAreReportedWithTheirOutcomeLongBeforeTheirDeadline() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).orphanShare(1.0));
        TaskMonitor monitor = track(TaskMonitor.builder(client(sim)).clock(sim.clock()).build());
        sim.hangPvestatd("pve1");
        Map<Upid, Instant> ended = new ConcurrentHashMap<>();
        List<TaskHandle> handles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Upid u = sim.startTask("pve1", "qmstart", Integer.toString(100 + i), "root@pam", TaskScript.ok(Duration.ofSeconds(3)));
            TaskHandle h = monitor.watch(u, POLICY);
            h.result().whenComplete((s, e) -> ended.put(u, sim.now()));
            handles.add(h);
        }
        Instant start = sim.now();
        advance(sim, monitor, Duration.ofSeconds(30));
        for (TaskHandle h : handles) {
            assertThat(h.result().get(1, TimeUnit.SECONDS).exitStatus()).contains(ExitStatus.OK);
            // the bound: one confirmation per node every 5 s, so with 3 running watches each is
            // confirmed within 15 s of its end, plus a poll
            assertThat(Duration.between(start, ended.get(h.upid()))).isLessThanOrEqualTo(Duration.ofSeconds(3 + 15 + 2));
        }
        assertThat(sim.counters().count(Endpoint.TASK_STATUS)).as("status calls stay a small per-node budget").isLessThanOrEqualTo(8);
    }

    @Test
    void aTimeoutIsNeverReportedForATaskWhoseStatusSaysStopped() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).orphanShare(1.0));
        TaskMonitor monitor = track(TaskMonitor.builder(client(sim)).clock(sim.clock()).build());
        sim.hangPvestatd("pve1");
        // ends 1 s before its 10 s deadline, before any confirmation: only the deadline's check can see it
        Upid u = sim.startTask("pve1", "vzdump", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(9)).endsWithWarnings(1).build());
        TaskHandle h = monitor.watch(u, POLICY.withTimeout(Duration.ofSeconds(10)));
        advance(sim, monitor, Duration.ofSeconds(12));
        TaskStatus s = h.result().get(1, TimeUnit.SECONDS);
        assertThat(s.exitStatus().orElseThrow().raw()).isEqualTo("WARNINGS: 1");
    }

    @Test
    void everyLogLineArrivesOnceAndWholeThoughTheNodeServesHalfWrittenLines() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).halfWrittenLines(Duration.ofMillis(1500)));
        TaskMonitor monitor = track(TaskMonitor.builder(client(sim)).clock(sim.clock()).build());
        TaskScript.Builder script = TaskScript.builder(Duration.ofSeconds(20));
        for (int i = 1; i <= 10; i++) {
            script.line(Duration.ofSeconds(2L * i - 1), String.format("mirror-scsi0: transferred %d.0 GiB of 10.0 GiB (%d.00%%) in %ds", i, i * 10, 2 * i));
        }
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", script.build());
        List<TaskLogLine> lines = new CopyOnWriteArrayList<>();
        TaskHandle h = monitor.watch(u, POLICY).onLogLine(lines::add);
        advance(sim, monitor, Duration.ofSeconds(25));
        h.result().get(1, TimeUnit.SECONDS);
        assertThat(lines).extracting(TaskLogLine::text).containsExactlyElementsOf(sim.log(u));
    }

    @Test
    void aTaskAgedOutOfTheRotatedIndexIsFoundByItsStatus() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).kind().indexRotateBytes(400));
        Upid old = sim.startTask("pve1", "vzdump", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(1)).endsWithError("job errors").build());
        for (int i = 0; i < 20; i++) {
            sim.advance(Duration.ofSeconds(2));
            sim.startTask("pve1", "qmstart", Integer.toString(101 + i), "root@pam", TaskScript.ok(Duration.ZERO));
        }
        sim.advance(Duration.ofSeconds(2));
        TaskMonitor monitor = track(TaskMonitor.builder(client(sim)).clock(sim.clock()).build());
        TaskStatus s = monitor.watch(old, POLICY).result().get(20, TimeUnit.SECONDS);
        assertThat(s.exitStatus().orElseThrow().raw()).isEqualTo("job errors");
        assertThat(sim.counters().count(Endpoint.TASK_STATUS)).isEqualTo(1);
    }

    @Test
    void aUserWatchesItsTokensRunningTaskThoughItsListHidesIt() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).kind().unprivilegedUser("ops@pve", "ops-password-1"));
        io.github.pvetasks.core.PveClient user = track(io.github.pvetasks.core.PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                .credentials(io.github.pvetasks.core.Credentials.password("ops@pve", "ops-password-1")).build());
        TaskMonitor monitor = track(TaskMonitor.builder(user).clock(sim.clock()).build());
        Upid u = sim.startTask("pve1", "qmclone", "100", "ops@pve!ci", TaskScript.builder(Duration.ofSeconds(3)).endsWithWarnings(1).build());
        TaskHandle h = monitor.watch(u, POLICY);
        advance(sim, monitor, Duration.ofSeconds(5));
        assertThat(h.result().get(1, TimeUnit.SECONDS).exitStatus().orElseThrow().raw()).isEqualTo("WARNINGS: 1");
    }
}
