package io.github.pvetasks.cli;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.jdbc.DurableSchema;
import io.github.pvetasks.jdbc.DurableTaskMonitor;
import io.github.pvetasks.jdbc.DurableWatch;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.hsqldb.jdbc.JDBCDataSource;
import org.hsqldb.server.Server;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The demo's durable scenario: an HSQLDB server in this process (no PostgreSQL on a newcomer's
 * machine), two replica processes ({@link DemoReplica}) sharing it, a clone whose watch is
 * recorded in the database, the replica polling its node killed with {@code kill -9} mid-clone,
 * and the other replica delivering the clone's ending, once.
 */
final class DemoReplicas implements AutoCloseable {

    /** What the scenario saw. */
    record Result(boolean ok, String detail) {
    }

    private final Server db;
    private final String url;
    private final List<Process> processes = new ArrayList<>();

    DemoReplicas() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        db = new Server();
        db.setLogWriter(null); // before anything else: the server traces its own setters
        db.setErrWriter(null);
        db.setTrace(false);
        db.setAddress("127.0.0.1");
        db.setPort(port);
        db.setDatabaseName(0, "pvetasks");
        db.setDatabasePath(0, "mem:pvetasks;hsqldb.tx=mvcc");
        db.setSilent(true);
        db.setNoSystemExit(true);
        db.start();
        url = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/pvetasks";
    }

    Result run(PveSimulator sim, PveClient client, PrintWriter out) throws Exception {
        DataSource ds = dataSource(url);
        DurableSchema.create(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE demo_endings (upid VARCHAR(256) NOT NULL, outcome VARCHAR(100) NOT NULL, replica VARCHAR(50) NOT NULL)");
        }
        List<String> base = List.of("db=" + url, "sim=" + sim.baseUri(), "fingerprint=" + sim.fingerprint().orElseThrow(),
                "token=" + sim.tokenId() + "=" + sim.tokenSecret());
        Process a = start("replica-a", base, out);
        sim.scriptNext("qmclone", TaskScript.ok(Duration.ofMinutes(10))); // ten simulated minutes: long enough to die during
        Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 190).with("name", "db-2").with("full", true));
        try (DurableTaskMonitor recorder = DurableTaskMonitor.builder(ds).server("pve", client).runCycles(false).build()) {
            recorder.watch(upid, WaitPolicy.forType("qmclone"), "report", "clone 104 -> 190");
            out.printf("   recorded the watch of %s in the database (handler 'report')%n", upid);
            awaitCycles(ds, 1);
            Process b = start("replica-b", base, out);
            boolean holding = awaitHolding(ds, "replica-a", Duration.ofSeconds(3));
            long killedAt = System.nanoTime();
            a.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no goodbye
            out.printf("   replica-a killed (kill -9) mid-clone%s%n", holding ? ", while it held pve1's cycle" : "");
            out.flush();
            double takeover = awaitCycleAfter(ds, killedAt);
            out.printf("   replica-b ran pve1's cycle %.1f s after the kill%s%n", takeover,
                    holding ? " (the dead replica's heartbeats stopped, 4 x 500 ms, then the next poll)" : " (its next due time)");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (recorder.find(upid).map(w -> w.state() != DurableWatch.State.DELIVERED).orElse(true) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<String> rows = endings(ds);
            boolean ok = rows.size() == 1 && rows.get(0).endsWith("replica-b") && rows.get(0).contains("OK");
            return new Result(ok, "the clone's ending delivered " + rows.size() + " time(s): " + String.join("; ", rows)
                    + "; takeover " + String.format(java.util.Locale.ROOT, "%.1f s", takeover));
        }
    }

    private Process start(String name, List<String> base, PrintWriter out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-XX:TieredStopAtLevel=1", "-Xmx128m", "-cp", System.getProperty("java.class.path"), DemoReplica.class.getName()));
        cmd.addAll(base);
        cmd.add("name=" + name);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        processes.add(p);
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null && !line.equals("ready")) {
            // start-up chatter
        }
        if (line == null) {
            throw new IllegalStateException(name + " did not start");
        }
        out.printf("   %s started (pid %d)%n", name, p.pid());
        out.flush();
        Thread echo = new Thread(() -> {
            try {
                String l;
                while ((l = r.readLine()) != null) {
                    if (l.startsWith("delivered ") || l.contains("ERROR") || l.contains("Exception")) {
                        out.printf("   %s: %s%n", name, l);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the replica died
            }
        }, name + "-out");
        echo.setDaemon(true);
        echo.start();
        return p;
    }

    private static void awaitCycles(DataSource ds, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pve_tasks_scheduled WHERE task_name = 'pve-tasks-node' AND last_success IS NOT NULL")) {
                if (rs.next() && rs.getInt(1) >= n) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no node cycle ran");
    }

    private static boolean awaitHolding(DataSource ds, String replica, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pve_tasks_scheduled WHERE picked = TRUE AND picked_by = ?")) {
                ps.setString(1, replica);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        return true;
                    }
                }
            }
            Thread.sleep(2);
        }
        return false;
    }

    /** @return seconds from the kill until a node cycle completed again */
    private static double awaitCycleAfter(DataSource ds, long killedAtNanos) throws Exception {
        java.sql.Timestamp killed = new java.sql.Timestamp(System.currentTimeMillis() - (System.nanoTime() - killedAtNanos) / 1_000_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pve_tasks_scheduled WHERE task_name = 'pve-tasks-node' AND last_success > ?")) {
                ps.setTimestamp(1, killed);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        return (System.nanoTime() - killedAtNanos) / 1e9;
                    }
                }
            }
            Thread.sleep(20);
        }
        return Double.NaN;
    }

    private static List<String> endings(DataSource ds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT outcome, replica FROM demo_endings")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " by " + rs.getString(2));
            }
        }
        return out;
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        db.shutdown();
    }

    /** @return HSQLDB's own data source on the demo's server: one connection per call, the demo needs no pool */
    static DataSource dataSource(String url) {
        JDBCDataSource ds = new JDBCDataSource();
        ds.setUrl(url);
        ds.setUser("SA");
        ds.setPassword("");
        return ds;
    }
}
