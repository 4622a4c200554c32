package io.github.pvetasks.cli;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PbsTaskRequests;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.PveSimulator;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * The demo's Proxmox Backup Server: a second embedded simulator (the PBS flavour) beside the
 * cluster, and the scenario that watches a backup on the cluster and then its verify on the
 * backup server in the same monitor.
 */
final class DemoBackupServer implements AutoCloseable {

    private final PveSimulator pbs;
    private final PveClient client;

    /** @param cluster the cluster's simulator, whose time the backup server keeps (as NTP would) */
    DemoBackupServer(PveSimulator cluster) {
        this.pbs = PveSimulator.builder().product(Product.PBS).clock(cluster.clock()).unauthorizedDelay(Duration.ofMillis(100)).start();
        this.client = PveClient.builder().baseUri(pbs.baseUri()).product(Product.PBS).clock(pbs.clock())
                .tlsTrust(TlsTrust.fingerprint(pbs.fingerprint().orElseThrow()))
                .credentials(Credentials.apiToken(pbs.tokenId(), pbs.tokenSecret())).build();
    }

    /** @return the backup server's client, for {@code TaskMonitor.Builder.server} */
    PveClient client() {
        return client;
    }

    /** @return where it listens */
    String describe() {
        return pbs.baseUri() + " (" + pbs.nodes().get(0) + ", port " + Product.PBS.defaultPort() + " in real life)";
    }

    /**
     * Backs VM 100 up on the cluster, then verifies the datastore on the backup server, both
     * watched by one monitor.
     *
     * @param watch watches a task with progress under a label
     * @return whether both ended with success, and what happened
     */
    Result backupThenVerify(PveClient cluster, TaskMonitor monitor, BiFunction<Upid, String, TaskHandle> watch,
            PrintWriter out) throws Exception {
        Upid backup = cluster.tasks().start(TaskRequests.vzdump("pve1", 100).with("storage", "pbs-store1"));
        TaskStatus backedUp = watch.apply(backup, "backup VM 100 (PVE)").result().get();
        Upid verify = client.tasks().start(PbsTaskRequests.verify("store1"));
        out.printf("   %s%n   %s (PBS: nine fields, a task counter, escaped id '%s')%n", backup, verify, verify.rawId());
        TaskStatus verified = watch.apply(verify, "verify store1 (PBS)").result().get();
        boolean ok = backedUp.exitStatus().map(ExitStatus::isSuccess).orElse(false)
                && verified.exitStatus().map(ExitStatus::isSuccess).orElse(false) && monitor.watchedCount() == 0;
        return new Result(ok, "the backup and its verify ended ok in one monitor, each read from its own server");
    }

    /** What a scenario found. */
    record Result(boolean ok, String detail) {
    }

    @Override
    public void close() {
        client.close();
        pbs.close();
    }
}
