package io.github.pvetasks.monitor;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.simulator.PveSimulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A PVE 9 bulk action's handle gives the guests' own tasks, each with its outcome. */
class BulkActionMonitorTest extends MonitorTestSupport {

    @Test
    void aBulkStartOverGuestsOnTwoNodesLeadsToEveryGuestsTaskWithItsOwnOutcome() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0).nodes("pve1", "pve2"));
        PveClient client = client(sim);
        TaskMonitor monitor = track(TaskMonitor.builder(client).clock(sim.clock()).build());
        Upid bulk = client.tasks().start(TaskRequest.of(HttpMethod.POST, "/cluster/bulk-action/guest/start")
                .with("vms", "103,201,301,100").with("max-workers", 2));
        List<TaskHandle> heard = new CopyOnWriteArrayList<>();
        TaskHandle h = monitor.watch(bulk, UnkindNodeMonitorTest.POLICY).onChild(heard::add);
        UnkindNodeMonitorTest.advance(sim, monitor, Duration.ofSeconds(40));
        TaskStatus done = h.result().get(5, TimeUnit.SECONDS);
        assertThat(done.exitStatus().orElseThrow().message()).isEqualTo("Some guests failed to start: 100");
        List<TaskHandle> children = h.allChildren().get(5, TimeUnit.SECONDS);
        assertThat(children).extracting(c -> c.upid().type() + " " + c.upid().id() + " " + c.upid().node())
                .containsExactlyInAnyOrder("qmstart 103 pve1", "vzstart 201 pve1", "vzstart 301 pve2", "qmstart 100 pve1");
        Map<String, String> results = children.stream().collect(Collectors.toMap(c -> c.upid().id(),
                c -> c.result().join().exitStatus().orElseThrow().kind().name()));
        assertThat(results).containsEntry("100", "ERROR").containsEntry("103", "OK").containsEntry("201", "OK").containsEntry("301", "OK");
        assertThat(heard).containsExactlyInAnyOrderElementsOf(children);
        assertThat(monitor.watch(Upid.parse(children.get(0).upid().toString()), UnkindNodeMonitorTest.POLICY).allChildren())
                .isCompletedWithValue(List.of());
    }

    @Test
    void closingTheMonitorCompletesABulkTasksChildrenAndAwaitQuietSaysWhenARequestHangs() throws Exception {
        PveSimulator sim = sim(PveSimulator.builder().timeScale(0));
        PveClient client = client(sim);
        TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build();
        Upid bulk = client.tasks().start(TaskRequest.of(HttpMethod.POST, "/cluster/bulk-action/guest/start").with("vms", "103"));
        sim.inject(io.github.pvetasks.simulator.Fault.latency(Duration.ofSeconds(2)));
        TaskHandle h = monitor.watch(bulk, UnkindNodeMonitorTest.POLICY);
        assertThat(monitor.awaitQuiet(Duration.ofMillis(200))).as("a request takes 2 s").isFalse();
        monitor.close();
        assertThat(h.allChildren().get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(h.result()).isCompletedExceptionally();
    }
}
