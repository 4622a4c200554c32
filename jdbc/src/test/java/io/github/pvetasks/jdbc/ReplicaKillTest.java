package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.jdbc.testing.Replicas;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas as separate JVMs, killed with {@code kill -9} again and again (mid-cycle, between an
 * ending's record and its handler, inside the handler: the handler dawdles in its transaction so
 * that kills land there often): every ending's effect exists exactly once, with the outcome the
 * server gave, and no watch stays active once its task has ended. Seeded: a failure names its seed.
 */
class ReplicaKillTest extends DurableTestSupport {

    private static final long SEED = Long.getLong("pvetasks.seed", 20261205L);

    @Test
    void killedReplicasNeitherLoseNorRepeatAnEnding() throws Exception {
        DataSource ds = freshPostgres();
        String[] nodes = {"pve1", "pve2", "pve3", "pve4"};
        PveSimulator sim = sim(PveSimulator.builder().nodes(nodes));
        PveClient client = client(sim);
        Replicas replicas = track(new Replicas(List.of("db=" + postgres().jdbcUrl(), "sim=" + sim.baseUri(),
                "token=" + sim.tokenId() + "=" + sim.tokenSecret(), "heartbeat-ms=250", "missed=4", "polling-ms=100", "dawdle-ms=150")));
        replicas.start("r1", "seed=1");
        replicas.start("r2", "seed=2");
        DurableTaskMonitor recorder = track(DurableTaskMonitor.builder(ds).server("pve", client).runCycles(false).build());
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Upid, String> expected = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            Duration d = Duration.ofMillis(300 + random.nextInt(15_000));
            int kind = random.nextInt(3);
            TaskScript.Builder script = TaskScript.builder(d);
            TaskScript s = kind == 0 ? script.endsOk().build() : kind == 1 ? script.endsWithWarnings(1).build() : script.endsWithError("failed").build();
            Upid u = sim.startTask(nodes[i % nodes.length], "qmclone", Integer.toString(100 + i), "root@pam", s);
            expected.put(u, kind == 0 ? "OK" : kind == 1 ? "WARNING" : "ERROR");
            recorder.watch(u, FAST, "effect", "");
        }
        int kills = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(80).toNanos();
        List<CompletableFuture<Void>> restarts = new ArrayList<>();
        while (!allDelivered(recorder, expected.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(400 + random.nextInt(800));
            List<String> up = replicas.running();
            if (up.size() < 2) {
                continue; // one is starting again: kill only while the other can take over
            }
            String victim = up.get(random.nextInt(up.size()));
            replicas.kill(victim);
            kills++;
            String seed = "seed=" + random.nextInt();
            restarts.add(CompletableFuture.runAsync(() -> replicas.startUnchecked(victim, seed))); // a JVM takes seconds to start
        }
        CompletableFuture.allOf(restarts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(allDelivered(recorder, expected.keySet())).as("every watch delivered (seed %d, %d kills)", SEED, kills).isTrue();
        assertThat(kills).isGreaterThanOrEqualTo(4);
        assertThat(effects(ds)).as("one effect per ending, seed %d", SEED).hasSize(expected.size());
        Map<String, String> effects = effects(ds);
        expected.forEach((u, outcome) -> assertThat(effects.get(u.toString())).as("outcome of %s", u).isEqualTo(outcome));
        assertThat(recorder.watches(DurableWatch.State.ACTIVE, 10)).isEmpty();
        assertThat(countEffectsGrouped(ds)).isEqualTo(expected.size());
    }

    private static boolean allDelivered(DurableTaskMonitor m, Iterable<Upid> upids) {
        for (Upid u : upids) {
            if (m.find(u).map(w -> w.state() != DurableWatch.State.DELIVERED).orElse(true)) {
                return false;
            }
        }
        return true;
    }

    private static int countEffectsGrouped(DataSource ds) throws Exception {
        List<String> dup = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT upid, COUNT(*) FROM effects GROUP BY upid")) {
            int n = 0;
            while (rs.next()) {
                n++;
                if (rs.getInt(2) != 1) {
                    dup.add(rs.getString(1));
                }
            }
            assertThat(dup).as("endings delivered more than once").isEmpty();
            return n;
        }
    }
}
