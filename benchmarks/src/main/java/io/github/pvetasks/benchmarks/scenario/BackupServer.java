package io.github.pvetasks.benchmarks.scenario;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.InFlightRecorder;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.transport.jdk.JdkPveTransport;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A scenario's Proxmox Backup Server: the simulator's PBS flavour on the cluster simulator's
 * clock, its own client (with its own in-flight recorder), and its tasks' truth.
 */
final class BackupServer implements AutoCloseable {

    final PveSimulator sim;
    final InFlightRecorder transport;
    final PveClient client;

    BackupServer(PveSimulator cluster) {
        this.sim = PveSimulator.builder().product(Product.PBS).http().clock(cluster.clock()).unauthorizedDelay(Duration.ZERO).start();
        this.transport = new InFlightRecorder(JdkPveTransport.builder(TransportOptions.builder(sim.baseUri()).build()).build());
        this.client = PveClient.builder().product(Product.PBS).baseUri(sim.baseUri()).clock(sim.clock()).transport(transport)
                .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
    }

    /** Starts the planned task on the backup server (or makes up a UPID it never knew) and watches it. */
    ScenarioRunner.Watched start(TaskMonitor monitor, ScenarioPlan.TaskPlan p) {
        Upid upid = p.ghost()
                ? Upid.parse(String.format("UPID:%s:000003E8:0002A5F3:0000FFFF:%08X:%s:store1:root@pam:", sim.nodes().get(0),
                        sim.now().getEpochSecond(), p.type()))
                : sim.startTask(sim.nodes().get(0), p.type(), "store1", "root@pam", ScenarioRunner.script(p));
        return ScenarioRunner.watch(sim, monitor, p, upid);
    }

    /**
     * @param cluster the cluster's truth
     * @return each task's recorded exit status: PBS answers "unknown" for a task it never knew
     */
    Function<Upid, Optional<String>> recordedOr(Function<Upid, Optional<String>> cluster) {
        return u -> {
            if (u.product() != Product.PBS) {
                return cluster.apply(u);
            }
            boolean known = sim.tasks().contains(u);
            return known ? sim.exitStatus(u) : Optional.of("unknown");
        };
    }

    @Override
    public void close() {
        client.close();
        transport.close();
        sim.close();
    }
}
