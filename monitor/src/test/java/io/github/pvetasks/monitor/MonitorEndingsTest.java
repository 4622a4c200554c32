package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.InFlightRecorder;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;



import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three defects of issue 12, each of which the monitor before the rebuild showed. */
class MonitorEndingsTest extends MonitorTestSupport {

    /** Records every terminal event per handle. */
    static final class Endings implements TaskMonitorListener {
        final Map<TaskHandle, List<WatchEnding>> ended = new ConcurrentHashMap<>();
        final List<TaskHandle> started = new CopyOnWriteArrayList<>();

        @Override
        public void watchStarted(TaskHandle watch) {
            started.add(watch);
        }

        @Override
        public void watchEnded(TaskHandle watch, WatchEnding ending) {
            ended.computeIfAbsent(watch, k -> new CopyOnWriteArrayList<>()).add(ending);
        }
    }

    @Test
    void aFailedWatchSendsExactlyOneTerminalEventAndLeavesNothingWatched() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).nodes("pve1", "pve2"));
        Endings events = new Endings();
        TaskMonitor monitor = monitor(client(sim), events);
        Upid ghost = Upid.parse(String.format("UPID:pve1:00001234:00005678:%08X:qmstart:100:root@pam:", sim.now().getEpochSecond()));
        Upid denied = sim.startTask("pve2", "qmclone", "300", "root@pam", TaskScript.ok(Duration.ofHours(1)));
        sim.inject(Fault.status(403, "Permission check failed (/nodes/pve2, Sys.Audit)").on(Endpoint.NODE_TASKS, Endpoint.TASK_STATUS).onNode("pve2"));
        TaskHandle hGhost = monitor.watch(ghost, FAST);
        TaskHandle hDenied = monitor.watch(denied, FAST);

        assertThat(catchExecution(hGhost).getCause()).isInstanceOf(PveApiException.class);
        assertThat(((PveApiException) catchExecution(hDenied).getCause()).status()).isEqualTo(403);
        assertThat(events.ended.get(hGhost)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(TaskOutcome.FAILED);
            assertThat(e.failure()).containsInstanceOf(PveApiException.class);
        });
        assertThat(events.ended.get(hDenied)).singleElement().extracting(WatchEnding::outcome).isEqualTo(TaskOutcome.FAILED);
        assertThat(monitor.watchedCount()).isZero();
        monitor.close();
        assertThat(events.started).containsExactlyInAnyOrder(hGhost, hDenied);
        assertThat(events.ended.values()).allSatisfy(list -> assertThat(list).hasSize(1));
    }

    @Test
    void theFollowUpOfAnHaRequestWhoseWatchFailsFailsWithIt() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        PveClient client = client(sim);
        TaskMonitor monitor = monitor(client, new TaskMonitorListener() { });
        Upid ha = client.tasks().start(TaskRequests.startVm("pve1", 102)); // 102 is HA-managed
        assertThat(ha.type()).isEqualTo("hastart");
        sim.inject(Fault.status(403, "Permission check failed (/nodes/pve1, Sys.Audit)").on(Endpoint.NODE_TASKS, Endpoint.TASK_STATUS));
        TaskHandle h = monitor.watch(ha, FAST);
        assertThatThrownBy(() -> h.followUp().orElseThrow().get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(PveApiException.class).hasMessageContaining("403");
    }

    @Test
    void closeFailsAFollowUpStillBeingSearched() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        PveClient client = client(sim);
        TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build();
        Upid ha = client.tasks().start(TaskRequests.startVm("pve1", 102));
        TaskHandle h = monitor.watch(ha, FAST);
        // Let the first poll finish before time jumps: a request in flight across a 2 s jump measures a
        // 2 s latency, which puts its node's next poll beyond the now frozen clock (seen once in a full run).
        assertThat(monitor.awaitQuiet(Duration.ofSeconds(20))).isTrue();
        sim.advance(Duration.ofSeconds(2)); // hastart ends; the HA manager has not started the real task yet
        h.result().get(20, TimeUnit.SECONDS);
        assertThat(h.followUp().orElseThrow()).isNotDone();
        monitor.close();
        assertThat(h.followUp().orElseThrow().handle((r, e) -> e).get(5, TimeUnit.SECONDS)).hasMessageContaining("closed");
    }

    @Test
    void everyRequestOfTheMonitorStaysWithinTheNodesBudget() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        InFlightRecorder counter = new InFlightRecorder(JdkPveTransport.builder(TransportOptions.builder(sim.baseUri()).build()).build());
        PveClient client = track(PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock()).transport(counter)
                .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build());
        track(counter);
        TaskMonitor monitor = track(TaskMonitor.builder(client).maxInFlightPerNode(2).build());
        sim.inject(Fault.latency(Duration.ofMillis(150)).onNode("pve1"));
        List<TaskHandle> handles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Upid u = sim.startTask("pve1", "qmclone", Integer.toString(100 + i), "root@pam", TaskScript.builder(Duration.ofHours(1))
                    .line(Duration.ZERO, "create full clone of drive scsi0").onStop("clone failed: interrupted by signal").build());
            handles.add(monitor.watch(u, FAST.withTimeout(Duration.ofMinutes(1))).onLogLine(line -> { }));
        }
        eventually(() -> handles.stream().allMatch(h -> h.lastStatus().isPresent()), "every clone seen running");
        List<TaskStatus> stopped = new ArrayList<>();
        for (TaskHandle h : handles.subList(0, 10)) {
            h.stopTask();
        }
        for (TaskHandle h : handles.subList(0, 10)) {
            stopped.add(h.result().get(30, TimeUnit.SECONDS));
        }
        assertThat(stopped).allSatisfy(s -> assertThat(s.exitStatus().orElseThrow().message()).isEqualTo("clone failed: interrupted by signal"));
        assertThat(sim.counters().count(Endpoint.TASK_STOP)).isEqualTo(10);
        assertThat(counter.maxInFlight("pve1")).isEqualTo(2);
    }
}
