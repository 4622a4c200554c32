package io.github.pvetasks.benchmarks;

import io.github.pvetasks.jdbc.testing.PostgresServer;
import io.github.pvetasks.jdbc.testing.Replicas;
import io.github.pvetasks.jdbc.testing.TcpProxy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What goes wrong during a replica soak, by the second: a {@code kill -9} of a random replica
 * every few seconds (started again a second later), the database cut off from every replica for
 * 8 s at 20 s (longer than the 4 s dead-replica threshold), one replica's clock 8 s ahead from
 * 35 s to 60 s (past the heartbeat limit), and the database killed and restarted at 70 s. For
 * each node execution a killed replica held, the time until another replica ran it again.
 */
final class Chaos {

    final List<Double> takeovers = Collections.synchronizedList(new ArrayList<>());
    /** Takeovers of the cycles a replica held when it was stopped at the end of its skewed-clock spell: later by the skew. */
    final List<Double> skewedTakeovers = Collections.synchronizedList(new ArrayList<>());
    int kills;
    private final Replicas replicas;
    private final List<String> names;
    private final PostgresServer pg;
    private final TcpProxy proxy;
    private final DataSource db;
    private final SplittableRandom random;
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chaos");
        t.setDaemon(true);
        return t;
    });
    private final List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());

    Chaos(Replicas replicas, List<String> names, PostgresServer pg, TcpProxy proxy, DataSource db, SplittableRandom random) {
        this.replicas = replicas;
        this.names = names;
        this.pg = pg;
        this.proxy = proxy;
        this.db = db;
        this.random = random;
    }

    /** The events still to come, by the second they are due at (a tick may come late: each fires once, at its first tick after). */
    private final java.util.TreeMap<Long, String> events = new java.util.TreeMap<>(java.util.Map.of(
            20L, "cut", 28L, "uncut", 35L, "skew", 60L, "unskew", 70L, "restart"));

    void tick(long second, int killEvery, int step) throws Exception {
        String skewed = names.get(names.size() - 1);
        java.util.Map.Entry<Long, String> due = events.firstEntry();
        String event = due != null && due.getKey() <= second ? events.pollFirstEntry().getValue() : "";
        if (event.equals("cut")) {
            System.out.println("chaos: database cut off for 8 s");
            proxy.down(true);
        } else if (event.equals("uncut")) {
            proxy.down(false);
        } else if (event.equals("skew") || event.equals("unskew")) {
            String skew = event.equals("skew") ? "skew-ms=8000" : "skew-ms=0";
            System.out.println("chaos: " + skewed + " restarted with " + skew);
            kill(skewed, skew, event.equals("unskew") ? skewedTakeovers : takeovers);
        } else if (event.equals("restart")) {
            System.out.println("chaos: database killed (kill -9), restarted after 3 s");
            pg.kill();
            Thread.sleep(3000);
            pg.startAgain();
        } else if (step % killEvery == 0 && !(second >= 8 && second <= 32) && !(second >= 58 && second <= 80)) {
            // kills apart from the database's own outages (from 12 s before, a takeover's longest):
            // one failure at a time in each takeover figure
            List<String> up = new ArrayList<>(replicas.running());
            if (second >= 33 && second <= 62) {
                up.remove(skewed); // its clock's own effect on takeover is not a kill's: one failure at a time
            }
            if (up.size() >= 2 || (up.size() == 1 && replicas.running().size() >= 2)) {
                String victim = up.get(random.nextInt(up.size()));
                awaitHolding(victim, 3000); // mid-cycle, when it can be caught there
                kill(victim, "seed=" + random.nextInt(), takeovers);
            }
        }
    }

    private void kill(String victim, String restartArg, List<Double> samples) throws Exception {
        Map<String, Long> held = picked(victim);
        long killedAt = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT, "chaos: kill -9 %s holding %s%n", victim, held.keySet());
        replicas.kill(victim);
        kills++;
        for (Map.Entry<String, Long> e : held.entrySet()) {
            pending.add(CompletableFuture.runAsync(() -> awaitTakeover(e.getKey(), e.getValue(), killedAt, samples), background));
        }
        pending.add(CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(1000);
                replicas.start(victim, restartArg);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }, background));
    }

    /** Waits, at most {@code millis}, until the replica runs a node cycle. */
    private void awaitHolding(String replica, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < until && picked(replica).isEmpty()) {
            Thread.sleep(2);
        }
    }

    /** @return the node executions the replica holds now: instance to version */
    private Map<String, Long> picked(String replica) {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT task_instance, version FROM pve_tasks_scheduled WHERE task_name = 'pve-tasks-node' AND picked = TRUE AND picked_by = ?")) {
            ps.setString(1, replica);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (java.sql.SQLException e) {
            // the database is down: no sample this time
        }
        return out;
    }

    /** Waits until the execution was picked again after its revival (two versions on) or is gone. */
    private void awaitTakeover(String instance, long version, long killedAt, List<Double> samples) {
        long until = killedAt + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            try (Connection c = db.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT version FROM pve_tasks_scheduled WHERE task_name = 'pve-tasks-node' AND task_instance = ?")) {
                ps.setString(1, instance);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) >= version + 2) {
                        double t = (System.nanoTime() - killedAt) / 1e9;
                        samples.add(t);
                        System.out.printf(java.util.Locale.ROOT, "chaos: %s taken over after %.1f s%n", instance, t);
                        return;
                    }
                }
                Thread.sleep(50);
            } catch (java.sql.SQLException e) {
                sleep();
            } catch (InterruptedException e) {
                return;
            }
        }
        samples.add(120.0);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void finish() throws Exception {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
        background.shutdownNow();
    }
}
