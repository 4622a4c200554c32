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

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

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
            DataSource ds = new Url("jdbc:hsqldb:mem:jpms;hsqldb.tx=mvcc");
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

    /** One connection per call, from a URL: the check needs no pool. */
    private static final class Url implements DataSource {
        private final String url;

        Url(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, "SA", "");
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return DriverManager.getConnection(url, u, p);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
