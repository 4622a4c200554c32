package io.github.pvetasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A task whose daemon restarted lists as running after it ended; list says which ones the status knows better. */
class ListRunningCheckTest extends CliTestSupport {

    @Test
    void orphansListedAsRunningAreNamedAndJsonKeepsTheListsStatus() throws Exception {
        // Every worker an orphan, and pvestatd hung: an ended task stays "running" in the node's list.
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).orphanShare(1).start()) {
            sim.hangPvestatd("pve1");
            Upid orphan = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofMinutes(1)));
            Upid running = sim.startTask("pve1", "qmclone", "101", "root@pam", TaskScript.ok(Duration.ofHours(1)));
            sim.advance(Duration.ofMinutes(2));
            assertThat(sim.isRunning(orphan)).isFalse();
            String[] conn = {"--url", sim.baseUri().toString(), "--fingerprint", sim.fingerprint().orElseThrow(),
                    "--token", sim.tokenId() + "=" + sim.tokenSecret()};

            assertThat(run(args(conn, "list", "pve1", "--source", "active"))).as(err.toString()).isZero();
            assertThat(out.toString()).contains("ended: ok (listed as running)")
                    .contains("1 listed as running had already ended");
            assertThat(out.toString().lines().filter(l -> l.contains(" 101 ")).findFirst().orElseThrow()).endsWith("running");

            assertThat(run(args(conn, "list", "pve1", "--source", "active", "--output", "json"))).isZero();
            JsonNode items = new ObjectMapper().readTree(out.toString()).get("data");
            JsonNode first = find(items, orphan);
            assertThat(first.get("status").asText()).as("the list's own word").isEqualTo("running");
            assertThat(first.get("checked").get("status").asText()).isEqualTo("stopped");
            assertThat(first.get("checked").get("outcome").asText()).isEqualTo("ok");
            assertThat(find(items, running).get("checked").get("status").asText()).isEqualTo("running");

            long statuses = sim.counters().count(Endpoint.TASK_STATUS);
            assertThat(run(args(conn, "list", "pve1", "--source", "active", "--no-check-running"))).isZero();
            assertThat(out.toString()).doesNotContain("ended:");
            assertThat(sim.counters().count(Endpoint.TASK_STATUS)).isEqualTo(statuses);
        }
    }

    private static JsonNode find(JsonNode items, Upid u) {
        for (JsonNode i : items) {
            if (i.get("upid").asText().equals(u.toString())) {
                return i;
            }
        }
        throw new AssertionError(u + " not listed");
    }

    private static String[] args(String[] conn, String... command) {
        String[] all = new String[command.length + conn.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(conn, 0, all, command.length, conn.length);
        return all;
    }
}
