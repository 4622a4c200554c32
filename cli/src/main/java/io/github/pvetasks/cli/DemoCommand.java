package io.github.pvetasks.cli;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.metrics.MeteredPveTransport;
import io.github.pvetasks.metrics.PveMeterNames;
import io.github.pvetasks.metrics.PveTaskMetrics;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Starts the embedded simulator and runs the task management guide's scenarios with pve-tasks. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the task management guide's scenarios against an embedded Proxmox VE simulator "
        + "(3 nodes, simulated time 60x faster). Exit code 0 when every scenario behaves as expected.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--transport", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})", defaultValue = "jdk")
    TransportChoice transport;

    @Option(names = "--time-scale", description = "simulated seconds per second (default: ${DEFAULT-VALUE})", defaultValue = "60")
    double timeScale;

    @Option(names = "--plain", description = "plain lines instead of live progress bars")
    boolean plain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    private ProgressView view;
    private final Map<String, Boolean> results = new LinkedHashMap<>();
    private WaitPolicy quick;

    @Override
    public Integer call() throws Exception {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            // At 0 the simulated clock never moves: no task would end and no wait would time out.
            throw new CliException("--time-scale must be more than 0, got " + timeScale);
        }
        out = spec.commandLine().getOut();
        // Polling suited to a clock 60x faster than real time: every 50 ms, at most 250 ms.
        quick = WaitPolicy.builder().timeout(Duration.ofMinutes(2)).backoff(Backoff.exponential(Duration.ofMillis(50), 1.5, Duration.ofMillis(250))).build();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        long t0 = System.nanoTime();
        try (PveSimulator sim = PveSimulator.builder().nodes("pve1", "pve2", "pve3").timeScale(timeScale)
                .unauthorizedDelay(Duration.ofMillis(100)).start();
             DemoBackupServer backupServer = new DemoBackupServer(sim)) {
            // the bars count the tasks' simulated time, as a monitor on this clock sees it
            view = new ProgressView(out, !plain && ProgressView.terminal(), sim.clock());
            out.printf("pve-tasks demo: simulator at %s (nodes %s), certificate pinned %s...%n",
                    sim.baseUri(), String.join(", ", sim.nodes()), sim.fingerprint().orElseThrow().substring(0, 23));
            TransportOptions options = TransportOptions.builder(sim.baseUri()).fingerprint(sim.fingerprint().orElseThrow()).build();
            PveTransport base = transport.create(options);
            out.printf("transport: %s; auth: API token %s; backup server at %s%n%n", base.name(), sim.tokenId(), backupServer.describe());
            try (PveClient client = PveClient.builder().transport(MeteredPveTransport.wrap(base, registry)).clock(sim.clock())
                    .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
                 TaskMonitor monitor = TaskMonitor.builder(client).server(backupServer.client()).clock(sim.clock()).build();
                 PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build()) {
                metrics.bindTo(registry);
                run("clone", () -> cloneWithProgress(client, monitor, sim));
                run("create", () -> createContainer(client, monitor, sim));
                run("several", () -> severalAtOnce(client, monitor, sim));
                run("history", () -> history(client));
                run("stop", () -> stopATask(client, monitor, sim));
                run("timeouts", () -> perTypeTimeouts(monitor, sim));
                run("faults", () -> faultRecovery(client, monitor, sim));
                run("bulk", () -> bulkClone(client, monitor, sim));
                run("backup server", () -> {
                    scenario("9. A backup on the cluster, then its verify on the backup server, in one monitor");
                    DemoBackupServer.Result r = backupServer.backupThenVerify(client, monitor,
                            (u, label) -> watchWithProgress(monitor, u, label, quick), out);
                    check("backup server", r.ok(), r.detail());
                });
                run("durable", () -> {
                    scenario("10. Durable watches: two replica processes share one database; one is killed mid-clone");
                    try (DemoReplicas replicas = new DemoReplicas()) {
                        DemoReplicas.Result r = replicas.run(sim, client, out);
                        check("durable", r.ok(), r.detail());
                    }
                });
            } finally {
                base.close();
            }
            view.finish();
            DemoSummary.print(out, registry, (System.nanoTime() - t0) / 1e9);
        }
        boolean all = results.values().stream().allMatch(b -> b);
        out.printf("%n%d of %d scenarios behaved as expected%n", results.values().stream().filter(b -> b).count(), results.size());
        out.flush();
        return all ? 0 : 1;
    }

    private interface Scenario {
        void run() throws Exception;
    }

    /** A scenario that throws did not behave as expected: say so and go on with the next. */
    private void run(String name, Scenario scenario) {
        try {
            scenario.run();
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            check(name, false, "unexpected " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private void scenario(String title) {
        view.finish();
        out.printf("%n== %s%n", title);
        out.flush();
    }

    private void check(String name, boolean ok, String detail) {
        view.finish();
        results.put(name, ok);
        out.printf("   %s %s%n", ok ? "[ok]  " : "[FAIL]", detail);
        out.flush();
    }

    private TaskHandle watchWithProgress(TaskMonitor monitor, Upid upid, String label, WaitPolicy policy) {
        return monitor.watch(upid, policy).onProgress(p -> view.progress(label, upid, p)).onStatus(s -> {
            if (s.isStopped()) {
                view.done(label, s);
            }
        });
    }

    private void cloneWithProgress(PveClient client, TaskMonitor monitor, PveSimulator sim) throws Exception {
        scenario("1. Clone a VM with progress (full clone of template 104 to VM 120)");
        Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 120).with("name", "web-3").with("full", true));
        out.printf("   started %s%n   (the task id is the SOURCE vm: %s)%n", upid, upid.id());
        TaskStatus s = watchWithProgress(monitor, upid, "clone 104 -> 120", quick).result().get(1, TimeUnit.MINUTES);
        check("clone", s.exitStatus().map(ExitStatus::isSuccess).orElse(false) && sim.guest(120).isPresent(),
                "clone finished " + ProgressView.describe(s.exitStatus().orElseThrow()) + "; VM 120 '" + sim.guest(120).map(g -> g.name()).orElse("?") + "' exists");
    }

    private void createContainer(PveClient client, TaskMonitor monitor, PveSimulator sim) throws Exception {
        scenario("2. Create a container and wait (the create timeout: " + WaitPolicy.forType("vzcreate").timeout() + ")");
        Upid upid = client.tasks().start(TaskRequests.createContainer("pve2", 250, "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst")
                .with("hostname", "ct-demo").with("memory", 512).with("rootfs", "local-lvm:8"));
        TaskStatus s = monitor.watch(upid, quick.withTimeout(WaitPolicy.forType("vzcreate").timeout())).result().get(1, TimeUnit.MINUTES);
        view.done("create CT 250", s);
        check("create", s.exitStatus().map(ExitStatus::isSuccess).orElse(false) && sim.guest(250).isPresent(),
                "container 250 created on pve2");
    }

    private void severalAtOnce(PveClient client, TaskMonitor monitor, PveSimulator sim) throws Exception {
        scenario("3. Monitor several tasks at once (one monitor thread, one list request per node and cycle)");
        sim.scriptNext("vzdump", TaskScript.builder(Duration.ofSeconds(40))
                .line(Duration.ofSeconds(2), "INFO: starting new backup job: vzdump 101 --mode snapshot")
                .line(Duration.ofSeconds(10), "INFO:  25% (8.0 GiB of 32.0 GiB) in 8s, read: 1.0 GiB/s, write: 900.0 MiB/s")
                .line(Duration.ofSeconds(20), "INFO:  50% (16.0 GiB of 32.0 GiB) in 18s, read: 1.0 GiB/s, write: 900.0 MiB/s")
                .line(Duration.ofSeconds(30), "WARN: unable to freeze guest filesystems (no guest agent)")
                .line(Duration.ofSeconds(38), "INFO: 100% (32.0 GiB of 32.0 GiB) in 36s, read: 1.0 GiB/s, write: 900.0 MiB/s")
                .endsWithWarnings(1).build());
        sim.scriptNext("qmclone", TaskScript.builder(Duration.ofSeconds(30))
                .line(Duration.ZERO, "create full clone of drive scsi0 (local-lvm:vm-101-disk-0)")
                .line(Duration.ofSeconds(15), "transferred 10.2 GiB of 32.0 GiB (31.88%)")
                .endsWithError("clone failed: storage 'local-lvm' is full").build());
        Map<String, Upid> started = new LinkedHashMap<>();
        started.put("start VM 103", client.tasks().start(TaskRequests.startVm("pve1", 103)));
        started.put("snapshot VM 100", client.tasks().start(TaskRequests.snapshotVm("pve1", 100, "before-upgrade")));
        started.put("backup VM 101", client.tasks().submit(TaskRequests.vzdump("pve1", 101).with("storage", "local")).orElseThrow());
        started.put("clone 101 -> 121", client.tasks().start(TaskRequests.cloneVm("pve1", 101, 121).with("full", true)));
        List<TaskHandle> handles = new ArrayList<>();
        started.forEach((label, upid) -> handles.add(watchWithProgress(monitor, upid, label, quick)));
        List<TaskStatus> done = TaskMonitor.awaitAll(handles);
        List<ExitStatus.Kind> kinds = new ArrayList<>();
        done.forEach(s -> kinds.add(s.exitStatus().orElseThrow().kind()));
        check("several", kinds.equals(List.of(ExitStatus.Kind.OK, ExitStatus.Kind.OK, ExitStatus.Kind.WARNING, ExitStatus.Kind.ERROR)),
                "4 tasks: 2 ok, 1 ok with warnings (WARNINGS: 1 is a success), 1 failed with its reason");
    }

    private void history(PveClient client) {
        scenario("4. Task history (GET /nodes/pve1/tasks with the server's own filters)");
        TaskListPage recent = client.tasks().list("pve1", TaskQuery.builder().source(TaskSource.ALL).limit(8).build());
        out.printf("   %-19s %-10s %-5s %s%n", "started", "type", "id", "outcome");
        for (TaskInfo t : recent.items()) {
            out.printf("   %-19s %-10s %-5s %s%n", t.startTime().toString().substring(0, 19), t.type(), t.id(),
                    t.isRunning() ? "running" : ProgressView.describe(t.exitStatus().orElseThrow()));
        }
        TaskListPage failed = client.tasks().list("pve1", TaskQuery.builder().errors(true).build());
        long lagging = recent.items().stream().filter(TaskInfo::isRunning).count();
        out.printf("   %d tasks in all on pve1; %d not OK in the archive (errors=1 keeps warnings and errors)%n", recent.total(), failed.total());
        if (lagging > 0) {
            out.printf("   %d listed as running: a real node archives a worker whose daemon process is gone only at the next%n"
                    + "   task start or pvestatd run (10 s); the monitor confirms such tasks by status%n", lagging);
        }
        check("history", recent.total() >= 5 && failed.total() <= 2, "history read with source=all and errors=1");
    }

    private void stopATask(PveClient client, TaskMonitor monitor, PveSimulator sim) throws Exception {
        scenario("5. Stop a task (DELETE, then the task's true final status)");
        sim.scriptNext("qmclone", io.github.pvetasks.simulator.TaskScript.builder(Duration.ofHours(1))
                .line(Duration.ofSeconds(1), "create full clone of drive scsi0 (local-lvm:vm-100-disk-0)")
                .line(Duration.ofSeconds(60), "transferred 1.0 GiB of 32.0 GiB (3.13%)")
                .onStop("clone failed: interrupted by signal").build());
        Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 100, 122).with("full", true));
        TaskHandle h = watchWithProgress(monitor, upid, "clone 100 -> 122", quick);
        while (h.lastProgress().isEmpty()) {
            Thread.sleep(20);
        }
        TaskStatus s = h.stopTask().get(1, TimeUnit.MINUTES);
        String msg = s.exitStatus().orElseThrow().message();
        check("stop", msg.equals("clone failed: interrupted by signal") && sim.guest(122).isEmpty(),
                "stopped; the server says '" + msg + "' and VM 122 was not created");
    }

    private void perTypeTimeouts(TaskMonitor monitor, PveSimulator sim) throws Exception {
        scenario("6. Per-operation timeouts (WaitPolicy.forType, the guide's table)");
        for (String type : List.of("qmclone", "vzdump", "qmsnapshot", "qmstart", "vzcreate", "aptupdate")) {
            out.printf("   %-11s %s%n", type, WaitPolicy.forType(type).timeout());
        }
        Upid slow = sim.startTask("pve3", "qmsnapshot", "300", sim.tokenId(), TaskScript.ok(Duration.ofHours(2)));
        TaskHandle h = monitor.watch(slow, WaitPolicy.forType("qmsnapshot").toBuilder().timeout(Duration.ofSeconds(2))
                .stopTaskOnTimeout(true).backoff(quick.backoff()).build());
        String what;
        boolean ok;
        try {
            h.result().get(1, TimeUnit.MINUTES);
            what = "no timeout?";
            ok = false;
        } catch (java.util.concurrent.ExecutionException e) {
            ok = e.getCause() instanceof TaskTimeoutException;
            what = e.getCause().getMessage();
        }
        while (sim.exitStatus(slow).isEmpty()) {
            Thread.sleep(20);
        }
        check("timeouts", ok && sim.exitStatus(slow).isPresent(), "a snapshot stuck for hours, waited for 2 s: " + what
                + "; stopTaskOnTimeout stopped it on the server");
    }

    private void faultRecovery(PveClient client, TaskMonitor monitor, PveSimulator sim) throws Exception {
        scenario("7. Error recovery: 595/596 answers, reset connections and a node down for a while");
        sim.inject(Fault.status(596, "Connection timed out").on(Endpoint.NODE_TASKS).onNode("pve2").times(3));
        sim.inject(Fault.connectionReset().on(Endpoint.NODE_TASKS).onNode("pve3").times(2));
        sim.inject(Fault.status(500, "proxy loop detected").on(Endpoint.NODE_TASKS).times(2));
        Upid a = client.tasks().start(TaskRequests.migrateVm("pve2", 300, "pve3").with("online", true));
        Upid b = sim.startTask("pve3", "vzstart", "401", sim.tokenId(), TaskScript.ok(Duration.ofSeconds(30)));
        sim.nodeDown("pve3");
        TaskHandle ha = watchWithProgress(monitor, a, "migrate VM 300", quick);
        TaskHandle hb = monitor.watch(b, quick);
        Thread.sleep(800); // let the node stay down for a while
        sim.nodeUp("pve3");
        TaskStatus sa = ha.result().get(1, TimeUnit.MINUTES);
        TaskStatus sb = hb.result().get(1, TimeUnit.MINUTES);
        view.done("start CT 401 on pve3", sb);
        sim.clearFaults();
        check("faults", sa.exitStatus().map(ExitStatus::isSuccess).orElse(false) && sb.exitStatus().map(ExitStatus::isSuccess).orElse(false),
                "both tasks finished with their true outcomes; the faults were retried, never counted as failures");
    }

    private void bulkClone(PveClient client, TaskMonitor monitor, PveSimulator sim) throws Exception {
        scenario("8. Bulk clone: 20 VMs from template 104, one monitor for all");
        long before = sim.counters().total();
        Map<Upid, Long> targets = new LinkedHashMap<>();
        for (long id = 500; id < 520; id++) {
            targets.put(client.tasks().start(TaskRequests.cloneVm("pve1", 104, id).with("name", "bulk-" + id)), id);
        }
        // Results are keyed by UPID: every clone's task id is the source VM 104.
        List<TaskHandle> handles = monitor.watchAll(new ArrayList<>(targets.keySet()), quick);
        List<TaskStatus> done = TaskMonitor.awaitAll(handles);
        long ok = done.stream().filter(s -> s.exitStatus().map(ExitStatus::isSuccess).orElse(false)).count();
        long created = targets.values().stream().filter(id -> sim.guest(id).isPresent()).count();
        long requests = sim.counters().total() - before;
        out.printf("   20 clones started, %d ok, %d VMs exist; %d HTTP requests in all, %d of them to watch%n",
                ok, created, requests, requests - 20);
        check("bulk", ok == 20 && created == 20, "every clone mapped back to its target by UPID");
    }
}
