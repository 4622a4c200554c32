package io.github.pvetasks.jpms;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.jdbc.DurableSchema;
import io.github.pvetasks.jdbc.DurableTaskMonitor;
import io.github.pvetasks.jdbc.DurableWatch;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.hsqldb.jdbc.JDBCDataSource;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A durable watch on an in-memory HSQLDB, on the module path: the jdbc module reads the monitor's
 * parts exported only to it, and db-scheduler as an automatic module. Prints
 * {@code durable=ok module=io.github.pvetasks.jdbc automatic=false delivered=1}.
 */
final class DurableCheck {

    private DurableCheck() {
    }

    static int run(PveSimulator sim) {
        CopyOnWriteArrayList<String> endings = new CopyOnWriteArrayList<>();
        try (PveClient client = PveClient.builder().baseUri(sim.baseUri()).tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow()))
                .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            JDBCDataSource ds = new JDBCDataSource();
            ds.setUrl("jdbc:hsqldb:mem:jpms;hsqldb.tx=mvcc");
            ds.setUser("SA");
            DurableSchema.create(ds);
            try (DurableTaskMonitor monitor = DurableTaskMonitor.builder(ds).server("pve", client).replicaName("jpms")
                    .pollingInterval(Duration.ofMillis(100)).handler("done", (e, p, tx) -> endings.add(e.outcome().tagValue())).build()) {
                Upid upid = sim.startTask("pve1", "qmclone", "101", sim.tokenId(), TaskScript.ok(Duration.ofSeconds(5)));
                monitor.watch(upid, WaitPolicy.forType("qmclone").withTimeout(Duration.ofSeconds(60)), "done", "");
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (monitor.find(upid).orElseThrow().state() != DurableWatch.State.DELIVERED && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Module m = DurableTaskMonitor.class.getModule();
                System.out.printf("durable=%s module=%s automatic=%s delivered=%d%n", endings.equals(java.util.List.of("ok")) ? "ok" : "wrong",
                        m.getName(), m.getDescriptor() == null ? "none" : m.getDescriptor().isAutomatic(), endings.size());
                return endings.equals(java.util.List.of("ok")) ? 0 : 1;
            }
        } catch (Exception e) {
            System.out.println("durable failed: " + e);
            return 1;
        }
    }
}
