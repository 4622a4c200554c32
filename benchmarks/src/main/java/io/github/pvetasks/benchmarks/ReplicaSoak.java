package io.github.pvetasks.benchmarks;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.jdbc.DurableSchema;
import io.github.pvetasks.jdbc.DurableTaskMonitor;
import io.github.pvetasks.jdbc.DurableWatch;
import io.github.pvetasks.jdbc.testing.PostgresServer;
import io.github.pvetasks.jdbc.testing.Replicas;
import io.github.pvetasks.jdbc.testing.TcpProxy;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Durable watches through crashes: replicas as separate JVMs share a real PostgreSQL (through a
 * TCP proxy that can cut them off) and one simulator. First a single in-memory monitor watches
 * the same kind of workload, for the requests-per-node-cycle baseline. Then the fleet: tasks of
 * 5 to 90 s on many nodes, watched durably, while replicas are killed with {@code kill -9} over
 * and over, the database is cut off for longer than the dead-replica threshold, one replica's
 * clock runs past the heartbeat limit, and the database itself is killed and restarted. Every
 * ending must have exactly one effect row with the server's outcome; the last line says
 * {@code replica-soak replicas=.. tasks=.. kills=N lost=0 duplicated=0 takeover_p99_s=..
 * requests_per_node_cycle=.. db_statements_per_node_cycle=..}, or the run exits 1.
 */
final class ReplicaSoak {

    private ReplicaSoak() {
    }

