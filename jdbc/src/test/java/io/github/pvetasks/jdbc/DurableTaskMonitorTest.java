package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskOutcome;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Durable watches on a real PostgreSQL against the simulator, one replica at a time. */
class DurableTaskMonitorTest extends DurableTestSupport {

    @Test
    void everyEndingReachesItsHandlerOnceWithItsEffectInTheSameTransaction() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        Upid ok = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
        Upid warn = sim.startTask("pve1", "vzdump", "101", "root@pam", TaskScript.builder(Duration.ofSeconds(1)).endsWithWarnings(2).build());
        Upid err = sim.startTask("pve2", "qmstart", "102", "root@pam", TaskScript.builder(Duration.ofMillis(500)).endsWithError("boom").build());
        for (Upid u : List.of(ok, warn, err)) {
            DurableWatch w = m.watch(u, FAST, "effect", "order-" + u.id());
            assertThat(w.state()).isEqualTo(DurableWatch.State.ACTIVE);
        }
        eventually(delivered(m, ok, warn, err), "three deliveries");
        assertThat(effects(ds)).containsEntry(ok.toString(), "OK").containsEntry(warn.toString(), "WARNING")
                .containsEntry(err.toString(), "ERROR").hasSize(3);
        DurableWatch done = m.find(warn).orElseThrow();
        assertThat(done.outcome()).contains(TaskOutcome.WARNING);
        assertThat(done.exitStatus().orElseThrow().raw()).isEqualTo("WARNINGS: 2");
        assertThat(m.endingsDelivered()).isEqualTo(3);
    }

    @Test
    void aWatchRecordedTwiceIsOneWatchAndAConflictingOneIsRefused() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
        DurableWatch first = m.watch(u, FAST, "effect", "order-1");
        assertThat(m.watch(u, FAST, "effect", "order-1").recordedAt()).isEqualTo(first.recordedAt());
        assertThatThrownBy(() -> m.watch(u, FAST, "effect", "order-2")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(u.toString()).hasMessageContaining("already watched");
        eventually(delivered(m, u), "the delivery");
        assertThat(effects(ds)).hasSize(1);
    }

    @Test
    void aWatchRecordedInTheCallersTransactionCommitsWithItsWorkOrNotAtAll() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        Upid kept = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMillis(500)));
        Upid dropped = sim.startTask("pve1", "qmclone", "101", "root@pam", TaskScript.ok(Duration.ofMillis(500)));
        try (java.sql.Connection tx = ds.getConnection()) {
            tx.setAutoCommit(false);
            m.watch(tx, "pve", kept, FAST, "effect", "order-1");
            // recorded twice in one transaction: the second is the first, and the transaction stays usable
            assertThat(m.watch(tx, "pve", kept, FAST, "effect", "order-1").upid()).isEqualTo(kept);
            tx.commit();
            m.watch(tx, "pve", dropped, FAST, "effect", "order-2");
            tx.rollback();
            tx.setAutoCommit(true);
        }
        eventually(delivered(m, kept), "the committed watch's delivery");
        assertThat(m.find(dropped)).isEmpty();
        assertThat(effects(ds)).containsOnlyKeys(kept.toString());
    }

    @Test
    void aRestartedServiceGoesOnWithEveryStoredWatch() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        PveClient client = client(sim);
        DurableTaskMonitor first = monitor(ds, client, "before");
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
        first.watch(u, FAST, "effect", "order-1");
        first.close(); // the service stops before the clone ends
        Thread.sleep(2500); // the clone ends while nobody watches (real time: the server's clock)
        assertThat(effects(ds)).isEmpty();
        DurableTaskMonitor second = monitor(ds, client, "after");
        eventually(delivered(second, u), "the delivery after the restart");
        assertThat(effects(ds)).containsEntry(u.toString(), "OK").hasSize(1);
    }

    @Test
    void aDeadlineThatPassedWhileNoReplicaRanEndsAsATimeoutWithTheServersLastStatus() throws Exception {
        DataSource ds = freshPostgres();
        // pvestatd archives ended tasks each second here, so the list knows when each one ended
        PveSimulator sim = sim(PveSimulator.builder().pvestatdInterval(Duration.ofSeconds(1)));
        PveClient client = client(sim);
        DurableTaskMonitor first = monitor(ds, client, "before");
        WaitPolicy short1s = FAST.withTimeout(Duration.ofSeconds(1));
        Upid stillRunning = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMinutes(10)));
        Upid endedInTime = sim.startTask("pve1", "qmstart", "101", "root@pam", TaskScript.ok(Duration.ofMillis(300)));
        // ends after the deadline, and is seen more than the final check's grace after it (nobody watched then)
        Upid endedLate = sim.startTask("pve2", "qmclone", "102", "root@pam", TaskScript.ok(Duration.ofMillis(3000)));
        first.close(); // nobody watches from here on
        // recorded by a replica that died at once: the rows exist, no cycle has run
        DurableTaskMonitor writer = monitor(ds, client, "writer");
        writer.watch(stillRunning, short1s, "effect", "");
        writer.watch(endedInTime, short1s, "effect", "");
        writer.watch(endedLate, short1s, "effect", "");
        writer.close();
        Thread.sleep(7000);
        DurableTaskMonitor later = monitor(ds, client, "later");
        eventually(delivered(later, stillRunning, endedInTime, endedLate), "three endings");
        DurableWatch timedOut = later.find(stillRunning).orElseThrow();
        assertThat(timedOut.outcome()).contains(TaskOutcome.TIMEOUT);
        assertThat(timedOut.failure().orElseThrow()).contains("still running at the deadline");
        assertThat(later.find(endedInTime).orElseThrow().outcome()).contains(TaskOutcome.OK);
        DurableWatch late = later.find(endedLate).orElseThrow();
        assertThat(late.outcome()).contains(TaskOutcome.TIMEOUT);
        assertThat(late.exitStatus().orElseThrow().raw()).isEqualTo("OK");
        assertThat(effects(ds)).containsEntry(stillRunning.toString(), "TIMEOUT").containsEntry(endedInTime.toString(), "OK")
                .containsEntry(endedLate.toString(), "TIMEOUT");
    }

    @Test
    void aHandlerThatThrowsIsCalledAgainUntilItCommitsAndItsEffectExistsOnce() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        AtomicInteger calls = new AtomicInteger();
        EndingHandler effect = recordingEffect();
        DurableTaskMonitor m = track(DurableTaskMonitor.builder(ds).server("pve", client(sim)).replicaName("flaky")
                .pollingInterval(Duration.ofMillis(100)).handler("flaky", (ending, payload, tx) -> {
                    effect.handle(ending, payload, tx); // written, then rolled back with the failure
                    if (calls.incrementAndGet() <= 2) {
                        throw new IllegalStateException("downstream not ready");
                    }
                }).build());
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMillis(200)));
        m.watch(u, FAST, "flaky", "x");
        eventually(delivered(m, u), "the third delivery");
        assertThat(calls.get()).isEqualTo(3);
        assertThat(effects(ds)).hasSize(1);
        assertThat(m.find(u).orElseThrow().deliveryAttempts()).isEqualTo(2);
    }

    @Test
    void aCancelledWatchEndsOnceAsCancelled() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMinutes(5)));
        m.watch(u, FAST, "effect", "");
        assertThat(m.cancel(u)).isTrue();
        assertThat(m.cancel(u)).isFalse();
        assertThat(m.find(u).orElseThrow().state()).isEqualTo(DurableWatch.State.DELIVERED);
        assertThat(effects(ds)).containsEntry(u.toString(), "CANCELLED").hasSize(1);
    }

    @Test
    void badInputIsRefusedByName() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder());
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(5)));
        assertThatThrownBy(() -> m.watch(u, FAST, "nope", "")).hasMessageContaining("no handler named 'nope'");
        assertThatThrownBy(() -> m.watch("pbs", u, FAST, "effect", "")).hasMessageContaining("no server named 'pbs'");
        assertThatThrownBy(() -> m.watch(u, FAST, "effect", "x".repeat(4001))).hasMessageContaining("4000");
        assertThatThrownBy(() -> m.watch(u, FAST, "effect", null)).hasMessageContaining("payload must not be null");
        assertThatThrownBy(() -> DurableTaskMonitor.builder(ds).server("a|b", client(sim))).hasMessageContaining("'a|b'");
        assertThatThrownBy(() -> DurableTaskMonitor.builder(ds).tables("x; DROP", "t")).hasMessageContaining("x; DROP");
        assertThatThrownBy(() -> DurableTaskMonitor.builder(ds).server("pve", client(sim)).build()).hasMessageContaining("no ending handler");
    }
}
