package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator is as unkind as a real Proxmox VE node by default: each test names one way a real
 * node differs from a kind one (pve-manager, pve-common and pve-cluster behaviour; see
 * pve-task-api.md and issue 13). Each of these failed on the simulator before it modelled them.
 */
class UnkindNodeTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z"); // boot is three days before: pvestatd runs at :00, :10, ...
    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    RawHttp http(PveSimulatorBuilder b) {
        PveSimulator sim = b.http().timeScale(0).startTime(T0).unauthorizedDelay(Duration.ZERO).start();
        open.add(sim);
        RawHttp http = new RawHttp(sim).withToken();
        open.add(0, http::close);
        this.sim = sim;
        return http;
    }

    PveSimulator sim;

    static String path(Upid u) {
        return "/api2/json/nodes/" + u.node() + "/tasks/" + u;
    }

    List<JsonObject> list(RawHttp http, String node, String query) {
        JsonArray data = http.get("/api2/json/nodes/" + node + "/tasks?source=all&limit=1000" + query).json().getJsonArray("data");
        List<JsonObject> out = new ArrayList<>();
        data.forEach(o -> out.add((JsonObject) o));
        return out;
    }

    List<JsonObject> entries(RawHttp http, Upid u) {
        return list(http, u.node(), "").stream().filter(o -> o.getString("upid").equals(u.toString())).toList();
    }

    @Test
    void anOrphanedWorkerStaysRunningInTheListUntilPvestatdArchivesItWhileItsStatusSaysStopped() {
        RawHttp http = http(PveSimulator.builder().orphanShare(1.0));
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
        sim.advance(Duration.ofSeconds(3)); // ended at :02; pvestatd runs at :10
        assertThat(http.get(path(u) + "/status").json().getJsonObject("data").getString("status")).isEqualTo("stopped");
        assertThat(entries(http, u)).singleElement().satisfies(o -> {
            assertThat(o.getString("status")).isEqualTo("RUNNING");
            assertThat(o.getString("saved")).isEqualTo("0");
            assertThat(o.containsKey("endtime")).isFalse();
        });
        sim.advance(Duration.ofSeconds(8)); // :11
        assertThat(entries(http, u)).singleElement().satisfies(o -> {
            assertThat(o.getString("status")).isEqualTo("OK");
            assertThat(o.getLong("endtime")).as("endtime is the time of archiving").isEqualTo(T0.plusSeconds(10).getEpochSecond());
        });
    }

    @Test
    void anOrphanIsArchivedByTheNextTaskStartOnItsNodeAndNeverWhilePvestatdHangsAndNothingStarts() {
        RawHttp http = http(PveSimulator.builder().orphanShare(1.0));
        sim.hangPvestatd("pve1");
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
        sim.advance(Duration.ofMinutes(5));
        assertThat(entries(http, u)).singleElement().extracting(o -> o.getString("status")).isEqualTo("RUNNING");
        sim.startTask("pve2", "qmstart", "300", "root@pam", TaskScript.ok(Duration.ofSeconds(1))); // another node: no help
        assertThat(entries(http, u)).singleElement().extracting(o -> o.getString("status")).isEqualTo("RUNNING");
        sim.startTask("pve1", "qmstart", "101", "root@pam", TaskScript.ok(Duration.ofMinutes(1)));
        sim.advance(Duration.ofMillis(100)); // past the moment it is in both files
        assertThat(entries(http, u)).singleElement().extracting(o -> o.getString("status")).isEqualTo("OK");
    }

    @Test
    void aTaskJustArchivedIsListedTwiceUntilTheActiveFileIsRewritten() {
        RawHttp http = http(PveSimulator.builder().orphanShare(0).activeRewriteLag(Duration.ofSeconds(1)));
        Upid u = sim.startTask("pve1", "vzdump", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(2)).endsWithWarnings(1).build());
        sim.advance(Duration.ofMillis(2500));
        assertThat(entries(http, u)).extracting(o -> o.getString("status")).containsExactly("RUNNING", "WARNINGS: 1");
        sim.advance(Duration.ofSeconds(1));
        assertThat(entries(http, u)).extracting(o -> o.getString("status")).containsExactly("WARNINGS: 1");
    }

    @Test
    void theArchiveIsReadNewestFirstAndTasksOlderThanTheRotatedIndexVanish() {
        RawHttp http = http(PveSimulator.builder().kind().indexRotateBytes(1000));
        List<Upid> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(sim.startTask("pve1", "qmstart", Integer.toString(100 + i), "root@pam", TaskScript.ok(Duration.ofSeconds(1))));
            sim.advance(Duration.ofSeconds(2));
        }
        List<JsonObject> listed = list(http, "pve1", "");
        assertThat(listed).hasSizeLessThan(40).hasSizeGreaterThan(10);
        assertThat(listed.get(0).getString("upid")).isEqualTo(all.get(39).toString());
        assertThat(listed).extracting(o -> o.getLong("endtime")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(listed).extracting(o -> o.getString("upid")).doesNotContain(all.get(0).toString());
        assertThat(http.get(path(all.get(0)) + "/status").json().getJsonObject("data").getString("exitstatus"))
                .as("the task file is still there: its status answers").isEqualTo("OK");
    }

    @Test
    void theLastLineOfARunningTasksLogIsServedHalfWrittenAndGrowsOnTheNextRead() {
        RawHttp http = http(PveSimulator.builder().halfWrittenLines(Duration.ofMillis(500)));
        Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.builder(Duration.ofMinutes(1))
                .line(Duration.ofSeconds(1), "create full clone of drive scsi0 (local-lvm:vm-100-disk-0)")
                .line(Duration.ofSeconds(2), "transferred 6.4 GiB of 32.0 GiB (20.00%)").build());
        sim.advance(Duration.ofMillis(2200));
        JsonArray first = http.get(path(u) + "/log").json().getJsonArray("data");
        assertThat(first.getJsonObject(1).getInteger("n")).isEqualTo(2);
        assertThat(first.getJsonObject(1).getString("t")).isEqualTo("transferred 6.4 GiB ").as("the first half, still being written");
        sim.advance(Duration.ofMillis(400));
        assertThat(http.get(path(u) + "/log").json().getJsonArray("data").getJsonObject(1).getString("t"))
                .isEqualTo("transferred 6.4 GiB of 32.0 GiB (20.00%)");
        assertThat(sim.log(u)).last().isEqualTo("transferred 6.4 GiB of 32.0 GiB (20.00%)"); // the control API shows whole lines
    }

    @Test
    void aStatusReadRightAfterTheDeleteOfAWorkerIgnoringTermCanStillSayRunning() {
        RawHttp http = http(PveSimulator.builder());
        Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.builder(Duration.ofMinutes(1)).ignoresTerm().build());
        assertThat(http.send(HttpMethod.DELETE, path(u), null, Map.of()).status()).isEqualTo(200);
        sim.advance(Duration.ofSeconds(5)); // the DELETE's SIGKILL
        assertThat(http.get(path(u) + "/status").json().getJsonObject("data").getString("status")).isEqualTo("running");
        sim.advance(Duration.ofMillis(200));
        assertThat(http.get(path(u) + "/status").json().getJsonObject("data").getString("exitstatus")).isEqualTo("unexpected status");
    }

    @Test
    void aPbsUpidIsUnparsableAndANegativeSinceIsAccepted() {
        RawHttp http = http(PveSimulator.builder());
        RawHttp.Answer pbs = http.get("/api2/json/nodes/pve1/tasks/UPID:pbs1:00000A1B:0000C2D3:00000001:6740F1A2:verify:store1:root@pam:/status");
        assertThat(pbs.status()).isEqualTo(400);
        assertThat(pbs.json().getJsonObject("errors").getString("upid")).isEqualTo("unable to parse worker upid");
        assertThat(http.get("/api2/json/nodes/pve1/tasks?since=-5").status()).isEqualTo(200);
    }

    @Test
    void aTokensRunningTasksCarryTheUnsplitUserWhileArchivedOnesSplitIt() {
        RawHttp http = http(PveSimulator.builder().kind());
        Upid running = sim.startTask("pve1", "qmclone", "100", "root@pam!ci", TaskScript.ok(Duration.ofMinutes(1)));
        Upid done = sim.startTask("pve1", "qmstart", "101", "root@pam!ci", TaskScript.ok(Duration.ZERO));
        sim.advance(Duration.ofSeconds(1));
        JsonObject active = entries(http, running).get(0);
        JsonObject archived = entries(http, done).get(0);
        assertThat(active.getString("user")).isEqualTo("root@pam!ci");
        assertThat(active.containsKey("tokenid")).isFalse();
        assertThat(archived.getString("user")).isEqualTo("root@pam");
        assertThat(archived.getString("tokenid")).isEqualTo("ci");
    }

    @Test
    void withoutSysAuditATokenSeesItsRunningTasksButNotItsArchivedOnesAndCannotReadOthersLogsEvenOfTasksThatDoNotExist() {
        RawHttp http = http(PveSimulator.builder().kind().unprivilegedToken("ops@pve!ci", "s3cret-token-value"));
        http.defaultHeaders.put("Authorization", "PVEAPIToken=ops@pve!ci=s3cret-token-value");
        Upid running = sim.startTask("pve1", "qmclone", "100", "ops@pve!ci", TaskScript.ok(Duration.ofMinutes(5)));
        Upid archived = sim.startTask("pve1", "qmstart", "101", "ops@pve!ci", TaskScript.ok(Duration.ZERO));
        Upid others = sim.startTask("pve1", "qmstart", "102", "root@pam", TaskScript.ok(Duration.ofMinutes(5)));
        sim.advance(Duration.ofSeconds(1));
        assertThat(list(http, "pve1", "")).extracting(o -> o.getString("upid")).containsExactly(running.toString())
                .doesNotContain(archived.toString(), others.toString());
        String ghost = String.format("UPID:pve1:00001234:00005678:%08X:qmstart:100:root@pam:", T0.getEpochSecond());
        assertThat(http.get("/api2/json/nodes/pve1/tasks/" + ghost + "/log").status()).isEqualTo(403);
        assertThat(http.get(path(others) + "/log").status()).isEqualTo(403);
    }

    @Test
    void clusterTasksHoldRunningThenNewestStartedFinishedOnesAndAnOfflineNodesListIsFrozen() {
        RawHttp http = http(PveSimulator.builder().kind());
        Upid old = sim.startTask("pve2", "qmstart", "300", "root@pam", TaskScript.ok(Duration.ofSeconds(50)));
        sim.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 30; i++) {
            sim.startTask("pve2", "qmstop", Integer.toString(301 + i), "root@pam", TaskScript.ok(Duration.ZERO));
        }
        sim.advance(Duration.ofSeconds(60)); // the oldest ended last, but started first: not among the 25
        List<String> listed = new ArrayList<>();
        http.get("/api2/json/cluster/tasks").json().getJsonArray("data").forEach(o -> listed.add(((JsonObject) o).getString("upid")));
        assertThat(listed).hasSize(25).doesNotContain(old.toString());
        sim.nodeDown("pve2");
        sim.advance(Duration.ofSeconds(1));
        sim.startTask("pve2", "qmstart", "400", "root@pam", TaskScript.ok(Duration.ofMinutes(1)));
        sim.advance(Duration.ofSeconds(30));
        List<String> frozen = new ArrayList<>();
        http.get("/api2/json/cluster/tasks").json().getJsonArray("data").forEach(o -> frozen.add(((JsonObject) o).getString("upid")));
        assertThat(frozen).as("the offline node's last broadcast").isEqualTo(listed);
    }

    @Test
    void aLogDownloadOfAKilobyteOrMoreIsSentGzippedToAClientThatAcceptsIt() {
        RawHttp http = http(PveSimulator.builder().kind());
        TaskScript.Builder big = TaskScript.builder(Duration.ofSeconds(1));
        for (int i = 0; i < 60; i++) {
            big.line(Duration.ZERO, "INFO: line " + i + " of a log that is longer than one kilobyte in all");
        }
        Upid large = sim.startTask("pve1", "vzdump", "100", "root@pam", big.build());
        Upid small = sim.startTask("pve1", "qmstart", "101", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
        sim.advance(Duration.ofSeconds(2));
        Map<String, String> gzip = Map.of("Accept-Encoding", "gzip");
        assertThat(http.send(HttpMethod.GET, path(large) + "/log?download=1", null, gzip).headers())
                .containsEntry("content-encoding", "gzip");
        assertThat(http.send(HttpMethod.GET, path(small) + "/log?download=1", null, gzip).headers())
                .doesNotContainKey("content-encoding");
    }

    @Test
    void aLostBroadcastLeavesClusterTasksOnTheNodesOlderListUntilItsNextBroadcastAndSavedTakesEveryForm() {
        RawHttp http = http(PveSimulator.builder().kind().lostBroadcastShare(1.0));
        Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
        sim.advance(Duration.ofSeconds(1));
        Upid fresh = sim.startTask("pve1", "qmclone", "101", "root@pam", TaskScript.ok(Duration.ofMinutes(5)));
        JsonObject first = clusterEntry(http, u);
        assertThat(clusterEntry(http, fresh).containsKey("saved")).as("started at the broadcast: not yet in the file").isFalse();
        assertThat(first.getValue("saved")).isEqualTo("0");
        sim.advance(Duration.ofSeconds(3)); // ended at :02, but its broadcast was lost
        assertThat(clusterEntry(http, u).containsKey("status")).isFalse();
        sim.advance(Duration.ofSeconds(7)); // pvestatd's broadcast at :10
        JsonObject later = clusterEntry(http, u);
        assertThat(later.getString("status")).isEqualTo("OK");
        assertThat(later.getValue("saved")).isEqualTo(1);
    }

    JsonObject clusterEntry(RawHttp http, Upid u) {
        for (Object o : http.get("/api2/json/cluster/tasks").json().getJsonArray("data")) {
            if (((JsonObject) o).getString("upid").equals(u.toString())) {
                return (JsonObject) o;
            }
        }
        throw new AssertionError(u + " is not in /cluster/tasks");
    }
}
