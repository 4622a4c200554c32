package io.github.pvetasks.cli;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicies;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The task management guide's scenarios in Java, exactly as the README shows them, run against the simulator. */
class GuideExamplesTest {

    // example:begin guide
    /** Read a task's status: state, exit status (classified as PVE does), start time, user. */
    static String status(PveClient client, Upid upid) {
        TaskStatus s = client.tasks().status(upid);
        return s.isRunning() ? "running since " + s.startTime()
                : s.exitStatus().get().kind() + " (" + s.exitStatus().get().message() + ") by " + s.user();
    }

    /** Wait for completion with a timeout and a progress callback. */
    static TaskStatus waitWithProgress(TaskMonitor monitor, Upid upid) {
        return monitor.watch(upid, WaitPolicy.forType(upid.type()))          // the guide's per-type timeout
                .onProgress(p -> System.out.printf("%s %.0f%%%n", upid.type(), p.percent().getAsDouble()))
                .await();                                                   // TaskTimeoutException at the deadline
    }

    /** Clone a VM with progress; a failure throws TaskFailedException with the reason and the log tail. */
    static TaskStatus cloneVm(PveClient client, TaskMonitor monitor, String node, long source, long target, String name) {
        Upid upid = client.tasks().start(TaskRequests.cloneVm(node, source, target).with("name", name).with("full", true));
        return monitor.watch(upid).onProgress(p -> System.out.println(p.percent().getAsDouble() + "%")).awaitSuccess();
    }

    /** Create a container and wait, with the create timeout. */
    static TaskStatus createContainer(PveClient client, TaskMonitor monitor, String node, long vmid, String template) {
        Upid upid = client.tasks().start(TaskRequests.createContainer(node, vmid, template)
                .with("hostname", "ct" + vmid).with("memory", 512).with("rootfs", "local-lvm:8"));
        return monitor.watch(upid, WaitPolicy.forType("vzcreate")).awaitSuccess();
    }

    /** Monitor many tasks at once: one thread, one list request per node and cycle. */
    static Map<Upid, ExitStatus> monitorMany(TaskMonitor monitor, List<Upid> upids) {
        Map<Upid, ExitStatus> results = new LinkedHashMap<>();
        for (TaskHandle h : monitor.watchAll(upids)) {
            results.put(h.upid(), h.await().exitStatus().get());        // WARNINGS: n counts as success
        }
        return results;
    }

    /** Task history with the server's filters, newest first. */
    static List<TaskInfo> recentFailures(PveClient client, String node) {
        return client.tasks().list(node, TaskQuery.builder().source(TaskSource.ALL).errors(true).limit(10).build()).items();
    }

    /** Stop a task, then read its true final status. */
    static ExitStatus stop(TaskMonitor monitor, Upid upid) {
        return monitor.watch(upid).stopTask().join().exitStatus().get();
    }

    /** Per-operation timeouts: the guide's table as defaults, overridable per type. */
    static TaskMonitor monitorWithLongerClones(PveClient client) {
        WaitPolicies table = WaitPolicies.defaults().withTimeout("qmclone", Duration.ofHours(6));
        return TaskMonitor.builder(client).waitPolicies(table).build();
    }

    /** Error recovery: transient faults are retried inside the wait; only the deadline ends it. */
    static String robustWait(TaskMonitor monitor, Upid upid) {
        try {
            return monitor.watch(upid, WaitPolicy.forType(upid.type()).withTimeout(Duration.ofMinutes(30))).await()
                    .exitStatus().get().message();
        } catch (TaskTimeoutException e) {
            return "gave up: " + e.getMessage();                             // last status and last fault included
        }
    }

    /** Bulk clone: start N clones, watch all with one monitor, map each result back to its target VM. */
    static Map<Long, ExitStatus> bulkClone(PveClient client, TaskMonitor monitor, String node, long template, List<Long> targets) {
        Map<Upid, Long> started = new LinkedHashMap<>();                    // keyed by UPID: every task id is the template
        for (long target : targets) {
            started.put(client.tasks().start(TaskRequests.cloneVm(node, template, target)), target);
        }
        Map<Long, ExitStatus> results = new LinkedHashMap<>();
        monitorMany(monitor, new ArrayList<>(started.keySet())).forEach((upid, exit) -> results.put(started.get(upid), exit));
        return results;
    }
    // example:end guide

    @Test
    void everyGuideScenarioRunsAgainstTheSimulator() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(200).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow()))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).clock(sim.clock()).build();
             TaskMonitor monitor = monitorWithLongerClones(client)) {
            assertThat(cloneVm(client, monitor, "pve1", 104, 120, "web-3").exitStatus()).contains(ExitStatus.OK);
            assertThat(createContainer(client, monitor, "pve1", 250, "local:vztmpl/debian-12.tar.zst").exitStatus()).contains(ExitStatus.OK);

            Upid warn = sim.startTask("pve1", "vzdump", "101", "root@pam", TaskScript.builder(Duration.ofSeconds(20)).endsWithWarnings(1).build());
            Upid err = sim.startTask("pve1", "qmstart", "103", "root@pam", TaskScript.builder(Duration.ofSeconds(5)).endsWithError("VM 103 already running").build());
            Map<Upid, ExitStatus> many = monitorMany(monitor, List.of(warn, err));
            assertThat(many.get(warn).isSuccess()).isTrue();
            assertThat(many.get(err).message()).isEqualTo("VM 103 already running");
            assertThat(status(client, err)).isEqualTo("ERROR (VM 103 already running) by root@pam");
            assertThat(recentFailures(client, "pve1")).extracting(TaskInfo::upid).contains(warn, err);

            Upid snap = client.tasks().start(TaskRequests.snapshotVm("pve1", 100, "before"));
            assertThat(waitWithProgress(monitor, snap).isStopped()).isTrue();

            Upid longClone = sim.startTask("pve1", "qmclone", "100", sim.tokenId(), TaskScript.builder(Duration.ofHours(3))
                    .onStop("clone failed: interrupted by signal").build());
            assertThat(stop(monitor, longClone).message()).isEqualTo("clone failed: interrupted by signal");

            sim.inject(Fault.status(596, "Connection timed out").on(Endpoint.NODE_TASKS).times(3));
            Upid flaky = sim.startTask("pve1", "qmstart", "101", "root@pam", TaskScript.ok(Duration.ofSeconds(10)));
            assertThat(robustWait(monitor, flaky)).isEqualTo("OK");

            Map<Long, ExitStatus> bulk = bulkClone(client, monitor, "pve1", 104, List.of(500L, 501L, 502L, 503L, 504L));
            assertThat(bulk).hasSize(5).allSatisfy((id, exit) -> assertThat(exit.isSuccess()).isTrue());
            assertThat(sim.guest(504)).isPresent();
        }
    }

}
