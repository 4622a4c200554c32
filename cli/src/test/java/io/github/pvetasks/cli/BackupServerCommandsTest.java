package io.github.pvetasks.cli;

import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.simulator.PbsScripts;
import io.github.pvetasks.simulator.PveSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line against a Proxmox Backup Server: the product comes from the task, the port or --product. */
class BackupServerCommandsTest extends CliTestSupport {

    static PveSimulator pbs;

    @BeforeAll
    static void start() {
        pbs = PveSimulator.builder().product(Product.PBS).timeScale(50).unauthorizedDelay(Duration.ZERO).start();
    }

    @AfterAll
    static void stop() {
        pbs.close();
    }

    /** As PBS shows a token: with a colon before the secret. */
    String[] connected(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", pbs.baseUri().toString(), "--fingerprint", pbs.fingerprint().orElseThrow(),
                "--token", pbs.tokenId() + ":" + pbs.tokenSecret()));
        return all.toArray(new String[0]);
    }

    @Test
    void watchStatusAndLogOfAVerifyTakeTheProductFromItsUpid() {
        Upid verify = pbs.startTask("pbs1", "verificationjob", "store1:v-1", "root@pam", PbsScripts.verify());
        assertThat(run(connected("watch", verify.toString(), "--timeout", "2m"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("verificationjob").contains("ok");
        assertThat(run(connected("status", verify.toString()))).isZero();
        assertThat(out.toString()).contains("ok");
        assertThat(run(connected("log", verify.toString()))).isZero();
        assertThat(out.toString()).contains(": percentage done: 100.00% (4/4 groups)").contains(": TASK OK");
    }

    @Test
    void theStandaloneSimulatorsAnnouncedCommandWorksAsPasted() {
        List<String> lines = io.github.pvetasks.simulator.PveSimulatorMain.announcement(pbs);
        String tryLine = lines.stream().filter(l -> l.startsWith("try: pve-tasks ")).findFirst().orElseThrow();
        assertThat(tryLine).contains("--token '" + pbs.tokenId() + ":" + pbs.tokenSecret() + "'");
        List<String> args = new ArrayList<>();
        for (String word : tryLine.substring("try: pve-tasks ".length()).split(" ")) {
            args.add(word.replace("'", "")); // as a shell would read the quoted token
        }
        assertThat(run(args.toArray(new String[0]))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("shown");
    }

    @Test
    void listTakesTheProductFromProductAndShowsRunningTasks() {
        Upid gc = pbs.startTask("pbs1", "garbage_collection", "store1", "root@pam", PbsScripts.garbageCollection());
        assertThat(run(connected("list", "localhost", "--product", "pbs"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("garbage_collection");
        assertThat(run(connected("list", "localhost", "--product", "pbs", "--output", "json"))).isZero();
        assertThat(out.toString()).contains(gc.toString().replace("\\", "\\\\"));
        assertThat(run(connected("list", "localhost", "--product", "nas"))).isEqualTo(2);
        assertThat(err.toString()).contains("unknown product 'nas'");
    }
}
