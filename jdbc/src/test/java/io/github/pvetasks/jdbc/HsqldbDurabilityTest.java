package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** One process on an embedded HSQLDB file: watches survive a restart of the process. */
class HsqldbDurabilityTest extends DurableTestSupport {

    @Test
    void aWatchOutlivesTheProcessThatRecordedIt(@TempDir Path dir) throws Exception {
        String url = "jdbc:hsqldb:file:" + dir.resolve("watches") + ";hsqldb.tx=mvcc";
        HikariDataSource ds = pool(url);
        assertThat(DurableSchema.create(ds)).isTrue();
        assertThat(DurableSchema.create(ds)).isFalse(); // there already
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE effects (upid VARCHAR(256) NOT NULL, outcome VARCHAR(20) NOT NULL, payload VARCHAR(100) NOT NULL)");
        }
        PveSimulator sim = sim(PveSimulator.builder());
        PveClient client = client(sim);
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
        DurableTaskMonitor before = monitor(ds, client, "one");
        before.watch(u, FAST, "effect", "order-7");
        before.close();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN"); // the process's database is gone with it
        }
        ds.close();
        Thread.sleep(2500); // the clone ends while the process is down
        DataSource reopened = pool(url); // the process again, on the same file
        DurableTaskMonitor after = monitor(reopened, client, "one");
        eventually(delivered(after, u), "the delivery after the restart");
        assertThat(effects(reopened)).containsEntry(u.toString(), "OK").hasSize(1);
    }

    private HikariDataSource pool(String url) {
        HikariDataSource ds = track(new HikariDataSource());
        ds.setJdbcUrl(url);
        ds.setUsername("SA");
        return ds;
    }
}