    static int run(String[] args) throws Exception {
        int replicaCount = MonitorScale.intOption(args, "--replicas", 3);
        int tasks = MonitorScale.intOption(args, "--tasks", 1000);
        int nodeCount = MonitorScale.intOption(args, "--nodes", 20);
        int killEvery = MonitorScale.intOption(args, "--kill-every-s", 5);
        // --calm: no chaos at all, for the fleet's own requests per node cycle in steady state
        boolean calm = java.util.Arrays.asList(args).contains("--calm");
        String[] nodes = new String[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            nodes[i] = "pve" + (i + 1);
        }
        long[] baselineRequests = new long[1];
        double baseline = baseline(nodes, tasks, baselineRequests);
        System.out.printf(Locale.ROOT, "baseline: one in-memory monitor, %.3f requests per node list%n", baseline);
        SplittableRandom random = new SplittableRandom(2026);
        try (PostgresServer pg = PostgresServer.start(); TcpProxy proxy = new TcpProxy(pg.port());
             PveSimulator sim = PveSimulator.builder().nodes(nodes).http().seed(11).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            com.zaxxer.hikari.HikariDataSource direct = PostgresServer.pool(pg.port(), 10);
            DurableSchema.create(direct);
            try (Connection c = direct.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE effects (upid VARCHAR(256) NOT NULL, outcome VARCHAR(20) NOT NULL, payload VARCHAR(100) NOT NULL)");
            }
            Replicas replicas = new Replicas(List.of("db=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres", "sim=" + sim.baseUri(),
                    "token=" + sim.tokenId() + "=" + sim.tokenSecret(), "dawdle-ms=30"));
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= replicaCount; i++) {
                names.add("r" + i);
                replicas.start("r" + i, "seed=" + i);
            }
            Map<Upid, String> expected = new HashMap<>();
            try (DurableTaskMonitor recorder = DurableTaskMonitor.builder(direct).server("pve", client).runCycles(false).build()) {
                long lists0 = sim.counters().count(Endpoint.NODE_TASKS);
                long status0 = sim.counters().count(Endpoint.TASK_STATUS);
                for (int i = 0; i < tasks; i++) {
                    TaskScript script = script(random);
                    Upid u = sim.startTask(nodes[i % nodeCount], "qmclone", Integer.toString(100 + i), "root@pam", script);
                    expected.put(u, script.exitStatus().equals("OK") ? "OK" : script.exitStatus().startsWith("WARNINGS") ? "WARNING" : "ERROR");
                    recorder.watch(u, "effect", "");
                }
                Chaos chaos = new Chaos(replicas, names, pg, proxy, direct, random);
                long t0 = System.nanoTime();
                long deadline = t0 + TimeUnit.MINUTES.toNanos(6);
                int step = 0;
                while (!allDelivered(direct, expected.size()) && System.nanoTime() < deadline) {
                    Thread.sleep(1000);
                    long sec = (System.nanoTime() - t0) / 1_000_000_000L;
                    if (!calm) {
                        chaos.tick(sec, killEvery, ++step);
                    }
                }
                chaos.finish();
                long lists = sim.counters().count(Endpoint.NODE_TASKS) - lists0;
                long statuses = sim.counters().count(Endpoint.TASK_STATUS) - status0;
                Map<String, Integer> effects = effects(direct);
                int lost = 0;
                int duplicated = 0;
                for (Map.Entry<Upid, String> e : expected.entrySet()) {
                    Integer n = effects.get(e.getKey().toString());
                    if (n == null) {
                        lost++;
                    } else if (n > 1) {
                        duplicated++;
                    }
                }
                int wrong = wrongOutcomes(direct, expected);
                int active = recorder.watches(DurableWatch.State.ACTIVE, 10_000).size();
                long cycles = 0;
                long statements = 0;
                for (Replicas.Counters c : replicas.counters().values()) {
                    cycles += c.cycles();
                    statements += c.statements();
                }
                double requestsPerCycle = lists == 0 ? 0 : (double) (lists + statuses) / lists;
                System.out.printf(Locale.ROOT, "fleet: %d lists, %d statuses, %d node cycles reported (%d lists by cycles the reports missed: "
                        + "a replica's last quarter second before its kill), %d DB statements, %d watches still active, %d wrong outcomes; "
                        + "%.1f s%n", lists, statuses, cycles, Math.max(0, lists - cycles), statements, active, wrong,
                        (System.nanoTime() - t0) / 1e9);
                System.out.printf(Locale.ROOT, "takeover: %d executions a killed replica held, re-run by another after p50 %.1f s, p99 %.1f s, max %.1f s%n",
                        chaos.takeovers.size(), percentile(chaos.takeovers, 0.5), percentile(chaos.takeovers, 0.99), percentile(chaos.takeovers, 1.0));
                if (!chaos.skewedTakeovers.isEmpty()) {
                    System.out.printf(Locale.ROOT, "takeover after the replica 8 s ahead stopped: %d executions, max %.1f s (its heartbeats look fresh 8 s longer)%n",
                            chaos.skewedTakeovers.size(), percentile(chaos.skewedTakeovers, 1.0));
                }
                System.out.printf(Locale.ROOT, "replica-soak replicas=%d tasks=%d kills=%d lost=%d duplicated=%d takeover_p99_s=%.1f "
                                + "requests_per_node_cycle=%.3f db_statements_per_node_cycle=%.1f baseline_requests_per_node_cycle=%.3f "
                                + "requests_vs_baseline=%.3f%n",
                        replicaCount, tasks, chaos.kills, lost, duplicated, percentile(chaos.takeovers, 0.99), requestsPerCycle,
                        cycles == 0 ? 0.0 : (double) statements / cycles, baseline, (double) (lists + statuses) / baselineRequests[0]);
                replicas.close();
                direct.close();
                return lost == 0 && duplicated == 0 && wrong == 0 && active == 0 ? 0 : 1;
            }
        }
    }

    /** The workload, the same for the baseline and the fleet: 5 to 90 s, 70 % ok, 20 % warnings, 10 % errors. */
    private static TaskScript script(SplittableRandom random) {
        int kind = random.nextInt(10);
        TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(5 + random.nextInt(86)));
        return kind < 7 ? b.endsOk().build() : kind < 9 ? b.endsWithWarnings(1 + random.nextInt(3)).build() : b.endsWithError("storage full").build();
    }

    /** Requests per node list of one in-memory monitor on the fleet's workload. */
    private static double baseline(String[] nodes, int tasks, long[] total) throws Exception {
        SplittableRandom random = new SplittableRandom(2026);
        try (PveSimulator sim = PveSimulator.builder().nodes(nodes).http().seed(11).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).build()) {
            List<TaskHandle> handles = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                Upid u = sim.startTask(nodes[i % nodes.length], "qmclone", Integer.toString(100 + i), "root@pam", script(random));
                handles.add(monitor.watch(u));
            }
            for (TaskHandle h : handles) {
                TaskStatus s = h.result().get(5, TimeUnit.MINUTES);
                if (s.isRunning()) {
                    throw new IllegalStateException("baseline watch ended running: " + s);
                }
            }
            long lists = sim.counters().count(Endpoint.NODE_TASKS);
            long statuses = sim.counters().count(Endpoint.TASK_STATUS);
            System.out.printf(Locale.ROOT, "baseline: %d tasks on %d nodes, %d lists, %d statuses%n", tasks, nodes.length, lists, statuses);
            total[0] = lists + statuses;
            return (double) (lists + statuses) / lists;
        }
    }

    private static boolean allDelivered(DataSource ds, int n) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pve_tasks_watch WHERE state = 'DELIVERED'")) {
            rs.next();
            return rs.getInt(1) >= n;
        } catch (java.sql.SQLException e) {
            return false; // the database is down this moment
        }
    }

    private static Map<String, Integer> effects(DataSource ds) throws java.sql.SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT upid, COUNT(*) FROM effects GROUP BY upid")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static int wrongOutcomes(DataSource ds, Map<Upid, String> expected) throws java.sql.SQLException {
        int wrong = 0;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT outcome FROM effects WHERE upid = ?")) {
            for (Map.Entry<Upid, String> e : expected.entrySet()) {
                ps.setString(1, e.getKey().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!rs.getString(1).equals(e.getValue())) {
                            wrong++;
                            System.out.println("WRONG " + e.getKey() + " " + rs.getString(1) + " expected " + e.getValue());
                        }
                    }
                }
            }
        }
        return wrong;
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(p * sorted.size()); // nearest rank, 1-based
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }
}
