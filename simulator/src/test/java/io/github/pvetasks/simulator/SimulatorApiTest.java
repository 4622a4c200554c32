package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test names the section of pve-task-api.md whose behaviour it checks. */
class SimulatorApiTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    PveSimulator sim;
    RawHttp http;

    @BeforeEach
    void start() {
        // these tests check the API's rules, not its timing: instant archiving and whole lines (see UnkindNodeTest)
        sim = PveSimulator.builder().nodes("pve1", "pve2").timeScale(0).startTime(T0).unauthorizedDelay(Duration.ZERO).kind().start();
        http = new RawHttp(sim).withToken();
    }

    @AfterEach
    void stop() {
        http.close();
        sim.close();
    }

    static String path(Upid u) {
        return "/api2/json/nodes/" + u.node() + "/tasks/" + u;
    }

    Upid task(String node, String type, String id, TaskScript script) {
        return sim.startTask(node, type, id, "root@pam", script);
    }

    @Test
    void s1_upidsAreGeneratedExactlyLikePves() {
        RawHttp.Answer a = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/104/clone", "newid=150",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(a.status()).isEqualTo(200);
        String upid = a.json().getString("data");
        assertThat(upid).matches("UPID:pve1:[0-9A-F]{8}:[0-9A-F]{8,9}:[0-9A-F]{8}:qmclone:104:root@pam!sim:");
        assertThat(Upid.parse(upid).startTime()).isEqualTo(T0);
    }

    @Test
    void s2_3_statusIsRunningThenStoppedWithExitstatusAndNoEndtime() {
        Upid u = task("pve1", "qmsnapshot", "100", TaskScript.builder(Duration.ofSeconds(3)).endsWithWarnings(2).build());
        JsonObject running = http.get(path(u) + "/status").json().getJsonObject("data");
        assertThat(running.getString("status")).isEqualTo("running");
        assertThat(running.containsKey("exitstatus")).isFalse();
        assertThat(running.getString("id")).isEqualTo("100");
        assertThat(running.getLong("pid")).isEqualTo(u.pid());
        sim.advance(Duration.ofSeconds(3));
        JsonObject stopped = http.get(path(u) + "/status").json().getJsonObject("data");
        assertThat(stopped.getString("status")).isEqualTo("stopped");
        assertThat(stopped.getString("exitstatus")).isEqualTo("WARNINGS: 2");
        assertThat(stopped.containsKey("endtime")).isFalse();
        assertThat(stopped.getString("upid")).isEqualTo(u.toString());
    }

    @Test
    void s2_3_tokenTasksReportTheUserSplitAndTheTokenid() {
        Upid u = sim.startTask("pve1", "qmstart", "100", "ops@pve!deploy", TaskScript.ok(Duration.ofSeconds(1)));
        JsonObject s = http.get(path(u) + "/status").json().getJsonObject("data");
        assertThat(s.getString("user")).isEqualTo("ops@pve");
        assertThat(s.getString("tokenid")).isEqualTo("deploy");
    }

    @Test
    void s2_7_badAndUnknownUpidsAnswer400WithTheirExactErrors() {
        RawHttp.Answer bad = http.get("/api2/json/nodes/pve1/tasks/UPID:nope/status");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.reason()).isEqualTo("Parameter verification failed.");
        assertThat(bad.json().getJsonObject("errors").getString("upid")).isEqualTo("unable to parse worker upid");
        assertThat(bad.json().getString("message")).isEqualTo("Parameter verification failed.\n");
        assertThat(bad.headers().get("connection")).isEqualTo("close");

        Upid other = task("pve2", "qmstart", "300", TaskScript.ok(Duration.ofSeconds(1)));
        RawHttp.Answer wrongNode = http.get("/api2/json/nodes/pve1/tasks/" + other + "/status");
        assertThat(wrongNode.status()).isEqualTo(400);
        assertThat(wrongNode.json().getJsonObject("errors").getString("upid")).isEqualTo("no such task");
    }

    @Test
    void s2_4_logPagingUsesOneBasedLinesAnOffsetStartAndLimitZeroForAll() {
        TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(10));
        for (int i = 1; i <= 120; i++) {
            b.line(Duration.ofMillis(i * 50L), "line " + i);
        }
        Upid u = task("pve1", "qmclone", "100", b.build());
        sim.advance(Duration.ofSeconds(11));
        JsonObject first = http.get(path(u) + "/log").json();
        assertThat(first.getJsonArray("data")).hasSize(50);
        assertThat(first.getLong("total")).isEqualTo(121);
        assertThat(first.getJsonArray("data").getJsonObject(0).getLong("n")).isEqualTo(1);
        JsonObject page = http.get(path(u) + "/log?start=100&limit=5").json();
        assertThat(page.getJsonArray("data").getJsonObject(0).encode()).isEqualTo("{\"n\":101,\"t\":\"line 101\"}");
        assertThat(http.get(path(u) + "/log?start=0&limit=0").json().getJsonArray("data")).hasSize(121);
        JsonObject past = http.get(path(u) + "/log?start=500").json();
        assertThat(past.getJsonArray("data")).isEmpty();
        assertThat(past.getLong("total")).isEqualTo(121);
        assertThat(http.get(path(u) + "/log?start=0&limit=0").json().getJsonArray("data").getJsonObject(120).getString("t"))
                .isEqualTo("TASK OK");
    }

    @Test
    void s2_4_anEmptyLogSaysNoContentAndAMissingOneCannotBeOpened() {
        Upid u = task("pve1", "qmclone", "100", TaskScript.builder(Duration.ofSeconds(10)).line(Duration.ofSeconds(5), "later").build());
        assertThat(http.get(path(u) + "/log").body()).isEqualTo("{\"data\":[{\"n\":1,\"t\":\"no content\"}],\"total\":1}");
        Upid ghost = Upid.parse("UPID:pve1:00001234:00001234:65000000:qmstart:100:root@pam:");
        RawHttp.Answer missing = http.get(path(ghost) + "/log");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.json().getJsonArray("data").getJsonObject(0).getString("t"))
                .isEqualTo("unable to open file - No such file or directory");
        RawHttp.Answer both = http.get(path(u) + "/log?download=1&limit=5");
        assertThat(both.status()).isEqualTo(500);
        assertThat(both.reason()).isEqualTo("'download' cannot be used together with 'start' or 'limit' parameters");
    }

    @Test
    void s2_1_theListShowsOnlyFinishedTasksByDefaultAndRunningOnesAsRunningWithSavedZero() {
        Upid done = task("pve1", "qmstart", "100", TaskScript.ok(Duration.ofSeconds(1)));
        sim.advance(Duration.ofSeconds(2));
        Upid running = sim.startTask("pve1", "qmclone", "104", "ops@pve!deploy", TaskScript.ok(Duration.ofMinutes(5)));

        JsonArray archive = http.get("/api2/json/nodes/pve1/tasks").json().getJsonArray("data");
        assertThat(archive).hasSize(1);
        assertThat(archive.getJsonObject(0).getString("upid")).isEqualTo(done.toString());
        assertThat(archive.getJsonObject(0).getLong("endtime")).isEqualTo(T0.getEpochSecond() + 1);

        JsonObject all = http.get("/api2/json/nodes/pve1/tasks?source=all").json();
        assertThat(all.getLong("total")).isEqualTo(2);
        JsonObject first = all.getJsonArray("data").getJsonObject(0);
        assertThat(first.getString("upid")).isEqualTo(running.toString());
        assertThat(first.getString("status")).isEqualTo("RUNNING");
        assertThat(first.getString("saved")).isEqualTo("0");
        assertThat(first.getString("user")).isEqualTo("ops@pve!deploy"); // active entries are not split
        assertThat(first.containsKey("tokenid")).isFalse();
    }

    @Test
    void s2_1_totalIsLeftOutWhenZeroAndLimitZeroCountsWithoutItems() {
        assertThat(http.get("/api2/json/nodes/pve1/tasks").body()).isEqualTo("{\"data\":[]}");
        for (int i = 0; i < 3; i++) {
            task("pve1", "qmstart", "100", TaskScript.ok(Duration.ZERO));
        }
        sim.advance(Duration.ofSeconds(1));
        JsonObject counted = http.get("/api2/json/nodes/pve1/tasks?limit=0").json();
        assertThat(counted.getJsonArray("data")).isEmpty();
        assertThat(counted.getLong("total")).isEqualTo(3);
    }

    @Test
    void s2_1_filtersFollowTheServersRules() {
        task("pve1", "qmstart", "100", TaskScript.ok(Duration.ofSeconds(1)));
        task("pve1", "qmclone", "104", TaskScript.builder(Duration.ofSeconds(1)).endsWithWarnings(1).build());
        sim.startTask("pve1", "vzdump", "", "Backup@PVE", TaskScript.builder(Duration.ofSeconds(1)).endsWithError("job errors").build());
        task("pve1", "qmstop", "101", TaskScript.builder(Duration.ofSeconds(1)).endsKilled().build());
        sim.advance(Duration.ofSeconds(5));
        task("pve1", "qmclone", "100", TaskScript.ok(Duration.ofMinutes(10)));

        assertThat(count("typefilter=qmclone")).isEqualTo(1);
        assertThat(count("typefilter=qmclone&source=all")).isEqualTo(2);
        assertThat(count("userfilter=backup")).isEqualTo(1);          // case-insensitive substring
        assertThat(count("vmid=100&source=all")).isEqualTo(2);
        assertThat(count("errors=1")).isEqualTo(3);                   // only OK is dropped
        assertThat(count("errors=1&statusfilter=ok")).isEqualTo(3);   // statusfilter is ignored then
        assertThat(count("statusfilter=warning,error")).isEqualTo(2);
        assertThat(count("statusfilter=unknown&source=all")).isEqualTo(2); // 'unexpected status' and the running task
        assertThat(count("since=" + (T0.getEpochSecond() + 1))).isZero();
        assertThat(count("until=" + T0.getEpochSecond())).isEqualTo(4);
        RawHttp.Answer unknown = http.get("/api2/json/nodes/pve1/tasks?bogus=1");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getJsonObject("errors").getString("bogus")).contains("property is not defined in schema");
    }

    long count(String query) {
        JsonObject o = http.get("/api2/json/nodes/pve1/tasks?limit=0&" + query).json();
        return o.containsKey("total") ? o.getLong("total") : 0;
    }

    @Test
    void s2_6_clusterTasksAreAtMost25PerNodeAndUpTo10SecondsStale() {
        for (int i = 0; i < 30; i++) {
            task("pve1", "qmstart", "100", TaskScript.ok(Duration.ZERO));
        }
        Upid longOne = task("pve2", "qmclone", "300", TaskScript.ok(Duration.ofMinutes(1)));
        sim.advance(Duration.ofSeconds(1));
        JsonArray tasks = http.get("/api2/json/cluster/tasks").json().getJsonArray("data");
        assertThat(tasks.stream().filter(o -> ((JsonObject) o).getString("node").equals("pve1")).count()).isEqualTo(25);
        JsonObject running = tasks.stream().map(o -> (JsonObject) o).filter(o -> o.getString("upid").equals(longOne.toString()))
                .findFirst().orElseThrow();
        assertThat(running.containsKey("pid")).isTrue();
        assertThat(running.containsKey("endtime")).isFalse();

        // Ends at T0+60 s without a broadcast until pvestatd's next 10 s tick... which is that same moment.
        sim.advance(Duration.ofSeconds(63));
        JsonObject finished = http.get("/api2/json/cluster/tasks").json().getJsonArray("data").stream().map(o -> (JsonObject) o)
                .filter(o -> o.getString("upid").equals(longOne.toString())).findFirst().orElseThrow();
        assertThat(finished.getString("status")).isEqualTo("OK");
        assertThat(finished.containsKey("pid")).isFalse();
    }

    @Test
    void s2_5_deleteStopsTheTaskWithTheTypesMessageAndKillsOnesIgnoringTerm() {
        RawHttp.Answer clone = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/100/clone", "newid=160&full=1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        Upid u = Upid.parse(clone.json().getString("data"));
        sim.advance(Duration.ofSeconds(10));
        RawHttp.Answer stop = http.send(HttpMethod.DELETE, path(u), null, Map.of());
        assertThat(stop.body()).as("DELETE answered %s %s %s", stop.status(), stop.reason(), stop.headers()).isEqualTo("{\"data\":null}");
        assertThat(sim.exitStatus(u)).contains("clone failed: interrupted by signal");
        assertThat(sim.log(u)).last().isEqualTo("TASK ERROR: clone failed: interrupted by signal");
        assertThat(sim.guest(160)).isEmpty(); // the reserved id is released

        Upid stubborn = task("pve1", "qmstart", "100", TaskScript.builder(Duration.ofMinutes(1)).ignoresTerm().build());
        http.send(HttpMethod.DELETE, path(stubborn), null, Map.of());
        assertThat(sim.isRunning(stubborn)).isTrue();
        sim.advance(Duration.ofSeconds(5));
        assertThat(sim.isRunning(stubborn)).as("SIGKILL is sent at 5 s; the worker is gone a moment later").isTrue();
        sim.advance(Duration.ofMillis(100));
        assertThat(sim.exitStatus(stubborn)).contains("unexpected status");
        assertThat(sim.log(stubborn)).doesNotContain("TASK OK");
        assertThat(http.send(HttpMethod.DELETE, path(stubborn), null, Map.of()).status()).isEqualTo(200); // no-op
    }

    @Test
    void s5_inventoryChecksAndChangesAsPveDoes() {
        RawHttp.Answer missing = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/999/clone", "newid=150",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(missing.status()).isEqualTo(500);
        assertThat(missing.reason()).isEqualTo("Configuration file 'nodes/pve1/qemu-server/999.conf' does not exist");
        RawHttp.Answer taken = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/104/clone", "newid=200",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(taken.reason()).isEqualTo("CT 200 already exists on node 'pve1'");
        RawHttp.Answer ct = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/lxc",
                "{\"vmid\":205,\"ostemplate\":\"local:vztmpl/debian-12.tar.zst\",\"hostname\":\"ct5\"}", Map.of("Content-Type", "application/json"));
        Upid create = Upid.parse(ct.json().getString("data"));
        assertThat(create.type()).isEqualTo("vzcreate");
        assertThat(sim.guest(205)).isEmpty();
        sim.advance(Duration.ofMinutes(1));
        assertThat(sim.guest(205)).hasValueSatisfying(g -> assertThat(g.kind()).isEqualTo(Guest.Kind.LXC));
        JsonArray lxc = http.get("/api2/json/nodes/pve1/lxc").json().getJsonArray("data");
        assertThat(lxc.stream().map(o -> ((JsonObject) o).getLong("vmid"))).contains(205L);
    }

    @Test
    void s5_vzdumpAnswersOkWhenNoSelectedGuestIsHere() {
        RawHttp.Answer ok = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/vzdump", "vmid=300",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(ok.body()).isEqualTo("{\"data\":\"OK\"}");
        RawHttp.Answer started = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/vzdump", "vmid=100,300",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        Upid u = Upid.parse(started.json().getString("data"));
        assertThat(u.type()).isEqualTo("vzdump");
        assertThat(u.id()).isEqualTo("100");
    }

    @Test
    void s5_haManagedGuestsAnswerWithAnHaTaskAndTheHaManagerStartsTheRealOne() {
        sim.addGuest(Guest.vm(110, "pve1", "ha-vm").withHa());
        RawHttp.Answer a = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/110/status/start", "",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        Upid ha = Upid.parse(a.json().getString("data"));
        assertThat(ha.type()).isEqualTo("hastart");
        sim.advance(Duration.ofSeconds(4));
        JsonArray list = http.get("/api2/json/nodes/pve1/tasks?source=all&typefilter=qmstart&vmid=110").json().getJsonArray("data");
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).getLong("starttime")).isGreaterThan(ha.startTime().getEpochSecond());
        sim.advance(Duration.ofSeconds(5));
        assertThat(sim.guest(110)).hasValueSatisfying(g -> assertThat(g.running()).isTrue());
    }

    @Test
    void s6_3_legacyServersPutTheMessageOnlyInTheReasonPhraseAndExtjsAlwaysInTheBody() {
        try (PveSimulator old = PveSimulator.builder().timeScale(0).errorStyle(ErrorStyle.LEGACY).unauthorizedDelay(Duration.ZERO).start();
             RawHttp raw = new RawHttp(old).withToken()) {
            RawHttp.Answer json = raw.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/999/clone", "newid=150",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(json.status()).isEqualTo(500);
            assertThat(json.reason()).isEqualTo("Configuration file 'nodes/pve1/qemu-server/999.conf' does not exist");
            assertThat(json.body()).isEqualTo("{\"data\":null}");
            RawHttp.Answer extjs = raw.send(HttpMethod.POST, "/api2/extjs/nodes/pve1/qemu/999/clone", "newid=150",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(extjs.status()).isEqualTo(200);
            assertThat(extjs.json().getInteger("success")).isZero();
            assertThat(extjs.json().getInteger("status")).isEqualTo(500);
            assertThat(extjs.json().getString("message")).startsWith("Configuration file 'nodes/pve1/qemu-server/999.conf'");
        }
    }

    @Test
    void s2_7_unknownNodesPathsAndMethods() {
        assertThat(http.get("/api2/json/nodes/pve9/tasks").reason()).startsWith("hostname lookup 'pve9' failed");
        assertThat(http.get("/api2/json/nodes/bad_name/tasks").json().getJsonObject("errors").getString("node"))
                .contains("valid node name");
        RawHttp.Answer nope = http.get("/api2/json/nodes/pve1/frobnicate");
        assertThat(nope.status()).isEqualTo(501);
        assertThat(nope.reason()).isEqualTo("Method 'GET /nodes/pve1/frobnicate' not implemented");
    }

    @Test
    void s6_authNeedsATicketOrTokenAndCsrfOnWrites() {
        RawHttp anon = new RawHttp(sim);
        try {
            assertThat(anon.get("/api2/json/nodes").status()).isEqualTo(401);
            assertThat(anon.get("/api2/json/nodes").reason()).isEqualTo("No ticket");
            RawHttp.Answer bad = anon.send(HttpMethod.GET, "/api2/json/nodes", null, Map.of("Authorization", "PVEAPIToken=root@pam!sim=wrong"));
            assertThat(bad.reason()).isEqualTo("Authentication failed!");
            RawHttp.Answer failedLogin = anon.send(HttpMethod.POST, "/api2/json/access/ticket", "username=root@pam&password=nope",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(failedLogin.status()).isEqualTo(401);
            assertThat(failedLogin.reason()).isEqualTo("authentication failure");

            // username and realm as separate fields, JSON body
            RawHttp.Answer login = anon.send(HttpMethod.POST, "/api2/json/access/ticket",
                    "{\"username\":\"root\",\"realm\":\"pam\",\"password\":\"" + sim.password() + "\"}", Map.of("Content-Type", "application/json"));
            JsonObject data = login.json().getJsonObject("data");
            String ticket = data.getString("ticket");
            assertThat(ticket).startsWith("PVE:root@pam:");
            assertThat(data.getString("CSRFPreventionToken")).matches("[0-9A-F]{8}:.+");

            Map<String, String> cookie = Map.of("Cookie", "PVEAuthCookie=" + ticket);
            assertThat(anon.send(HttpMethod.GET, "/api2/json/nodes", null, cookie).status()).isEqualTo(200);
            RawHttp.Answer noCsrf = anon.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/100/status/stop", "", cookie);
            assertThat(noCsrf.status()).isEqualTo(401);
            assertThat(noCsrf.reason()).isEqualTo("Permission denied - invalid csrf token");
            RawHttp.Answer withCsrf = anon.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/100/status/stop", "",
                    Map.of("Cookie", "PVEAuthCookie=" + ticket, "CSRFPreventionToken", data.getString("CSRFPreventionToken")));
            assertThat(withCsrf.status()).isEqualTo(200);

            // renewal: the ticket as password
            RawHttp.Answer renewed = anon.send(HttpMethod.POST, "/api2/json/access/ticket",
                    "username=root%40pam&password=" + java.net.URLEncoder.encode(ticket, java.nio.charset.StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(renewed.status()).isEqualTo(200);

            sim.advance(Duration.ofHours(2).plusMinutes(6));
            assertThat(anon.send(HttpMethod.GET, "/api2/json/nodes", null, cookie).reason()).isEqualTo("Authentication failed!");
        } finally {
            anon.close();
        }
    }

    @Test
    void s6_tokensWithoutSysAuditSeeOnlyTheirOwnTasks() {
        try (PveSimulator s = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO)
                .unprivilegedToken("ops@pve!ci", "secret-ci").start();
             RawHttp raw = new RawHttp(s)) {
            raw.defaultHeaders.put("Authorization", "PVEAPIToken=ops@pve!ci=secret-ci");
            Upid mine = s.startTask("pve1", "qmstart", "100", "ops@pve!ci", TaskScript.ok(Duration.ofSeconds(1)));
            Upid theirs = s.startTask("pve1", "qmstart", "101", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
            assertThat(raw.get(path(mine) + "/status").status()).isEqualTo(200);
            RawHttp.Answer denied = raw.get(path(theirs) + "/status");
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.reason()).isEqualTo("Permission check failed (/nodes/pve1, Sys.Audit)");
            assertThat(raw.get("/api2/json/nodes/pve1/tasks?source=all").json().getLong("total")).isEqualTo(1);
        }
    }

    @Test
    void faultsHitTheirEndpointAndNodeForTheirCount() {
        Upid u = task("pve2", "qmstart", "300", TaskScript.ok(Duration.ofSeconds(1)));
        sim.inject(Fault.status(596, "Connection timed out").on(Endpoint.TASK_STATUS).onNode("pve2").times(2));
        assertThat(http.get(path(u) + "/status").status()).isEqualTo(596);
        assertThat(http.get(path(u) + "/status").reason()).isEqualTo("Connection timed out");
        assertThat(http.get(path(u) + "/status").status()).isEqualTo(200);

        sim.nodeDown("pve2");
        assertThat(http.get(path(u) + "/status").status()).isEqualTo(595);
        JsonArray nodes = http.get("/api2/json/nodes").json().getJsonArray("data");
        assertThat(nodes.getJsonObject(1).getString("status")).isEqualTo("offline");
        sim.nodeUp("pve2");
        assertThat(http.get(path(u) + "/status").status()).isEqualTo(200);

        sim.inject(Fault.malformedJson().on(Endpoint.NODES).times(1));
        String broken = http.get("/api2/json/nodes").body();
        assertThat(broken).startsWith("{\"data\":[").doesNotEndWith("}");
        assertThat(sim.counters().count(Endpoint.TASK_STATUS, "pve2")).isEqualTo(5);
        assertThat(sim.counters().count(Endpoint.NODES)).isEqualTo(2);
    }

    @Test
    void s10_requestsRealClientsSendAreAccepted() {
        Upid u = task("pve1", "qmstart", "100", TaskScript.ok(Duration.ofSeconds(1)));
        String encoded = u.toString().replace(":", "%3A").replace("@", "%40");
        assertThat(http.get("/api2/json/nodes/pve1/tasks/" + encoded + "/status").status()).isEqualTo(200);
        assertThat(http.send(HttpMethod.GET, path(u) + "/status", null, Map.of("Content-Length", "0", "CSRFPreventionToken", "x")).status())
                .isEqualTo(200);
        RawHttp.Answer jsonNumbers = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/104/clone", "{\"newid\":170,\"full\":true}",
                Map.of("Content-Type", "application/json"));
        assertThat(jsonNumbers.status()).isEqualTo(200);
        RawHttp.Answer emptyJson = http.send(HttpMethod.POST, "/api2/json/nodes/pve1/qemu/100/status/stop", "{}",
                Map.of("Content-Type", "application/json"));
        assertThat(emptyJson.status()).isEqualTo(200);
        RawHttp.Answer spaceForm = http.send(HttpMethod.GET, "/api2/json/nodes", null,
                Map.of("Authorization", "PVEAPIToken " + sim.tokenId() + "=" + sim.tokenSecret()));
        assertThat(spaceForm.status()).isEqualTo(200);
        assertThat(spaceForm.headers()).doesNotContainKey("set-cookie");
    }

    @Test
    void gzipOnlyWhenAsked() {
        for (int i = 0; i < 40; i++) {
            task("pve1", "qmstart", "100", TaskScript.ok(Duration.ZERO));
        }
        sim.advance(Duration.ofSeconds(1));
        assertThat(http.get("/api2/json/nodes/pve1/tasks").headers()).doesNotContainKey("content-encoding");
        assertThat(http.send(HttpMethod.GET, "/api2/json/nodes/pve1/tasks", null, Map.of("Accept-Encoding", "gzip")).headers())
                .containsEntry("content-encoding", "gzip");
    }
}
