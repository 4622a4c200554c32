package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskFailedException;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class MonitorTest extends MonitorTestSupport {

    @Test
    void progressAndEveryLogLineArriveInOrderBeforeTheHandleCompletes() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        TaskScript.Builder script = TaskScript.builder(Duration.ofSeconds(100));
        for (int i = 0; i <= 1200; i++) {
            script.line(Duration.ofMillis(i * 80L), String.format(java.util.Locale.ROOT,
                    "mirror-scsi0: transferred %.1f GiB of 32.0 GiB (%.2f%%) in %ds", 32.0 * i / 1200, 100.0 * i / 1200, i * 80 / 1000));
        }
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", script.build());
        List<TaskLogLine> lines = new CopyOnWriteArrayList<>();
        List<Progress> progress = new CopyOnWriteArrayList<>();
        List<TaskStatus> statuses = new CopyOnWriteArrayList<>();
        TaskHandle h = monitor.watch(u, FAST).onLogLine(lines::add).onProgress(progress::add).onStatus(statuses::add);

        sim.advance(Duration.ofSeconds(40));
        eventually(() -> h.lastProgress().map(p -> p.fraction().getAsDouble() >= 0.39).orElse(false), "progress at 40 s");
        sim.advance(Duration.ofSeconds(61));
        TaskStatus done = h.result().get(20, TimeUnit.SECONDS);

        assertThat(done.exitStatus()).contains(ExitStatus.OK);
        assertThat(lines).extracting(TaskLogLine::text).containsExactlyElementsOf(sim.log(u)); // none lost, none twice
        assertThat(lines).extracting(TaskLogLine::n).isSorted();
        assertThat(progress.get(progress.size() - 1).fraction()).hasValue(1.0);
        assertThat(statuses).extracting(TaskStatus::isRunning).containsExactly(true, false);
    }

    @Test
    void oneListPerNodeAndCycleAnswersForEveryTaskRunningOrFinished() throws Exception {
        String[] nodes = {"n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10"};
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).nodes(nodes));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        List<Upid> upids = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(10 + i % 7));
            switch (i % 4) {
                case 0: b.endsOk(); break;
                case 1: b.endsWithWarnings(2); break;
                case 2: b.endsWithError("clone failed: disk " + i + " is full"); break;
                default: b.endsKilled();
            }
            TaskScript script = b.build();
            upids.add(sim.startTask(nodes[i % nodes.length], "qmclone", Integer.toString(100 + i), "root@pam", script));
            expected.add(script.exitStatus());
        }
        List<TaskHandle> handles = monitor.watchAll(upids, FAST);
        long listsBefore = sim.counters().count(Endpoint.NODE_TASKS);
        eventually(() -> sim.counters().count(Endpoint.NODE_TASKS) >= listsBefore + 100, "ten list cycles");
        for (String n : nodes) { // the cycles are spread evenly: one list per node and cycle
            assertThat(sim.counters().count(Endpoint.NODE_TASKS, n)).isBetween(3L, 60L);
        }
        assertThat(sim.counters().count(Endpoint.TASK_STATUS)).as("no status call while the list says running").isZero();

        sim.advance(Duration.ofSeconds(20));
        List<TaskStatus> results = TaskMonitor.awaitAll(handles);
        for (int i = 0; i < upids.size(); i++) {
            assertThat(results.get(i).exitStatus().orElseThrow().raw()).isEqualTo(expected.get(i));
        }
        // the archive part of each node's list carries the exit status the server read: no status calls at all
        assertThat(sim.counters().count(Endpoint.TASK_STATUS)).isZero();
        assertThat(sim.counters().total()).isEqualTo(sim.counters().count(Endpoint.NODE_TASKS));
        assertThat(monitor.watchedCount()).isZero();
    }

    @Test
    void aTimeoutEndsPollingForRealAndStopsTheServerTaskOnlyWhenAsked() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).nodes("pve1", "pve2"));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        Upid keep = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofHours(1)));
        Upid kill = sim.startTask("pve2", "qmclone", "300", "root@pam", TaskScript.ok(Duration.ofHours(1)));
        TaskHandle h1 = monitor.watch(keep, FAST.withTimeout(Duration.ofMillis(300)));
        TaskHandle h2 = monitor.watch(kill, FAST.toBuilder().timeout(Duration.ofMillis(300)).stopTaskOnTimeout(true).build());
        assertThatThrownBy(() -> h1.result().get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(TaskTimeoutException.class)
                .cause().hasMessageContaining("last seen running");
        assertThatThrownBy(() -> h2.result().get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(TaskTimeoutException.class);
        eventually(() -> sim.exitStatus(kill).isPresent(), "the server task to be stopped");
        assertThat(sim.exitStatus(kill)).contains("received interrupt");
        assertThat(sim.isRunning(keep)).isTrue();
        assertThat(monitor.watchedCount()).isZero();
        long lists = sim.counters().count(Endpoint.NODE_TASKS, "pve1");
        // another watch's whole life passes; pve1 is not polled again
        Upid later = sim.startTask("pve2", "qmstart", "301", "root@pam", TaskScript.ok(Duration.ZERO));
        sim.advance(Duration.ofSeconds(1));
        monitor.watch(later, FAST).result().get(20, TimeUnit.SECONDS);
        assertThat(sim.counters().count(Endpoint.NODE_TASKS, "pve1")).isEqualTo(lists);
    }

    @Test
    void transientFaultsNeverFailATaskAndTheOutcomeIsTheServers() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        Upid u = sim.startTask("pve1", "vzdump", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(5)).endsWithWarnings(1).build());
        sim.inject(Fault.status(596, "Connection timed out").on(Endpoint.NODE_TASKS).times(3));
        sim.inject(Fault.status(500, "proxy loop detected").on(Endpoint.TASK_STATUS).times(2));
        sim.inject(Fault.connectionReset().on(Endpoint.TASK_STATUS).times(1));
        sim.inject(Fault.malformedJson().on(Endpoint.TASK_STATUS).times(1));
        TaskHandle h = monitor.watch(u, FAST);
        eventually(() -> sim.counters().count(Endpoint.NODE_TASKS) >= 4, "the faulty lists to pass");
        sim.advance(Duration.ofSeconds(6));
        assertThat(h.result().get(20, TimeUnit.SECONDS).exitStatus().orElseThrow().raw()).isEqualTo("WARNINGS: 1");
    }

    @Test
    void aNodeThatStaysDownFailsItsWatchesOnlyAtTheDeadlineWithTheCause() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).nodes("pve1", "pve2"));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        Upid u = sim.startTask("pve2", "qmstart", "300", "root@pam", TaskScript.ok(Duration.ofMinutes(1)));
        sim.nodeDown("pve2");
        TaskHandle h = monitor.watch(u, FAST.withTimeout(Duration.ofMillis(700)));
        ExecutionException e = catchExecution(h);
        assertThat(e.getCause()).isInstanceOf(TaskTimeoutException.class).hasMessageContaining("595");
    }

    @Test
    void noSuchTaskIsToleratedForTheGracePeriodOnly() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        Upid ghost = Upid.parse(String.format("UPID:pve1:00001234:00005678:%08X:qmstart:100:root@pam:", sim.now().getEpochSecond()));
        TaskHandle h = monitor.watch(ghost, FAST);
        ExecutionException e = catchExecution(h);
        assertThat(e.getCause()).isInstanceOf(PveApiException.class);
        assertThat(((PveApiException) e.getCause()).isNoSuchTask()).isTrue();
        assertThat(sim.counters().count(Endpoint.TASK_STATUS)).isGreaterThan(1);
    }

    @Test
    void aThrowingListenerHarmsNobody() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        AtomicInteger monitorEvents = new AtomicInteger();
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() {
            @Override
            public void watchEnded(TaskHandle watch, WatchEnding ending) {
                monitorEvents.incrementAndGet();
                throw new IllegalStateException("metrics broke");
            }
        });
        Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
        List<TaskStatus> seen = new CopyOnWriteArrayList<>();
        TaskHandle h = monitor.watch(u, FAST).onStatus(s -> {
            throw new IllegalStateException("listener broke");
        }).onStatus(seen::add);
        sim.advance(Duration.ofSeconds(2));
        assertThat(h.result().get(20, TimeUnit.SECONDS).isStopped()).isTrue();
        eventually(() -> seen.stream().anyMatch(TaskStatus::isStopped), "the second listener");
        assertThat(monitorEvents).hasValue(1);
    }

    @Test
    void cancelCloseAndWatchesAfterClose() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        PveClient client = client(sim);
        TaskMonitor monitor = TaskMonitor.builder(client).build();
        Upid a = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofHours(1)));
        Upid b = sim.startTask("pve1", "qmclone", "101", "root@pam", TaskScript.ok(Duration.ofHours(1)));
        TaskHandle ha = monitor.watch(a, FAST);
        TaskHandle hb = monitor.watch(b, FAST);
        assertThat(ha.cancel()).isTrue();
        assertThat(ha.result()).isCancelled();
        eventually(() -> hb.lastStatus().isPresent(), "the second watch to poll");
        monitor.close();
        // The future holds the monitor's own cancellation; await() throws it, on every Java (on 25,
        // get() itself throws a new CancellationException "get" with the monitor's as its cause).
        assertThat(hb.result().handle((r, e) -> e).get(10, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class).hasMessageContaining("closed");
        assertThat(monitor.watch(a, FAST).result()).isCompletedExceptionally();
        assertThatThrownBy(hb::await).isInstanceOf(CancellationException.class).hasMessage("the monitor was closed");
    }

    @Test
    void stopTaskEndsWithTheTasksTrueFinalStatus() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        PveClient client = client(sim);
        TaskMonitor monitor = monitor(client, new TaskMonitorListener() { });
        Upid u = client.tasks().start(TaskRequests.cloneVm("pve1", 100, 150).with("full", true));
        TaskHandle h = monitor.watch(u, FAST);
        sim.advance(Duration.ofSeconds(10));
        eventually(() -> h.lastStatus().isPresent(), "a first poll");
        TaskStatus s = h.stopTask().get(20, TimeUnit.SECONDS);
        assertThat(s.exitStatus().orElseThrow().message()).isEqualTo("clone failed: interrupted by signal");
    }

    @Test
    void aWatchResumedFromAStoredUpidReportsTheRealOutcomeOfATaskThatEndedMeanwhile() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        String stored = sim.startTask("pve1", "vzdump", "100", "root@pam",
                TaskScript.builder(Duration.ofMinutes(5)).endsWithError("job errors").build()).toString();
        sim.advance(Duration.ofMinutes(10));
        TaskStatus s = monitor.watch(stored, FAST).result().get(20, TimeUnit.SECONDS);
        assertThat(s.exitStatus().orElseThrow().raw()).isEqualTo("job errors");
    }

    @Test
    void successTurnsAFailureIntoAnExceptionWithTheMessageAndTheLogTail() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).kind()); // about outcomes, not archive timing
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(2))
                .line(Duration.ofSeconds(1), "create full clone of drive scsi0 (local-lvm:vm-100-disk-0)")
                .endsWithError("clone failed: storage 'local-lvm' is full").build());
        TaskHandle h = monitor.watch(u, FAST);
        sim.advance(Duration.ofSeconds(3));
        assertThatThrownBy(h::awaitSuccess).isInstanceOf(TaskFailedException.class)
                .hasMessageContaining("clone failed: storage 'local-lvm' is full")
                .satisfies(e -> assertThat(((TaskFailedException) e).logTail()).extracting(TaskLogLine::text)
                        .containsExactly("create full clone of drive scsi0 (local-lvm:vm-100-disk-0)",
                                "TASK ERROR: clone failed: storage 'local-lvm' is full"));

        Upid warn = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.builder(Duration.ZERO).endsWithWarnings(1).build());
        sim.advance(Duration.ofSeconds(1));
        assertThat(monitor.watch(warn, FAST).awaitSuccess().exitStatus().orElseThrow().warnings()).isEqualTo(1);
        TaskHandle strict = monitor.watch(warn, FAST.toBuilder().warningsAreSuccess(false).build());
        assertThatThrownBy(strict::awaitSuccess).isInstanceOf(TaskFailedException.class);
    }

    @Test
    void anHaRequestLeadsToTheRealTaskTheHaManagerStarts() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(20));
        PveClient client = client(sim);
        TaskMonitor monitor = monitor(client, new TaskMonitorListener() { });
        Upid ha = client.tasks().start(TaskRequests.stopVm("pve1", 102)); // 102 is HA-managed
        assertThat(ha.type()).isEqualTo("hastop");
        TaskHandle h = monitor.watch(ha, FAST);
        TaskHandle real = h.followUp().orElseThrow().get(20, TimeUnit.SECONDS);
        assertThat(real.upid().type()).isEqualTo("qmstop");
        assertThat(real.upid().id()).isEqualTo("102");
        assertThat(real.result().get(20, TimeUnit.SECONDS).exitStatus()).contains(ExitStatus.OK);
        assertThat(monitor.watch(real.upid(), FAST).followUp()).isEmpty();
    }

    @Test
    void aFourHourBackupOutlivesTwoTicketRenewals() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(3600)); // an hour a second
        PveClient client = track(PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                .credentials(Credentials.password(sim.user(), sim.password())).build());
        TaskMonitor monitor = monitor(client, new TaskMonitorListener() { });
        Upid backup = client.tasks().start(TaskRequests.vzdump("pve1", 100));
        sim.scriptNext("vzdump", TaskScript.ok(Duration.ofHours(4)));
        Upid longBackup = client.tasks().start(TaskRequests.vzdump("pve1", 101));
        TaskHandle h = monitor.watch(longBackup, WaitPolicy.forType("vzdump").toBuilder().backoff(Backoff.fixed(Duration.ofMillis(50))).build());
        assertThat(h.result().get(30, TimeUnit.SECONDS).exitStatus()).contains(ExitStatus.OK);
        assertThat(sim.counters().count(Endpoint.LOGIN)).isGreaterThanOrEqualTo(3);
        assertThat(backup).isNotEqualTo(longBackup);
    }

    @Test
    void aKnownFinalStatusIsNeverLostWhenTheLogCannotBeRead() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        TaskMonitor monitor = monitor(client(sim), new TaskMonitorListener() { });
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(5))
                .line(Duration.ofSeconds(1), "create full clone of drive scsi0").endsWithError("clone failed: disk full").build());
        sim.inject(Fault.status(500, "log unreadable").on(Endpoint.TASK_LOG));
        List<TaskLogLine> lines = new CopyOnWriteArrayList<>();
        TaskHandle h = monitor.watch(u, FAST.withTimeout(Duration.ofSeconds(2))).onLogLine(lines::add);
        sim.advance(Duration.ofSeconds(6));
        // The task's end is known from the list; the deadline must not turn it into a timeout.
        TaskStatus s = h.result().get(20, TimeUnit.SECONDS);
        assertThat(s.exitStatus().orElseThrow().message()).isEqualTo("clone failed: disk full");
        assertThat(lines).isEmpty();
    }

}
