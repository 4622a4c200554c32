package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskOutcome;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The paths off the happy one: each ends its watch with the right outcome, delivered once, or refuses clearly. */
class DurableFailurePathsTest extends DurableTestSupport {

    /** Long enough that a deadline's final check can never be what finds the end. */
    static final WaitPolicy LONG = FAST.withTimeout(Duration.ofMinutes(10));

    @Test
    void aTaskTheListShowsRunningForeverIsFoundEndedByAConfirmation() throws Exception {
        DataSource ds = freshPostgres();
        // every worker orphaned, pvestatd hung: the node's list shows the ended task running for ever
        PveSimulator sim = sim(PveSimulator.builder().orphanShare(1.0));
        sim.hangPvestatd("pve1");
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMillis(300)));
        m.watch(u, LONG, "effect", "");
        eventually(delivered(m, u), "the confirmation that finds it ended");
        assertThat(effects(ds)).containsEntry(u.toString(), "OK");
    }

    @Test
    void aTaskTheServerNeverKnewFailsOnceTheGraceIsOver() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        Upid ghost = Upid.parse("UPID:pve1:00001234:00005678:" + Long.toHexString(System.currentTimeMillis() / 1000).toUpperCase()
                + ":qmclone:100:root@pam:");
        m.watch(ghost, LONG, "effect", "");
        eventually(delivered(m, ghost), "the failed ending");
        DurableWatch w = m.find(ghost).orElseThrow();
        assertThat(w.outcome()).contains(TaskOutcome.FAILED);
        assertThat(w.failure().orElseThrow()).contains("does not know the task");
        assertThat(effects(ds)).containsEntry(ghost.toString(), "FAILED");
    }

    @Test
    void aRejectedTokenEndsTheNodesWatchesAsFailedNotRetriedUntilTheDeadline() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        PveClient wrong = track(PveClient.builder().baseUri(sim.baseUri())
                .credentials(Credentials.apiToken(sim.tokenId(), "00000000-0000-0000-0000-000000000000")).build());
        DurableTaskMonitor m = monitor(ds, wrong, "a");
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMinutes(5)));
        m.watch(u, LONG, "effect", "");
        eventually(delivered(m, u), "the failed ending");
        assertThat(m.find(u).orElseThrow().outcome()).contains(TaskOutcome.FAILED);
        assertThat(m.find(u).orElseThrow().failure().orElseThrow()).doesNotContain("00000000-0000"); // no secret in what is stored
    }

    @Test
    void aWatchWhoseNodeLostItsCycleIsPickedUpByTheSweep() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        PveClient client = client(sim);
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMillis(300)));
        DurableTaskMonitor recorder = track(DurableTaskMonitor.builder(ds).server("pve", client).runCycles(false).build());
        recorder.watch(u, LONG, "effect", "");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM pve_tasks_scheduled WHERE task_name = 'pve-tasks-node'")).isEqualTo(1);
        }
        DurableTaskMonitor worker = monitor(ds, client, "worker"); // its sweep runs every second
        eventually(delivered(worker, u), "the delivery after the sweep");
        assertThat(effects(ds)).containsEntry(u.toString(), "OK");
    }

    @Test
    void aDatabaseWithoutTheTablesIsRefusedAtStartNamingTheFix() throws Exception {
        DataSource ds = pool();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS pve_tasks_watch");
            s.execute("DROP TABLE IF EXISTS pve_tasks_scheduled");
        }
        PveSimulator sim = sim(PveSimulator.builder());
        assertThatThrownBy(() -> DurableTaskMonitor.builder(ds).server("pve", client(sim)).handler("effect", recordingEffect()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pve_tasks_watch")
                .hasMessageContaining("DurableSchema.create(dataSource)");
    }
}
