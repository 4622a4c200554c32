package io.github.pvetasks.monitor;

import io.github.pvetasks.core.ExitStatus;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24's first goal on stepped simulated time: a node whose watches are all long tasks is
 * asked less often as they age, their ends are still seen within the policy's longest interval,
 * and a short task started among them is seen at its own, short pace.
 */
class LongTaskPacingTest extends MonitorTestSupport {

    private static final WaitPolicy BACKUP = WaitPolicy.forType("vzdump"); // 4 h timeout: polled at most every 30 s

    @Test
    void aNodeOfAgingBackupsIsAskedRarelyYetTheirEndsAndAFreshCloneAreSeenInTime() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).nodes("pve1"));
        TaskMonitor monitor = track(TaskMonitor.builder(client(sim)).clock(sim.clock()).build());
        assertThat(BACKUP.longestInterval()).isEqualTo(Duration.ofSeconds(30));

        Map<Upid, Instant> seenEnded = new ConcurrentHashMap<>();
        List<Upid> backups = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // ends spread over a minute, so detection is measured at many phases of the node's schedule
            Duration runs = Duration.ofMinutes(20).plusSeconds(3L * i);
            Upid u = sim.startTask("pve1", "vzdump", Integer.toString(100 + i), "root@pam", TaskScript.ok(runs));
            monitor.watch(u, BACKUP).result().whenComplete((s, e) -> seenEnded.put(u, sim.now()));
            backups.add(u);
        }
        Instant started = sim.now();

        UnkindNodeMonitorTest.advance(sim, monitor, Duration.ofMinutes(10));
        sim.counters().reset();
        UnkindNodeMonitorTest.advance(sim, monitor, Duration.ofMinutes(5));
        long asked = sim.counters().count(Endpoint.NODE_TASKS, "pve1") + sim.counters().count(Endpoint.TASK_STATUS, "pve1");
        // at 10-15 min of age, an eighth of the age is past the 30 s cap: 2 lists and at most 2
        // confirmations a minute (the pace before: 24 lists and 10 confirmations a minute)
        assertThat(asked).as("requests in 5 minutes to a node of 20 aging backups").isLessThanOrEqualTo(5 * 4 + 1);

        // a short clone started among them is polled at its own pace: the node follows its most urgent watch
        sim.counters().reset();
        Upid clone = sim.startTask("pve1", "qmclone", "900", "root@pam", TaskScript.ok(Duration.ofSeconds(20)));
        Instant cloneEnds = sim.now().plusSeconds(20);
        TaskHandle cloneWatch = monitor.watch(clone, WaitPolicy.forType("qmclone"));
        Map<String, Instant> cloneSeen = new ConcurrentHashMap<>();
        cloneWatch.result().whenComplete((s, e) -> cloneSeen.put("end", sim.now()));
        UnkindNodeMonitorTest.advance(sim, monitor, Duration.ofSeconds(40));
        assertThat(cloneWatch.result().get(1, TimeUnit.SECONDS).exitStatus()).contains(ExitStatus.OK);
        assertThat(Duration.between(cloneEnds, cloneSeen.get("end")))
                .as("a fresh clone's end is seen at its backoff's pace (5 s at most), not the backups' 30 s")
                .isLessThanOrEqualTo(Duration.ofSeconds(6));

        UnkindNodeMonitorTest.advance(sim, monitor, Duration.ofMinutes(7));
        assertThat(seenEnded).as("every backup's end was seen").hasSize(backups.size());
        for (int i = 0; i < backups.size(); i++) {
            Instant ended = started.plus(Duration.ofMinutes(20).plusSeconds(3L * i));
            assertThat(Duration.between(ended, seenEnded.get(backups.get(i))))
                    .as("backup %d seen ended within its policy's longest interval (plus the step)", i)
                    .isLessThanOrEqualTo(BACKUP.longestInterval().plusSeconds(1));
        }
        assertThat(monitor.watchedCount()).isZero();
    }
}
