package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.simulator.PbsScripts;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One monitor watching a Proxmox VE cluster and a Proxmox Backup Server at once (issue 16). */
class MixedProductsMonitorTest extends MonitorTestSupport {

    /** The cluster simulator's time, which the backup server and the monitor follow too. */
    PveSimulator clockSource;
    Clock clock;

    PveSimulator cluster() throws Exception {
        clockSource = sim(PveSimulator.builder().timeScale(0).kind());
        clock = clockSource.clock();
        return clockSource;
    }

    PveSimulator backupServer() {
        return sim(PveSimulator.builder().clock(clock).product(Product.PBS));
    }

    PveClient client(PveSimulator sim, Product product) {
        return track(PveClient.builder().baseUri(sim.baseUri()).product(product).clock(clock)
                .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build());
    }

    void advance(TaskMonitor monitor, Duration total) throws Exception {
        for (long s = 0; s < total.toSeconds(); s++) {
            clockSource.advance(Duration.ofSeconds(1));
            assertThat(monitor.awaitQuiet(Duration.ofSeconds(20))).as("the monitor caught up").isTrue();
        }
    }

    @Test
    void aBackupOnTheClusterAndItsVerifyOnTheBackupServerEndInOneMonitorEachReadItsOwnWay() throws Exception {
        PveSimulator pve = cluster();
        PveSimulator pbs = backupServer();
        Set<String> requested = ConcurrentHashMap.newKeySet();
        TaskMonitorListener spy = new TaskMonitorListener() {
            @Override
            public void requestCompleted(MonitorRequest r) {
                requested.add(r.product() + " " + r.node() + " " + r.endpoint());
            }
        };
        TaskMonitor monitor = track(TaskMonitor.builder(client(pve, Product.PVE)).server(client(pbs, Product.PBS))
                .clock(clock).listener(spy).build());
        Upid backup = pve.startTask("pve1", "vzdump", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(4)));
        Upid verify = pbs.startTask("pbs1", "verificationjob", "store1:v-3f2a", "root@pam", PbsScripts.verify());
        List<Progress> progress = new CopyOnWriteArrayList<>();
        TaskHandle b = monitor.watch(backup, FAST);
        TaskHandle v = monitor.watch(verify, FAST).onProgress(progress::add);
        advance(monitor, Duration.ofSeconds(12));
        TaskStatus backupEnd = b.result().get(10, TimeUnit.SECONDS);
        TaskStatus verifyEnd = v.result().get(10, TimeUnit.SECONDS);
        assertThat(backupEnd.exitStatus()).contains(ExitStatus.OK);
        assertThat(verifyEnd.exitStatus()).contains(ExitStatus.OK);
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).fraction().getAsDouble()).isEqualTo(1.0);
        // each server was asked about its own node only; PBS has no cluster list to ask
        assertThat(requested).anyMatch(r -> r.startsWith("pbs pbs1 "));
        assertThat(requested).anyMatch(r -> r.startsWith("pve pve1 "));
        assertThat(requested).noneMatch(r -> r.startsWith("pbs pve1") || r.startsWith("pve pbs1"));
        assertThat(monitor.watchedCount()).isZero();
    }

    @Test
    void aStopOnTheBackupServerIsOnlyARequestAndTheWatchEndsWithTheTasksOwnOutcome() throws Exception {
        cluster();
        PveSimulator pbs = backupServer();
        TaskMonitor monitor = track(TaskMonitor.builder(client(pbs, Product.PBS)).clock(clock).build());
        Upid prune = pbs.startTask("pbs1", "prune", "store1", "root@pam", PbsScripts.prune());
        Upid gc = pbs.startTask("pbs1", "garbage_collection", "store1", "root@pam", PbsScripts.garbageCollection());
        TaskHandle p = monitor.watch(prune, FAST);
        TaskHandle g = monitor.watch(gc, FAST);
        p.stopTask();
        g.stopTask();
        assertThat(monitor.awaitQuiet(Duration.ofSeconds(20))).isTrue();
        assertThat(pbs.isRunning(prune)).as("a stop only asks PBS to abort").isTrue();
        assertThat(pbs.log(gc)).anyMatch(l -> l.endsWith(": received abort request ..."));
        advance(monitor, Duration.ofSeconds(6));
        // prune never checks for an abort: it runs to its end and succeeds; GC stops at its next check point
        assertThat(p.result().get(10, TimeUnit.SECONDS).exitStatus()).contains(ExitStatus.OK);
        assertThat(g.result().get(10, TimeUnit.SECONDS).exitStatus().orElseThrow().message()).isEqualTo("abort requested - aborting task");
    }

    @Test
    void aTaskOfAProductWithoutAServerIsRefusedByName() throws Exception {
        PveSimulator pve = cluster();
        TaskMonitor monitor = track(TaskMonitor.builder(client(pve, Product.PVE)).clock(clock).build());
        Upid pbsTask = Upid.parse("UPID:pbs1:000003E8:0002A5F3:00000000:65A1B2C3:verify:store1:root@pam:");
        assertThatThrownBy(() -> monitor.watch(pbsTask, FAST)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no PBS server").hasMessageContaining(pbsTask.toString());
        assertThat(monitor.watchedCount()).as("a refused task leaves no watch behind").isZero();
        PveClient second = client(pve, Product.PVE);
        assertThatThrownBy(() -> TaskMonitor.builder(client(pve, Product.PVE)).server(second))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a second PVE server without node names");
        assertThat(TaskMonitor.builder(client(pve, Product.PVE)).server(second, "pve9")).isNotNull();
    }

    @Test
    void twoClustersAndABackupServerInOneMonitorEachTaskReadFromItsOwnServer() throws Exception {
        PveSimulator first = cluster();
        PveSimulator second = sim(PveSimulator.builder().clock(clock).kind().nodes("pve9"));
        PveSimulator pbs = backupServer();
        TaskMonitor monitor = track(TaskMonitor.builder(client(first, Product.PVE)).server(client(second, Product.PVE), "pve9")
                .server(client(pbs, Product.PBS)).clock(clock).build());
        Upid a = first.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
        Upid b = second.startTask("pve9", "qmstart", "900", "root@pam", TaskScript.builder(Duration.ofSeconds(3)).endsWithWarnings(1).build());
        Upid c = pbs.startTask("pbs1", "prune", "store1", "root@pam", PbsScripts.prune());
        List<TaskHandle> handles = monitor.watchAll(List.of(a, b, c), FAST);
        advance(monitor, Duration.ofSeconds(6));
        List<TaskStatus> done = TaskMonitor.awaitAll(handles);
        assertThat(done).extracting(s -> s.exitStatus().orElseThrow().raw()).containsExactly("OK", "WARNINGS: 1", "OK");
        assertThat(second.counters().total()).isPositive();
        assertThat(first.exitStatus(b)).isEmpty(); // the first cluster never heard of the second's task
    }
}
