package io.github.pvetasks.core.client;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.NoTaskStartedException;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveProtocolException;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskLogPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStart;
import io.github.pvetasks.core.TaskState;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.pvetasks.core.client.FakeTransport.body;
import static io.github.pvetasks.core.client.FakeTransport.error;
import static io.github.pvetasks.core.client.FakeTransport.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TaskApiTest {

    static final String SECRET = "5f1c2d3e-aaaa-bbbb-cccc-0123456789ab";
    static final Upid CLONE = Upid.parse("UPID:pve1:0001E240:0098967F:65A1B2C3:qmclone:100:root@pam:");
    static final String CLONE_PATH = "/api2/json/nodes/pve1/tasks/UPID%3Apve1%3A0001E240%3A0098967F%3A65A1B2C3%3Aqmclone%3A100%3Aroot%40pam%3A";
    static final Instant NOW = Instant.ofEpochSecond(1_705_100_000);

    final FakeTransport transport = new FakeTransport();
    final PveClient client = PveClient.builder().transport(transport)
            .credentials(Credentials.apiToken("root@pam!ci", SECRET))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @Test
    void statusSendsOneEncodedGetWithTheTokenHeader() {
        transport.answer(r -> ok("{\"data\":{\"upid\":\"" + CLONE + "\",\"status\":\"running\",\"type\":\"qmclone\","
                + "\"pid\":123456,\"id\":\"100\",\"user\":\"root@pam\",\"starttime\":1705095875,\"node\":\"pve1\",\"pstart\":9999999}}"));

        TaskStatus s = client.tasks().status(CLONE);

        PveRequest r = transport.last();
        assertThat(r.method()).isEqualTo(HttpMethod.GET);
        assertThat(r.path()).isEqualTo(CLONE_PATH + "/status");
        assertThat(r.query()).isEmpty();
        assertThat(r.bodyLength()).isZero();
        assertThat(r.header("Authorization")).contains("PVEAPIToken=root@pam!ci=" + SECRET);
        assertThat(r.header("Accept")).contains("application/json");
        assertThat(r.header("CSRFPreventionToken")).isEmpty();
        assertThat(r.header("Cookie")).isEmpty();
        assertThat(s.state()).isEqualTo(TaskState.RUNNING);
        assertThat(s.exitStatus()).isEmpty();
        assertThat(s.observedAt()).isEqualTo(NOW);
        assertThat(s.startTime()).isEqualTo(CLONE.startTime());
    }

    @Test
    void stoppedStatusOfATokenTaskWithStringNumbersAndUnknownFields() {
        Upid token = Upid.parse("UPID:pve2:00000ABC:00000DEF:65A1B2C3:vzdump:101:backup@pve!nightly:");
        transport.answer(r -> ok("{\"data\":{\"exitstatus\":\"WARNINGS: 2\",\"tokenid\":\"nightly\",\"user\":\"backup@pve\","
                + "\"pid\":\"2748\",\"status\":\"stopped\",\"future-field\":{\"x\":1},\"upid\":\"" + token + "\"}}"));

        TaskStatus s = client.tasks().status(token);

        assertThat(transport.last().path()).startsWith("/api2/json/nodes/pve2/tasks/").endsWith("%21nightly%3A/status");
        assertThat(s.isStopped()).isTrue();
        assertThat(s.exitStatus().map(ExitStatus::kind)).contains(ExitStatus.Kind.WARNING);
        assertThat(s.exitStatus().get().isSuccess()).isTrue();
        assertThat(s.user()).isEqualTo("backup@pve");
        assertThat(s.tokenId()).contains("nightly");
    }

    @Test
    void aStatusForAnotherTaskIsAProtocolError() {
        transport.answer(r -> ok("{\"data\":{\"upid\":\"" + CLONE + "done\",\"status\":\"stopped\",\"exitstatus\":\"OK\"}}"));
        assertThatThrownBy(() -> client.tasks().status(CLONE)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("answered for task").hasMessageContaining("/status");
    }

    @Test
    void aStatusOfTheWrongTypeNamesTheField() {
        transport.answer(r -> ok("{\"data\":{\"status\":5}}"));
        assertThatThrownBy(() -> client.tasks().status(CLONE)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("field 'status' is '5'");
        transport.answer(r -> ok("{\"data\":{\"status\":[\"running\"]}}"));
        assertThatThrownBy(() -> client.tasks().status(CLONE)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("field 'status' must be a string");
    }

    @Test
    void logPageAsksForStartAndLimitAndSortsLinesByNumber() {
        transport.answer(r -> ok("{\"total\":12,\"data\":[{\"n\":11,\"t\":\"done: SHA256:abc\"},{\"t\":\"TASK OK\",\"n\":12},{\"n\":10,\"t\":\"Creating SSH host key\"}]}"));

        TaskLogPage page = client.tasks().log(CLONE, 9, 50);

        assertThat(transport.last().path()).isEqualTo(CLONE_PATH + "/log");
        assertThat(transport.last().query()).isEqualTo("start=9&limit=50");
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.lines()).extracting(TaskLogLine::n).containsExactly(10L, 11L, 12L);
        assertThat(page.nextStart()).isEqualTo(12);
    }

    @Test
    void theNoContentPlaceholderOfAnEmptyLogIsAnEmptyPage() {
        transport.answer(r -> ok("{\"total\":1,\"data\":[{\"t\":\"no content\",\"n\":1}]}"));
        TaskLogPage page = client.tasks().log(CLONE, 0, 50);
        assertThat(page.isEmpty()).isTrue();
        assertThat(page.total()).isZero();
        assertThat(page.nextStart()).isZero();
    }

    @Test
    void fullLogPagesUntilTheServersTotal() {
        // This server caps every answer at 50 lines, as the default limit would.
        transport.answer(r -> {
            Map<String, String> q = query(r);
            long start = Long.parseLong(q.get("start"));
            StringBuilder sb = new StringBuilder("{\"data\":[");
            for (long n = start + 1; n <= Math.min(start + 50, 120); n++) {
                sb.append(n > start + 1 ? "," : "").append("{\"n\":").append(n).append(",\"t\":\"line ").append(n).append("\"}");
            }
            return ok(sb.append("],\"total\":120}").toString());
        });

        List<TaskLogLine> lines = client.tasks().fullLog(CLONE);

        assertThat(lines).hasSize(120);
        assertThat(lines.get(119)).isEqualTo(new TaskLogLine(120, "line 120"));
        assertThat(transport.requests()).extracting(r -> query(r).get("start")).containsExactly("0", "50", "100");
        assertThat(transport.requests()).allSatisfy(r -> assertThat(Long.parseLong(query(r).get("limit"))).isGreaterThan(50));
    }

    @Test
    void listSendsEveryFilterAndDecodesRunningAndArchivedTokenItems() {
        transport.answer(r -> ok("{\"total\":3,\"data\":["
                + "{\"id\":\"103\",\"user\":\"root@pam\",\"pstart\":65597267,\"saved\":\"0\",\"type\":\"vzdump\",\"pid\":851962,"
                + "\"upid\":\"UPID:pve1:000CFFFA:03E8EF53:619480BA:vzdump:103:root@pam:\",\"node\":\"pve1\",\"starttime\":1637122234,\"status\":\"RUNNING\"},"
                + "{\"upid\":\"UPID:pve1:00000ABC:00000DEF:619480AA:qmclone:100:ops@pve!deploy:\",\"user\":\"ops@pve\",\"tokenid\":\"deploy\","
                + "\"status\":\"WARNINGS: 1\",\"endtime\":\"1637122200\",\"id\":100},"
                + "{\"upid\":\"UPID:pve1:00000ABD:00000DEF:619480AB:vncproxy:100:root@pam:\",\"status\":\"connection timed out\",\"endtime\":1637122201}]}"));
        TaskQuery q = TaskQuery.builder().source(TaskSource.ALL).typeFilter("qm clone+x").limit(3).build();

        TaskListPage page = client.tasks().list("pve1", q);

        assertThat(transport.last().path()).isEqualTo("/api2/json/nodes/pve1/tasks");
        assertThat(transport.last().query()).isEqualTo("limit=3&source=all&typefilter=qm%20clone%2Bx");
        assertThat(page.total()).isEqualTo(3);
        TaskInfo running = page.items().get(0);
        assertThat(running.isRunning()).isTrue();
        assertThat(running.exitStatus()).isEmpty();
        assertThat(running.endTime()).isEmpty();
        TaskInfo token = page.items().get(1);
        assertThat(token.user()).isEqualTo("ops@pve");
        assertThat(token.tokenId()).contains("deploy");
        assertThat(token.endTime()).contains(Instant.ofEpochSecond(1637122200));
        assertThat(token.exitStatus().get().kind()).isEqualTo(ExitStatus.Kind.WARNING);
        TaskInfo failed = page.items().get(2);
        assertThat(failed.exitStatus().get().kind()).isEqualTo(ExitStatus.Kind.ERROR);
        assertThat(failed.node()).isEqualTo("pve1");
    }

    @Test
    void aTokensTaskReadsTheSameFromTheActivePartUnsplitAndTheArchiveSplit() {
        transport.answer(r -> ok("{\"total\":2,\"data\":["
                + "{\"upid\":\"UPID:pve1:00000ABC:00000DEF:619480AA:qmclone:100:ops@pve!deploy:\",\"user\":\"ops@pve!deploy\","
                + "\"status\":\"RUNNING\",\"saved\":\"0\"},"
                + "{\"upid\":\"UPID:pve1:00000ABD:00000DEF:619480AB:qmstart:101:ops@pve!deploy:\",\"user\":\"ops@pve\",\"tokenid\":\"deploy\","
                + "\"status\":\"OK\",\"endtime\":1637122201}]}"));
        List<TaskInfo> items = client.tasks().list("pve1", TaskQuery.builder().source(TaskSource.ALL).build()).items();
        assertThat(items).extracting(TaskInfo::user).containsExactly("ops@pve", "ops@pve");
        assertThat(items).extracting(t -> t.tokenId().orElseThrow()).containsExactly("deploy", "deploy");
    }

    @Test
    void anAbsentTotalMeansZeroAndLimitZeroStillCounts() {
        transport.answer(r -> ok("{\"data\":[]}"));
        assertThat(client.tasks().list("pve1", TaskQuery.defaults()).total()).isZero();
        transport.answer(r -> ok("{\"data\":[],\"total\":105}"));
        TaskListPage counted = client.tasks().list("pve1", TaskQuery.builder().limit(0).build());
        assertThat(counted.items()).isEmpty();
        assertThat(counted.total()).isEqualTo(105);
    }

    @Test
    void aListItemWithABadUpidNamesTheItem() {
        transport.answer(r -> ok("{\"data\":[{\"upid\":\"UPID:pve1:bad:\",\"status\":\"OK\"}]}"));
        assertThatThrownBy(() -> client.tasks().list("pve1", TaskQuery.defaults())).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("item 0").hasMessageContaining("invalid UPID");
    }

    @Test
    void clusterTasksTellRunningByTheAbsenceOfAnEnd() {
        transport.answer(r -> ok("{\"data\":[{\"upid\":\"" + CLONE + "\",\"node\":\"pve1\",\"pid\":123456,\"saved\":\"0\"},"
                + "{\"upid\":\"UPID:pve2:00000001:00000002:65A1B2C0:qmstart:105:root@pam:\",\"node\":\"pve2\",\"endtime\":1705095900,\"status\":\"OK\",\"saved\":\"1\"}]}"));

        List<TaskInfo> tasks = client.tasks().clusterTasks();

        assertThat(transport.last().path()).isEqualTo("/api2/json/cluster/tasks");
        assertThat(tasks).extracting(TaskInfo::isRunning).containsExactly(true, false);
        assertThat(tasks.get(1).node()).isEqualTo("pve2");
    }

    @Test
    void stopDeletesThroughExtjsThenReadsTheFinalStatus() {
        transport.answer(r -> r.method() == HttpMethod.DELETE
                ? ok("{\"data\":null,\"success\":1}")
                : ok("{\"data\":{\"status\":\"stopped\",\"exitstatus\":\"clone failed: interrupted by signal\"}}"));

        TaskStatus s = client.tasks().stop(CLONE);

        List<PveRequest> rs = transport.requests();
        assertThat(rs).extracting(PveRequest::method).containsExactly(HttpMethod.DELETE, HttpMethod.GET);
        assertThat(rs.get(0).path()).isEqualTo(CLONE_PATH.replace("/api2/json", "/api2/extjs"));
        assertThat(rs.get(0).bodyLength()).isZero();
        assertThat(s.exitStatus().get().message()).isEqualTo("clone failed: interrupted by signal");
    }

    @Test
    void cloneStartsWithAFormBodyAndReturnsTheUpid() {
        transport.answer(r -> ok("{\"success\":1,\"data\":\"UPID:pve1:00001234:00ABCDEF:65A1B2D0:qmclone:100:root@pam!ci:\"}"));

        Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 100, 123).with("name", "web 1").with("full", true));

        PveRequest r = transport.last();
        assertThat(r.method()).isEqualTo(HttpMethod.POST);
        assertThat(r.path()).isEqualTo("/api2/extjs/nodes/pve1/qemu/100/clone");
        assertThat(r.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(body(r)).isEqualTo("newid=123&name=web%201&full=1");
        assertThat(r.query()).isEmpty();
        assertThat(upid.type()).isEqualTo("qmclone");
        assertThat(upid.id()).isEqualTo("100");
        assertThat(upid.tokenId()).contains("ci");
    }

    @Test
    void everyTypedHelperHitsItsEndpoint() {
        transport.answer(r -> ok("{\"success\":1,\"data\":\"UPID:pve1:00001234:00ABCDEF:65A1B2D0:x:100:root@pam:\"}"));
        List<TaskRequest> requests = List.of(
                TaskRequests.createContainer("pve1", 200, "local:vztmpl/debian-12.tar.zst").with("hostname", "ct1"),
                TaskRequests.startVm("pve1", 101), TaskRequests.stopVm("pve1", 101), TaskRequests.shutdownVm("pve1", 101),
                TaskRequests.migrateVm("pve1", 101, "pve2").with("online", true), TaskRequests.snapshotVm("pve1", 101, "before-upgrade"),
                TaskRequests.vzdump("pve1", 101, 102).with("storage", "pbs"), TaskRequests.vzdumpAll("pve1"),
                TaskRequests.startContainer("pve1", 200), TaskRequests.shutdownContainer("pve1", 200));
        for (TaskRequest req : requests) {
            client.tasks().start(req);
        }
        assertThat(transport.requests()).extracting(r -> r.path() + " " + body(r)).containsExactly(
                "/api2/extjs/nodes/pve1/lxc vmid=200&ostemplate=local%3Avztmpl%2Fdebian-12.tar.zst&hostname=ct1",
                "/api2/extjs/nodes/pve1/qemu/101/status/start ",
                "/api2/extjs/nodes/pve1/qemu/101/status/stop ",
                "/api2/extjs/nodes/pve1/qemu/101/status/shutdown ",
                "/api2/extjs/nodes/pve1/qemu/101/migrate target=pve2&online=1",
                "/api2/extjs/nodes/pve1/qemu/101/snapshot snapname=before-upgrade",
                "/api2/extjs/nodes/pve1/vzdump vmid=101%2C102&storage=pbs",
                "/api2/extjs/nodes/pve1/vzdump all=1",
                "/api2/extjs/nodes/pve1/lxc/200/status/start ",
                "/api2/extjs/nodes/pve1/lxc/200/status/shutdown ");
    }

    @Test
    void vzdumpsOkAndATemplatesNullAreClearNoTaskAnswers() {
        transport.answer(r -> ok("{\"data\":\"OK\",\"success\":1}"));
        TaskStart s = client.tasks().submit(TaskRequests.vzdump("pve1", 100));
        assertThat(s.isStarted()).isFalse();
        assertThat(s.answer()).isEqualTo("\"OK\"");
        assertThat(s.upid()).isEmpty();
        NoTaskStartedException e = catchThrowableOfType(NoTaskStartedException.class, s::orElseThrow);
        assertThat(e.getMessage()).contains("POST /nodes/pve1/vzdump").contains("no task was started").contains("\"OK\"");

        transport.answer(r -> ok("{\"data\":null,\"success\":1}"));
        assertThatThrownBy(() -> client.tasks().start(TaskRequest.of(HttpMethod.POST, "/nodes/pve1/qemu/101/template")))
                .isInstanceOf(NoTaskStartedException.class).hasMessageContaining("answered null");
    }

    @Test
    void aMalformedUpidAnswerIsAProtocolError() {
        transport.answer(r -> ok("{\"data\":\"UPID:pve1:oops:\",\"success\":1}"));
        assertThatThrownBy(() -> client.tasks().start(TaskRequests.startVm("pve1", 100)))
                .isInstanceOf(PveProtocolException.class).hasMessageContaining("malformed UPID");
    }

    @Test
    void noSuchTaskFromAnOldServerStillSaysWhy() {
        transport.answer(r -> error(400, Optional.empty(), "{\"data\":null,\"errors\":{\"upid\":\"no such task\"}}"));

        PveApiException e = catchThrowableOfType(PveApiException.class, () -> client.tasks().status(CLONE));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.isNoSuchTask()).isTrue();
        assertThat(e.isTransient()).isFalse();
        assertThat(e.errors()).containsEntry("upid", "no such task");
        assertThat(e.getMessage()).contains("GET /nodes/pve1/tasks/UPID:pve1:").contains("HTTP 400").contains("(upid: no such task)");
        assertThat(transport.requests()).hasSize(1); // the errors map says enough: no second request
    }

    @Test
    void aNewServersBodyMessageIsUsedWithoutItsNewline() {
        transport.answer(r -> error(500, Optional.of("ignored"), "{\"data\":null,\"message\":\"hostname lookup 'pve9' failed\\n\"}"));
        PveApiException e = catchThrowableOfType(PveApiException.class, () -> client.tasks().status(CLONE));
        assertThat(e.serverMessage()).isEqualTo("hostname lookup 'pve9' failed");
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void aReasonPhraseIsTheMessageWhenTheTransportCanReadIt() {
        transport.answer(r -> error(595, Optional.of("Connection refused"), ""));
        PveApiException e = catchThrowableOfType(PveApiException.class, () -> client.tasks().status(CLONE));
        assertThat(e.status()).isEqualTo(595);
        assertThat(e.serverMessage()).isEqualTo("Connection refused");
        assertThat(e.isTransient()).isTrue();
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aReadErrorWhoseMessageOnlyTheReasonPhraseHadIsAskedAgainThroughExtjs() {
        transport.answer(r -> r.path().startsWith("/api2/extjs")
                ? ok("{\"data\":null,\"success\":0,\"status\":500,\"message\":\"Configuration file 'nodes/pve1/qemu-server/101.conf' does not exist\\n\"}")
                : error(500, Optional.empty(), "{\"data\":null}"));

        PveApiException e = catchThrowableOfType(PveApiException.class, () -> client.tasks().status(CLONE));

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.serverMessage()).isEqualTo("Configuration file 'nodes/pve1/qemu-server/101.conf' does not exist");
        assertThat(transport.requests()).extracting(PveRequest::path)
                .containsExactly(CLONE_PATH + "/status", CLONE_PATH.replace("json", "extjs") + "/status");
    }

    @Test
    void aTaskStartingErrorArrivesThroughExtjsWithItsRealStatus() {
        transport.answer(r -> ok("{\"data\":null,\"success\":0,\"status\":500,\"message\":\"CT 200 already exists on node 'pve1'\\n\"}"));
        PveApiException e = catchThrowableOfType(PveApiException.class,
                () -> client.tasks().start(TaskRequests.createContainer("pve1", 200, "local:vztmpl/x.tar.zst")));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.getMessage()).contains("POST /nodes/pve1/lxc: HTTP 500 CT 200 already exists on node 'pve1'");
        assertThat(transport.requests()).hasSize(1); // a task-starting call is never sent twice
    }

    @Test
    void bodiesThatAreNotTheApiAreProtocolErrorsNamingTheProblem() {
        transport.answer(r -> ok("<html><body>502 Bad Gateway</body></html>"));
        assertThatThrownBy(() -> client.tasks().status(CLONE)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("HTML").hasMessageContaining("502 Bad Gateway");
        transport.answer(r -> ok("{\"data\":{\"status\":\"runn"));
        assertThatThrownBy(() -> client.tasks().status(CLONE)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("not valid JSON");
        transport.answer(r -> ok("{\"total\":3}"));
        assertThatThrownBy(() -> client.tasks().log(CLONE, 0, 10)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("no 'data' member");
        transport.answer(r -> ok("{\"data\":[{\"n\":\"x\",\"t\":\"a\"}]}"));
        assertThatThrownBy(() -> client.tasks().log(CLONE, 0, 10)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("field 'n' must be an integer");
        transport.answer(r -> ok(""));
        assertThatThrownBy(() -> client.tasks().status(CLONE)).isInstanceOf(PveProtocolException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void transportFailuresKeepWhetherTheRequestMayHaveArrived() {
        transport.answerAsync(r -> CompletableFuture.failedFuture(
                new PveTransportException("connection refused", false, new ConnectException("refused"))));
        PveTransportException e = catchThrowableOfType(PveTransportException.class, () -> client.tasks().status(CLONE));
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(e.getMessage()).contains("GET /nodes/pve1/tasks/").contains("connection refused");

        transport.answerAsync(r -> CompletableFuture.failedFuture(new IOException("reset")));
        PveTransportException raw = catchThrowableOfType(PveTransportException.class, () -> client.tasks().status(CLONE));
        assertThat(raw.mayHaveReachedServer()).isTrue();
    }

    @Test
    void asyncFormsCompleteWithTheSameOutcomes() {
        transport.answer(r -> error(400, Optional.empty(), "{\"data\":null,\"errors\":{\"upid\":\"unable to parse worker upid\"}}"));
        CompletableFuture<TaskStatus> f = client.tasks().statusAsync(CLONE);
        assertThat(f).failsWithin(java.time.Duration.ofSeconds(5)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(PveApiException.class);
    }

    @Test
    void badInputFailsAtTheCallBeforeAnyRequest() {
        assertThatThrownBy(() -> client.tasks().list("a/b", TaskQuery.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid node name 'a/b'");
        assertThatThrownBy(() -> client.tasks().status(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("upid must not be null");
        assertThatThrownBy(() -> client.tasks().log(CLONE, -1, 10)).hasMessageContaining("log start must not be negative");
        assertThatThrownBy(() -> client.tasks().log(CLONE, 0, 0)).hasMessageContaining("log limit must be 1 or more");
        assertThatThrownBy(() -> TaskRequests.cloneVm("pve1", 100, 100)).hasMessageContaining("equals the source");
        assertThatThrownBy(() -> TaskRequests.cloneVm("pve1", 100, 42)).hasMessageContaining("invalid VM id 42");
        assertThatThrownBy(() -> TaskRequests.snapshotVm("pve1", 100, "1bad")).hasMessageContaining("invalid snapshot name '1bad'");
        assertThatThrownBy(() -> TaskRequests.migrateVm("pve1", 100, "pve1")).hasMessageContaining("own node");
        assertThatThrownBy(() -> TaskRequest.of(HttpMethod.POST, "/nodes//qemu")).hasMessageContaining("must not be empty");
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void segmentsWithSlashesAndOddCharactersAreEncoded() {
        transport.answer(r -> ok("{\"success\":1,\"data\":\"UPID:pve1:00001234:00ABCDEF:65A1B2D0:imgdel:100@local:root@pam:\"}"));
        client.tasks().start(TaskRequest.of(HttpMethod.DELETE,
                List.of("nodes", "pve1", "storage", "local", "content", "local:backup/vzdump-lxc-100.tar.zst")));
        assertThat(transport.last().path())
                .isEqualTo("/api2/extjs/nodes/pve1/storage/local/content/local%3Abackup%2Fvzdump-lxc-100.tar.zst");
    }

    @Test
    void closingLeavesACallerOwnedTransportOpen() {
        client.close();
        assertThat(transport.closed).isFalse();
        assertThat(client.transport()).isSameAs(transport);
    }

    static Map<String, String> query(PveRequest r) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("([^&=]+)=([^&]*)").matcher(r.query());
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
