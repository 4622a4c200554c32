package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskOutcome;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariant: a watch ends once and its ending is delivered once, whatever races, restarts and failures. */
class DurableInvariantsTest extends DurableTestSupport {

    @Test
    void twoReplicasDeliveringOneEndingAtOnceCommitItOnce() throws Exception {
        DataSource ds = freshPostgres();
        WatchStore store = new WatchStore(ds, "pve_tasks_watch");
        Upid u = Upid.parse("UPID:pve1:00001234:00005678:6752A1B0:qmclone:100:root@pam:");
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        DurableWatch w = new DurableWatch(u, "pve", "effect", "p", FAST, now, now.plusSeconds(60), DurableWatch.State.ACTIVE, 0,
                null, null, null, null, 0, now);
        try (var c = ds.getConnection()) {
            assertThat(store.insert(c, w)).isTrue();
        }
        assertThat(store.end(w, TaskOutcome.OK, "OK", null, now)).isTrue();
        assertThat(store.end(w, TaskOutcome.ERROR, "boom", null, now)).as("a stale replica's verdict on the version it read").isFalse();
        CountDownLatch inHandler = new CountDownLatch(1);
        EndingHandler slow = (ending, payload, tx) -> {
            recordingEffect().handle(ending, payload, tx);
            inHandler.countDown();
            Thread.sleep(300); // the other replica's mark waits on this row's lock meanwhile
        };
        Deliveries a = new Deliveries(store, Map.of("effect", slow), Clock.systemUTC());
        Deliveries b = new Deliveries(store, Map.of("effect", slow), Clock.systemUTC());
        DurableWatch ended = w.ended(TaskOutcome.OK, "OK", null, now);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> deliver(a, ended));
        assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();
        boolean second = deliver(b, ended);
        assertThat(first.get(10, TimeUnit.SECONDS) ^ second).as("exactly one delivery committed").isTrue();
        assertThat(effects(ds)).hasSize(1).containsEntry(u.toString(), "OK");
        assertThat(store.find(u).orElseThrow().state()).isEqualTo(DurableWatch.State.DELIVERED);
    }

    private static boolean deliver(Deliveries d, DurableWatch w) {
        try {
            return d.deliver(w);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDatabaseKilledAndRestartedMidRunLosesNothing() throws Exception {
        DataSource ds = freshPostgres();
        PveSimulator sim = sim(PveSimulator.builder().nodes("pve1", "pve2"));
        DurableTaskMonitor m = monitor(ds, client(sim), "a");
        List<Upid> upids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Upid u = sim.startTask(i % 2 == 0 ? "pve1" : "pve2", "qmclone", Integer.toString(100 + i), "root@pam",
                    TaskScript.ok(Duration.ofMillis(500 + 250L * i)));
            m.watch(u, FAST, "effect", "");
            upids.add(u);
        }
        Thread.sleep(1500);
        postgres().kill(); // kill -9: connections, transactions and the handler's work in flight are gone
        Thread.sleep(2000);
        postgres().startAgain();
        eventually(delivered(m, upids.toArray(Upid[]::new)), "every delivery after the restart");
        assertThat(effects(ds)).hasSize(upids.size()).allSatisfy((u, outcome) -> assertThat(outcome).isEqualTo("OK"));
    }

    /**
     * Random scenarios, seeded and repeatable: tasks of random length and outcome on random nodes,
     * two replicas closed and started again at random, watches cancelled at random, a handler that
     * fails at random. Every watch must end once, with one effect: its task's outcome, or
     * CANCELLED for those cancelled before they ended.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 7L, 20261205L})
    void everyWatchEndsOnceWhateverHappens(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        DataSource ds = freshPostgres();
        String[] nodes = {"pve1", "pve2", "pve3"};
        PveSimulator sim = sim(PveSimulator.builder().nodes(nodes).seed(seed));
        PveClient client = client(sim);
        EndingHandler effect = recordingEffect();
        SplittableRandom handlerRandom = new SplittableRandom(seed * 31);
        EndingHandler flaky = (ending, payload, tx) -> {
            effect.handle(ending, payload, tx);
            boolean fail;
            synchronized (handlerRandom) {
                fail = handlerRandom.nextInt(6) == 0;
            }
            if (fail) {
                throw new IllegalStateException("random handler failure");
            }
        };
        DurableTaskMonitor[] replicas = {replica(ds, client, flaky, "a"), replica(ds, client, flaky, "b")};
        Map<Upid, String> expected = new HashMap<>();
        Set<Upid> cancelled = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            int kind = random.nextInt(3);
            TaskScript.Builder b = TaskScript.builder(Duration.ofMillis(200 + random.nextInt(3000)));
            Upid u = sim.startTask(nodes[random.nextInt(nodes.length)], "qmclone", Integer.toString(100 + i), "root@pam",
                    kind == 0 ? b.endsOk().build() : kind == 1 ? b.endsWithWarnings(3).build() : b.endsWithError("no space").build());
            expected.put(u, kind == 0 ? "OK" : kind == 1 ? "WARNING" : "ERROR");
            replicas[random.nextInt(2)].watch(u, FAST, "effect", "");
        }
        List<Upid> all = new ArrayList<>(expected.keySet());
        all.sort(java.util.Comparator.comparing(Upid::toString));
        for (int step = 0; step < 8; step++) {
            Thread.sleep(200 + random.nextInt(400));
            int action = random.nextInt(3);
            int r = random.nextInt(2);
            if (action == 0) {
                replicas[r].close();
                replicas[r] = replica(ds, client, flaky, r == 0 ? "a" : "b");
            } else if (action == 1) {
                Upid u = all.get(random.nextInt(all.size()));
                if (replicas[r].cancel(u)) {
                    cancelled.add(u);
                }
            }
        }
        eventually(delivered(replicas[0], all.toArray(Upid[]::new)), "every delivery (seed " + seed + ")");
        Map<String, String> effects = effects(ds); // fails on a second effect of one UPID
        assertThat(effects).as("seed %d", seed).hasSize(all.size());
        for (Upid u : all) {
            assertThat(effects.get(u.toString())).as("seed %d, %s", seed, u).isEqualTo(cancelled.contains(u) ? "CANCELLED" : expected.get(u));
        }
    }

    private DurableTaskMonitor replica(DataSource ds, PveClient client, EndingHandler handler, String name) {
        return track(DurableTaskMonitor.builder(ds).server("pve", client).handler("effect", handler).replicaName(name)
                .pollingInterval(Duration.ofMillis(100)).heartbeat(Duration.ofMillis(250), 4).sweepInterval(Duration.ofSeconds(1)).build());
    }
}
