package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.Upid;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Proxmox Backup Server flavour answers as pbs-task-api.md says, one fact per test. */
class PbsFlavourTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    final List<AutoCloseable> open = new ArrayList<>();
    PveSimulator sim;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    RawHttp http(PveSimulatorBuilder b) {
        sim = b.product(Product.PBS).http().timeScale(0).startTime(T0).start();
        open.add(sim);
        RawHttp http = new RawHttp(sim);
        http.defaultHeaders.put("Authorization", "PBSAPIToken=" + sim.tokenId() + ":" + sim.tokenSecret());
        open.add(0, http::close);
        return http;
    }

    RawHttp http() {
        return http(PveSimulator.builder().unauthorizedDelay(Duration.ZERO));
    }

    static String path(Upid u) {
        return "/api2/json/nodes/localhost/tasks/" + URLEncoder.encode(u.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void upidsShareTheDaemonsPidAndDifferByTheirCounterWithEscapedWorkerIds() {
        http();
        Upid a = sim.startTask("pbs1", "verificationjob", "store1:v-3f2a", "root@pam", PbsScripts.verify());
        Upid b = sim.startTask("localhost", "backup", "store1:vm/100", "root@pam!sim", TaskScript.ok(Duration.ofSeconds(1)));
        assertThat(a.product()).isEqualTo(Product.PBS);
        assertThat(a.pid()).isEqualTo(b.pid());
        assertThat(a.pstart()).isEqualTo(b.pstart());
        assertThat(b.taskCounter().getAsLong()).isEqualTo(a.taskCounter().getAsLong() + 1);
        assertThat(a.rawId()).isEqualTo("store1\\x3av\\x2d3f2a");
        assertThat(b.rawId()).isEqualTo("store1\\x3avm-100");
        assertThat(b.id()).isEqualTo("store1:vm/100");
    }

    @Test
    void theListHasWorkerKeysNodeLocalhostRunningItemsWithoutStatusAndATotalThatIsAPagingHint() {
        RawHttp http = http();
        Upid done = sim.startTask("pbs1", "garbage_collection", "store1", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
        sim.advance(Duration.ofSeconds(2));
        Upid running = sim.startTask("pbs1", "verify", "store1", "root@pam", PbsScripts.verify());
        JsonObject page = http.get("/api2/json/nodes/localhost/tasks").json();
        JsonArray data = page.getJsonArray("data");
        assertThat(data.getJsonObject(0).getString("upid")).isEqualTo(running.toString()); // running first
        assertThat(data.getJsonObject(0).containsKey("status")).isFalse();
        assertThat(data.getJsonObject(0).getString("worker_type")).isEqualTo("verify");
        assertThat(data.getJsonObject(0).getString("node")).isEqualTo("localhost");
        assertThat(data.getJsonObject(1).getString("status")).isEqualTo("OK");
        assertThat(data.getJsonObject(1).getLong("endtime")).isEqualTo(done.startTime().getEpochSecond() + 1);
        assertThat(page.getLong("total")).isEqualTo(2); // start + returned, the page not full
        JsonObject one = http.get("/api2/json/nodes/localhost/tasks?limit=1").json();
        assertThat(one.getLong("total")).isEqualTo(2); // full page: +1 to say "there may be more"
        assertThat(http.get("/api2/json/nodes/localhost/tasks?limit=0").json().getJsonArray("data")).hasSize(2); // 0 = all
        assertThat(http.get("/api2/json/nodes/localhost/tasks?running=1").json().getJsonArray("data")).hasSize(1);
        RawHttp.Answer source = http.get("/api2/json/nodes/localhost/tasks?source=all");
        assertThat(source.status()).isEqualTo(400);
        assertThat(source.body()).isEqualTo("parameter verification failed - 'source': schema does not allow additional properties");
        assertThat(http.get("/api2/json/nodes/localhost/tasks?statusfilter=ok&statusfilter=error").json().getJsonArray("data"))
                .hasSize(1); // repeated keys; running tasks excluded
    }

    @Test
    void aFinishedTaskLeavesTheRunningListAtOnce() {
        RawHttp http = http();
        sim.startTask("pbs1", "prune", "store1", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
        assertThat(http.get("/api2/json/nodes/localhost/tasks?running=1").json().getJsonArray("data")).hasSize(1);
        sim.advance(Duration.ofSeconds(1));
        assertThat(http.get("/api2/json/nodes/localhost/tasks?running=1").json().getJsonArray("data")).isEmpty();
    }

    @Test
    void logsPageByLineNumberWithTimeStampsAndTestStatusSaysWhetherTheTaskRuns() {
        RawHttp http = http();
        Upid v = sim.startTask("pbs1", "verify", "store1", "root@pam", PbsScripts.verify());
        sim.advance(Duration.ofSeconds(3));
        JsonObject from0 = http.get(path(v) + "/log?start=0&limit=2&test-status=1").json();
        JsonObject from1 = http.get(path(v) + "/log?start=1&limit=2").json();
        assertThat(from0.getJsonArray("data")).isEqualTo(from1.getJsonArray("data")); // start=0 and 1 both begin at line 1
        assertThat(from0.getBoolean("active")).isTrue();
        JsonObject from2 = http.get(path(v) + "/log?start=2&limit=1").json();
        assertThat(from2.getJsonArray("data").getJsonObject(0).getLong("n")).isEqualTo(2); // start=k repeats line k
        assertThat(from2.getJsonArray("data").getJsonObject(0).getString("t")).matches("2026-11-29T10:00:0\\d\\+00:00: .*");
        assertThat(http.get(path(v) + "/log?start=99").json().getJsonArray("data")).isEmpty();
        RawHttp.Answer download = http.get(path(v) + "/log?download=1");
        assertThat(download.headers().get("content-disposition")).isEqualTo("attachment; filename=task-pbs1-verify-2026-11-29T10:00:00Z.log");
        assertThat(http.get(path(v) + "/log?download=1&limit=5").body()).isEqualTo("Parameter 'download' cannot be used with other parameters");
    }

    @Test
    void anUnknownTaskIsStoppedUnknownForStatusAndANoFileErrorForItsLog() {
        RawHttp http = http();
        Upid ghost = Upid.parse("UPID:pbs1:000003E8:0002A5F3:00000063:65A1B2C3:verify:store1:root@pam:");
        JsonObject status = http.get(path(ghost) + "/status").json().getJsonObject("data");
        assertThat(status.getString("status")).isEqualTo("stopped");
        assertThat(status.getString("exitstatus")).isEqualTo("unknown");
        RawHttp.Answer log = http.get(path(ghost) + "/log");
        assertThat(log.status()).isEqualTo(400);
        assertThat(log.body()).isEqualTo("No such file or directory (os error 2)");
        RawHttp.Answer pve = http.get("/api2/json/nodes/localhost/tasks/"
                + URLEncoder.encode("UPID:pve1:0001E240:0098967F:65A1B2C3:qmclone:100:root@pam:", StandardCharsets.UTF_8) + "/status");
        assertThat(pve.body()).isEqualTo("parameter verification failed - 'upid': value does not match the regex pattern");
        RawHttp.Answer extjs = http.get("/api2/extjs/nodes/localhost/tasks/" + URLEncoder.encode(ghost.toString(), StandardCharsets.UTF_8) + "/log");
        assertThat(extjs.status()).isEqualTo(200);
        assertThat(extjs.json().getBoolean("success")).isFalse();
        assertThat(extjs.json().getInteger("status")).isEqualTo(400);
    }

    @Test
    void permissionFailuresAre400sAndATokenDoesNotSeeItsUsersTasks() {
        RawHttp http = http(PveSimulator.builder().unauthorizedDelay(Duration.ZERO).unprivilegedToken("ci@pbs!t", "s3cret"));
        Upid rootTask = sim.startTask("pbs1", "verify", "store1", "root@pam", PbsScripts.verify());
        http.defaultHeaders.put("Authorization", "PBSAPIToken=ci@pbs!t:s3cret");
        RawHttp.Answer status = http.get(path(rootTask) + "/status");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.body()).isEqualTo("task access not allowed");
        RawHttp.Answer stop = http.send(HttpMethod.DELETE, path(rootTask), null, Map.of());
        assertThat(stop.body()).isEqualTo("missing permissions 'Sys.Modify' on '/system/tasks'");
        assertThat(http.get("/api2/json/nodes/localhost/tasks").json().getJsonArray("data")).isEmpty();
    }

    @Test
    void everyAuthenticationFailureIsA401AfterTheDelayWithAPlainBody() {
        RawHttp http = http(PveSimulator.builder().unauthorizedDelay(Duration.ofMillis(300)));
        http.defaultHeaders.put("Authorization", "PBSAPIToken=" + sim.tokenId() + "=" + sim.tokenSecret()); // PVE's '='
        long t0 = System.nanoTime();
        RawHttp.Answer a = http.get("/api2/json/nodes/localhost/tasks");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body()).isEqualTo("authentication failed");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void anAbortIsCooperativeWithEachTypesOwnWords() {
        RawHttp http = http();
        Upid gc = sim.startTask("pbs1", "garbage_collection", "store1", "root@pam", PbsScripts.garbageCollection());
        Upid backup = sim.startTask("pbs1", "backup", "store1:vm/100", "root@pam", TaskScript.ok(Duration.ofSeconds(30)));
        Upid sync = sim.startTask("pbs1", "syncjob", "r:s:store1::s-1", "root@pam", PbsScripts.sync());
        Upid prune = sim.startTask("pbs1", "prune", "store1", "root@pam", PbsScripts.prune());
        for (Upid u : List.of(gc, backup, sync, prune)) {
            RawHttp.Answer a = http.send(HttpMethod.DELETE, path(u), null, Map.of());
            assertThat(a.json().getValue("data")).isNull(); // answers at once
        }
        assertThat(sim.isRunning(gc)).isTrue(); // until its next check point
        assertThat(sim.exitStatus(backup)).contains("task aborted");
        assertThat(sim.exitStatus(sync)).contains("sync aborted");
        sim.advance(PbsTasks.ABORT_CHECK);
        assertThat(sim.exitStatus(gc)).contains("abort requested - aborting task");
        assertThat(sim.log(gc)).anyMatch(l -> l.endsWith(": received abort request ..."));
        assertThat(sim.isRunning(prune)).isTrue(); // never checks: runs to its end
        sim.advance(Duration.ofSeconds(4));
        assertThat(sim.exitStatus(prune)).contains("OK");
    }

    @Test
    void theStoreFilterKeepsOnlyThatDatastoresJobs() {
        RawHttp http = http();
        sim.startTask("pbs1", "verificationjob", "store1:v-1", "root@pam", PbsScripts.verify());
        sim.startTask("pbs1", "garbage_collection", "store2", "root@pam", PbsScripts.garbageCollection());
        sim.startTask("pbs1", "aptupdate", "", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
        JsonArray data = http.get("/api2/json/nodes/localhost/tasks?store=store1").json().getJsonArray("data");
        assertThat(data).hasSize(1);
        assertThat(data.getJsonObject(0).getString("worker_type")).isEqualTo("verificationjob");
    }

    @Test
    void faultsAreInjectedAsOnAClusterNode() {
        RawHttp http = http();
        sim.inject(Fault.status(503, "Service Unavailable").onNode("pbs1").times(1));
        RawHttp.Answer first = http.get("/api2/json/nodes/localhost/tasks");
        assertThat(first.status()).isEqualTo(503);
        assertThat(http.get("/api2/json/nodes/localhost/tasks").status()).isEqualTo(200);
        assertThat(sim.faultsInjected()).isEqualTo(1);
    }
}
