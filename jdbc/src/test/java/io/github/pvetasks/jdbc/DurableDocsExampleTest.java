package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The durable watches guide's example, run: an order marked when its clone ends, in the same transaction. */
class DurableDocsExampleTest extends DurableTestSupport {

    @Test
    void theGuidesExampleMarksTheOrderOnce() throws Exception {
        DataSource dataSource = freshPostgres();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS orders");
            s.execute("CREATE TABLE orders (id VARCHAR(20) PRIMARY KEY, state VARCHAR(20) NOT NULL)");
            s.execute("INSERT INTO orders VALUES ('order-42', 'cloning')");
        }
        PveSimulator sim = sim(PveSimulator.builder());
        PveClient client = client(sim);
        Upid upid = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
        // example:begin durable-quick-start
        DurableTaskMonitor monitor = DurableTaskMonitor.builder(dataSource)
                .server("pve", client)
                .handler("clone-done", (ending, orderId, tx) -> {
                    // runs once per ending, in the transaction that marks it delivered
                    try (PreparedStatement ps = tx.prepareStatement("UPDATE orders SET state = ? WHERE id = ?")) {
                        ps.setString(1, ending.outcome().isFinished() && ending.finalStatus().orElseThrow().exitStatus()
                                .orElseThrow().isSuccess() ? "ready" : "failed");
                        ps.setString(2, orderId);
                        ps.executeUpdate();
                    }
                })
                .build();
        monitor.watch(upid, "clone-done", "order-42"); // in the database before it returns
        // example:end durable-quick-start
        track(monitor);
        eventually(delivered(monitor, upid), "the order's delivery");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state FROM orders WHERE id = 'order-42'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ready");
        }
    }
}
