package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.jdbc.testing.PostgresServer;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.PveSimulatorBuilder;
import org.junit.jupiter.api.AfterEach;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * One PostgreSQL server for every test of the JVM (started at first use), a fresh schema per
 * test, and simulators, clients and monitors closed after each test.
 */
abstract class DurableTestSupport {

    static final WaitPolicy FAST = WaitPolicy.builder().timeout(Duration.ofSeconds(60))
            .backoff(Backoff.fixed(Duration.ofMillis(200))).noSuchTaskGrace(Duration.ofSeconds(2)).build();

    private static PostgresServer postgres;
    private static DataSource pool;
    final List<AutoCloseable> closeables = new ArrayList<>();

    static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        }
        return postgres;
    }

    /** @return a pool of connections to the shared server, as a service has one */
    static synchronized DataSource pool() {
        if (pool == null) {
            pool = PostgresServer.pool(postgres().port(), 40);
        }
        return pool;
    }

    /** @return the shared server's database, emptied of this module's tables and the effects table, then created again */
    static DataSource freshPostgres() throws SQLException {
        DataSource ds = pool();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS pve_tasks_watch");
            s.execute("DROP TABLE IF EXISTS pve_tasks_scheduled");
            s.execute("DROP TABLE IF EXISTS effects");
            // no key on purpose: a second delivery must show as a second row, not as a failed insert that rolls back
            s.execute("CREATE TABLE effects (upid VARCHAR(256) NOT NULL, outcome VARCHAR(20) NOT NULL, payload VARCHAR(100) NOT NULL)");
        }
        DurableSchema.create(ds);
        return ds;
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(closeables);
        for (AutoCloseable c : closeables) {
            c.close();
        }
        closeables.clear();
    }

    <T extends AutoCloseable> T track(T c) {
        closeables.add(c);
        return c;
    }

    PveSimulator sim(PveSimulatorBuilder b) {
        return track(b.http().unauthorizedDelay(Duration.ZERO).start());
    }

    PveClient client(PveSimulator sim) {
        return track(PveClient.builder().baseUri(sim.baseUri())
                .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build());
    }

    /** A handler that records each ending as a row keyed by its UPID, in the delivery's transaction. */
    static EndingHandler recordingEffect() {
        return (ending, payload, tx) -> {
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO effects (upid, outcome, payload) VALUES (?, ?, ?)")) {
                ps.setString(1, ending.upid().toString());
                ps.setString(2, ending.outcome().name());
                ps.setString(3, payload);
                ps.executeUpdate();
            }
        };
    }

    DurableTaskMonitor monitor(DataSource ds, PveClient client, String replica) {
        return track(DurableTaskMonitor.builder(ds).server("pve", client).handler("effect", recordingEffect())
                .replicaName(replica).pollingInterval(Duration.ofMillis(100)).heartbeat(Duration.ofMillis(250), 4)
                .sweepInterval(Duration.ofSeconds(1)).build());
    }

    /** @return the effects table: UPID to outcome */
    static Map<String, String> effects(DataSource ds) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT upid, outcome FROM effects")) {
            while (rs.next()) {
                if (out.put(rs.getString(1), rs.getString(2)) != null) {
                    fail("a second effect of " + rs.getString(1));
                }
            }
        }
        return out;
    }

    static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    static BooleanSupplier delivered(DurableTaskMonitor m, Upid... upids) {
        return () -> {
            for (Upid u : upids) {
                if (m.find(u).map(w -> w.state() != DurableWatch.State.DELIVERED).orElse(true)) {
                    return false;
                }
            }
            return true;
        };
    }
}
