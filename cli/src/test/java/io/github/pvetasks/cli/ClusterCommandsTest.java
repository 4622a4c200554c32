package io.github.pvetasks.cli;

import io.github.pvetasks.core.Upid;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cluster command against the simulator, including the error cases. */
class ClusterCommandsTest extends CliTestSupport {

    static PveSimulator sim;

    @BeforeAll
    static void start() {
        sim = PveSimulator.builder().timeScale(50).unauthorizedDelay(Duration.ZERO).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    String[] connected(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", sim.baseUri().toString(), "--fingerprint", sim.fingerprint().orElseThrow(),
                "--token", sim.tokenId() + "=" + sim.tokenSecret()));
        return all.toArray(new String[0]);
    }

    @Test
    void runStartsAnyEndpointOfTheTableWithItsValuesChecked() {
        assertThat(run(connected("run", "POST", "/nodes/{node}/qemu/{vmid}/clone", "node=pve1", "vmid=104", "newid=171", "name=web-171",
                "--wait"))).isZero();
        assertThat(out.toString()).contains("qmclone 104").contains("ok");
        assertThat(sim.guest(171)).isPresent();
        assertThat(run(connected("run", "POST", "/nodes/{node}/qemu/{vmid}/clone", "node=pve1", "vmid=104", "newid=99"))).isEqualTo(2);
        assertThat(err.toString()).contains("'newid'").contains("'99'");
        assertThat(run(connected("run", "POST", "/nodes/{node}/qemu/{vmid}/clone", "node=pve1", "vmid=104"))).isEqualTo(2);
        assertThat(err.toString()).contains("needs [newid]");
        assertThat(run("run", "--list", "vzdump")).isZero();
        assertThat(out.toString()).contains("POST /nodes/{node}/vzdump -> vzdump");
        assertThat(run("run", "--list", "POST", "/nodes/{node}/vzdump")).isZero();
        assertThat(out.toString()).contains("mode (string, optional) one of [snapshot, suspend, stop]");
    }

    @Test
    void bashCompletionOffersEveryEndpointAndParameterName() {
        assertThat(run("generate-completion")).isZero();
        assertThat(out.toString()).contains("/nodes/{node}/qemu/{vmid}/clone").contains("newid=").contains("/cluster/bulk-action/guest/start");
    }

    @Test
    void watchWithoutProgressReadsNoLogAndStopPrintsNoDoubleColon() {
        Upid a = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(2))
                .line(Duration.ofSeconds(1), "transferred 1.0 GiB of 2.0 GiB (50.00%)").build());
        long logs = sim.counters().count(io.github.pvetasks.simulator.Endpoint.TASK_LOG);
        assertThat(run(connected("watch", a.toString(), "--no-progress", "--timeout", "2m"))).isZero();
        assertThat(sim.counters().count(io.github.pvetasks.simulator.Endpoint.TASK_LOG)).isEqualTo(logs);
        Upid b = sim.startTask("pve1", "qmclone", "101", "root@pam", TaskScript.ok(Duration.ofMinutes(30)));
        assertThat(run(connected("stop", b.toString()))).isZero();
        assertThat(out.toString()).contains(b + " stopped: failed: received interrupt").doesNotContain("::");
    }

    @Test
    void watchShowsABulkActionAsAGroupWithItsGuestsTasks() {
        assertThat(run(connected("run", "POST", "/cluster/bulk-action/guest/start", "vms=103,201", "max-workers=1"))).isZero();
        String bulk = out.toString().trim();
        assertThat(run(connected("watch", bulk))).isZero();
        assertThat(out.toString()).contains("bulk-start").contains("> qmstart 103@pve1").contains("> vzstart 201@pve1");
    }

    @Test
    void listWithFiltersAsTextAndJson() {
        Upid failed = sim.startTask("pve1", "vzdump", "101", "root@pam", TaskScript.builder(Duration.ZERO).endsWithError("job errors").build());
        sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ZERO));
        sim.advance(Duration.ofSeconds(1));
        assertThat(run(connected("list", "pve1", "--errors", "--limit", "10"))).isZero();
        assertThat(out.toString()).contains("vzdump").contains("failed: job errors").doesNotContain("qmstart");
        assertThat(run(connected("list", "pve1", "--type", "vzdump", "--status", "error", "--output", "json"))).isZero();
        assertThat(out.toString()).contains("\"upid\" : \"" + failed + "\"").contains("\"total\" : 1")
                .contains("\"status\" : \"stopped\"").contains("\"exitstatus\" : \"job errors\"").contains("\"outcome\" : \"error\"");
    }

    @Test
    void cloneWaitWithJsonOutputPrintsOneJsonDocument() throws Exception {
        assertThat(run(connected("clone", "pve1", "104", "131", "--wait", "--output", "json"))).isZero();
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(doc.get("status").asText()).isEqualTo("stopped");
        assertThat(doc.get("outcome").asText()).isEqualTo("ok");
    }

    @Test
    void aTokensTasksShowTheirUserAsTheGuiDoes() {
        Upid u = sim.startTask("pve2", "qmstart", "310", "root@pam!ci", TaskScript.ok(Duration.ZERO));
        sim.advance(Duration.ofSeconds(1));
        assertThat(run(connected("list", "pve2", "--vmid", "310", "--source", "all"))).isZero();
        assertThat(out.toString()).contains("root@pam!ci");
        assertThat(run(connected("status", u.toString()))).isZero();
        assertThat(out.toString()).contains("by root@pam!ci");
    }

    @Test
    void everyWaitTakesATimeout() {
        Upid slow = sim.startTask("pve2", "qmclone", "320", "root@pam", TaskScript.builder(Duration.ofDays(1)).line(Duration.ZERO, "started").build());
        assertThat(run(connected("log", "--follow", slow.toString(), "--timeout", "1s"))).isEqualTo(2);
        assertThat(err.toString()).contains("did not finish within PT1S");
        assertThat(run(connected("log", slow.toString(), "--timeout", "1s"))).isEqualTo(2);
        assertThat(err.toString()).contains("--timeout limits --follow");
        sim.scriptNext("qmclone", TaskScript.ok(Duration.ofDays(1)));
        assertThat(run(connected("clone", "pve1", "104", "140", "--wait", "--timeout", "1s"))).isEqualTo(2);
        assertThat(err.toString()).contains("did not finish within PT1S");
        sim.scriptNext("qmclone", TaskScript.ok(Duration.ofDays(1)));
        assertThat(run(connected("run", "POST", "/nodes/{node}/qemu/{vmid}/clone", "node=pve1", "vmid=104", "newid=141", "--wait",
                "--timeout", "1s"))).isEqualTo(2);
        assertThat(err.toString()).contains("did not finish within PT1S");
        assertThat(run(connected("clone", "pve1", "104", "142", "--timeout", "1s"))).isEqualTo(2);
        assertThat(err.toString()).contains("--timeout limits --wait");
    }

    @Test
    void statusExitCodesFollowTheOutcome() {
        Upid ok = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.builder(Duration.ZERO).endsWithWarnings(1).build());
        Upid bad = sim.startTask("pve1", "qmstop", "100", "root@pam", TaskScript.builder(Duration.ZERO).endsWithError("VM 100 not running").build());
        Upid running = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofHours(10)));
        sim.advance(Duration.ofSeconds(1));
        assertThat(run(connected("status", ok.toString()))).isZero();
        assertThat(out.toString()).contains("ok with warnings (1)");
        assertThat(run(connected("status", bad.toString()))).isEqualTo(1);
        assertThat(out.toString()).contains("failed: VM 100 not running");
        assertThat(run(connected("status", running.toString(), "--output", "json"))).isEqualTo(3);
        assertThat(out.toString()).contains("\"status\" : \"running\"");
    }

    @Test
    void logWholeAndFollowed() {
        Upid u = sim.startTask("pve2", "qmclone", "300", "root@pam", TaskScript.builder(Duration.ofSeconds(30))
                .line(Duration.ofSeconds(1), "first").line(Duration.ofSeconds(20), "second").build());
        assertThat(run(connected("log", "--follow", u.toString()))).isZero();
        assertThat(out.toString()).containsSubsequence("first", "second", "TASK OK");
        assertThat(run(connected("log", u.toString()))).isZero();
        assertThat(out.toString().lines()).containsExactly("first", "second", "TASK OK");
    }

    @Test
    void watchCloneAndStop() {
        Upid a = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(5)));
        Upid b = sim.startTask("pve1", "qmstop", "101", "root@pam", TaskScript.builder(Duration.ofSeconds(5)).endsWithError("boom").build());
        assertThat(run(connected("watch", a.toString(), b.toString()))).isEqualTo(1);
        assertThat(out.toString()).contains("ok").contains("failed: boom");

        assertThat(run(connected("clone", "pve1", "104", "130", "--name", "cli-clone", "--wait"))).isZero();
        assertThat(sim.guest(130)).isPresent();

        Upid long1 = sim.startTask("pve1", "qmclone", "100", sim.tokenId(), TaskScript.builder(Duration.ofHours(5))
                .onStop("clone failed: interrupted by signal").build());
        assertThat(run(connected("stop", long1.toString()))).isZero();
        assertThat(out.toString()).contains("failed: clone failed: interrupted by signal");
    }

    @Test
    void errorsAreOneClearLineAndANonZeroExit() throws Exception {
        assertThat(run(connected("status", "UPID:nope"))).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("pve-tasks: invalid UPID 'UPID:nope'").doesNotContain("\tat ");
        assertThat(run(connected("status", "UPID:bad"))).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("pve-tasks: invalid UPID 'UPID:bad': the fields must be "
                + "node:pid:pstart:starttime:type:id:user (7, Proxmox VE) or node:pid:pstart:task-id:starttime:type:id:user "
                + "(8, Proxmox Backup Server) between 'UPID:' and a closing ':', got 1 field");

        assertThat(run("list", "pve1", "--url", sim.baseUri().toString(), "--fingerprint", sim.fingerprint().orElseThrow(),
                "--user", "root@pam", "--password", "wrong")).isEqualTo(2);
        assertThat(err.toString()).contains("authentication failure").doesNotContain("wrong").doesNotContain("\tat ");

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(run("list", "pve1", "--url", "https://127.0.0.1:" + port, "--token", "root@pam!xy=secret")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("cannot connect").doesNotContain("secret");

        assertThat(run(connected("list", "pve9"))).isEqualTo(2);
        assertThat(err.toString()).contains("hostname lookup 'pve9' failed");

        assertThat(run(connected("list", "pve1", "--debug", "--since", "yesterday"))).isEqualTo(2);
        assertThat(err.toString()).contains("--since needs an ISO instant");

        assertThat(run("list", "pve1")).isEqualTo(2);
        assertThat(err.toString()).contains("no server given");

        assertThat(run(connected("status", "UPID:nope", "--debug"))).isEqualTo(2);
        assertThat(err.toString()).contains("\tat ");
    }
}
