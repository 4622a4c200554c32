package io.github.pvetasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.simulator.PbsScripts;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code stop} promises, case by case: {@code stop X && next-step} goes on only when X was
 * running and this stop ended it.
 */
class StopCommandTest extends CliTestSupport {

    static String[] withToken(PveSimulator sim, String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", sim.baseUri().toString(), "--fingerprint", sim.fingerprint().orElseThrow(), "--token", token));
        return all.toArray(new String[0]);
    }

    static String[] connected(PveSimulator sim, String... args) {
        return withToken(sim, sim.tokenId() + (sim.product() == Product.PBS ? ":" : "=") + sim.tokenSecret(), args);
    }

    @Test
    void aRunningTaskThatTheStopEndsIsZeroEvenThoughItEndsWithAnError() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().timeScale(50).unauthorizedDelay(Duration.ZERO).start()) {
            Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofHours(1)));
            assertThat(run(connected(sim, "stop", u.toString()))).as(err.toString()).isZero();
            assertThat(out.toString()).contains("stopped: failed: received interrupt");
            assertThat(sim.exitStatus(u)).hasValue("received interrupt");

            Upid v = sim.startTask("pve1", "qmclone", "101", "root@pam", TaskScript.ok(Duration.ofHours(1)));
            assertThat(run(connected(sim, "stop", v.toString(), "--output", "json"))).isZero();
            JsonNode doc = new ObjectMapper().readTree(out.toString());
            assertThat(doc.get("stop").asText()).isEqualTo("stopped");
            assertThat(doc.get("status").asText()).isEqualTo("stopped");
            assertThat(doc.get("outcome").asText()).isEqualTo("error");
        }
    }

    @Test
    void aTaskThatHadAlreadyEndedIsFourAndNothingIsSent() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start()) {
            Upid ok = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ZERO));
            Upid failed = sim.startTask("pve1", "qmstop", "100", "root@pam", TaskScript.builder(Duration.ZERO).endsWithError("boom").build());
            sim.advance(Duration.ofSeconds(1));
            long deletes = sim.counters().count(io.github.pvetasks.simulator.Endpoint.TASK_STOP);
            assertThat(run(connected(sim, "stop", ok.toString()))).isEqualTo(4);
            assertThat(out.toString()).contains("not stopped: it had already ended, ok");
            assertThat(run(connected(sim, "stop", failed.toString(), "--output", "json"))).isEqualTo(4);
            assertThat(new ObjectMapper().readTree(out.toString()).get("stop").asText()).isEqualTo("already-ended");
            assertThat(sim.counters().count(io.github.pvetasks.simulator.Endpoint.TASK_STOP)).isEqualTo(deletes);
        }
    }

    @Test
    void aStopTheServerRefusesIsTwoWithItsReason() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(50).unauthorizedDelay(Duration.ZERO)
                .unprivilegedToken("ops@pve!ci", "ops-secret").start()) {
            Upid theirs = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofHours(1)));
            assertThat(run(withToken(sim, "ops@pve!ci=ops-secret", "stop", theirs.toString()))).isEqualTo(2);
            assertThat(err.toString()).contains("Permission check failed");
            assertThat(sim.isRunning(theirs)).isTrue();
            Upid unknown = Upid.parse("UPID:pve1:00001234:00005678:65000000:qmclone:100:root@pam:");
            assertThat(run(connected(sim, "stop", unknown.toString()))).isEqualTo(2);
            assertThat(err.toString()).contains("no such task");
        }
    }

    @Test
    void aBackupServerTaskThatKeepsRunningPastTheDeadlineIsThree() {
        // A PBS stop only requests an abort; a prune never checks for one, and on a frozen clock it never ends.
        try (PveSimulator pbs = PveSimulator.builder().product(Product.PBS).timeScale(0).unauthorizedDelay(Duration.ZERO).start()) {
            Upid prune = pbs.startTask("pbs1", "prune", "store1", "root@pam", PbsScripts.prune());
            assertThat(run(connected(pbs, "stop", prune.toString(), "--timeout", "1s"))).isEqualTo(3);
            assertThat(out.toString()).contains("still running: the server took the stop");
        }
    }

    @Test
    void aTaskThatEndsBySuccessAfterTheStopWasNotStoppedByItAndIsFour() {
        // The prune ignores the abort request and finishes its work: it ended by itself, OK.
        try (PveSimulator pbs = PveSimulator.builder().product(Product.PBS).timeScale(20).unauthorizedDelay(Duration.ZERO).start()) {
            Upid prune = pbs.startTask("pbs1", "prune", "store1", "root@pam", PbsScripts.prune());
            assertThat(run(connected(pbs, "stop", prune.toString()))).as(err.toString()).isEqualTo(4);
            assertThat(out.toString()).contains("not stopped: it ended by itself before the stop reached it, ok");
        }
    }
}
