package io.github.pvetasks.core.client;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.ProgressFormat;
import io.github.pvetasks.core.ProgressParsers;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.pvetasks.core.client.FakeTransport.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against Proxmox Backup Server's answers (pbs-task-api.md), item by item of its checklist. */
class PbsClientTest {

    static final Upid VERIFY = Upid.parse("UPID:pbs1:000003E8:0000F000:00000002:65A1B2C3:verificationjob:store1\\x3av\\x2dabc:root@pam!ci:");
    /** The UPID inside a JSON string: its backslashes escaped. */
    static final String JSON_UPID = VERIFY.toString().replace("\\", "\\\\");
    static final String SECRET = "3f2a1c9e-0000-4c1b-9d11-abcdefabcdef";

    final FakeTransport transport = new FakeTransport();
    final PveClient client = PveClient.builder().transport(transport).product(Product.PBS)
            .credentials(Credentials.apiToken("root@pam!ci", SECRET))
            .clock(Clock.fixed(Instant.ofEpochSecond(1_705_100_000), ZoneOffset.UTC)).build();

    @Test
    void aPbsUpidIsToldApartByItsFieldsAndItsWorkerIdIsUnescaped() {
        assertThat(VERIFY.product()).isEqualTo(Product.PBS);
        assertThat(VERIFY.taskCounter()).hasValue(2);
        assertThat(VERIFY.id()).isEqualTo("store1:v-abc");
        assertThat(Upid.parse("UPID:pve1:0001E240:0098967F:65A1B2C3:qmclone:100:root@pam:").product()).isEqualTo(Product.PVE);
        // many PBS tasks share one daemon's pid and pstart: they are told apart by the whole UPID
        Upid sibling = Upid.parse("UPID:pbs1:000003E8:0000F000:00000003:65A1B2C3:verificationjob:store1\\x3av\\x2dabc:root@pam!ci:");
        assertThat(sibling).isNotEqualTo(VERIFY);
        assertThat(sibling.pid()).isEqualTo(VERIFY.pid());
    }

    @Test
    void tokensAreWrittenWithAColonAndTicketsGoInPbsAuthCookie() {
        transport.answer(r -> ok("{\"data\":{\"upid\":\"" + JSON_UPID + "\",\"status\":\"running\",\"type\":\"verificationjob\","
                + "\"id\":\"store1:v-abc\",\"user\":\"root@pam\",\"tokenid\":\"ci\",\"pid\":1000,\"pstart\":61440,\"starttime\":1705095875,\"node\":\"pbs1\"}}"));
        client.tasks().status(VERIFY);
        assertThat(transport.last().header("Authorization")).contains("PBSAPIToken=root@pam!ci:" + SECRET);
        // the UPID's backslashes are percent-encoded in the path
        assertThat(transport.last().pathAndQuery()).contains("/nodes/pbs1/tasks/UPID%3Apbs1%3A").contains("%5Cx3av%5Cx2dabc");

        FakeTransport tickets = new FakeTransport().answer(r -> r.pathAndQuery().contains("/access/ticket")
                ? ok("{\"data\":{\"username\":\"admin@pbs\",\"ticket\":\"PBS:admin@pbs:65A1B2C3::c2ln\",\"CSRFPreventionToken\":\"65A1B2C3:Y3NyZg\"}}")
                : ok("{\"data\":{\"upid\":\"" + JSON_UPID + "\",\"status\":\"stopped\",\"exitstatus\":\"OK\",\"type\":\"verificationjob\","
                        + "\"user\":\"root@pam\",\"pid\":1000,\"pstart\":61440,\"starttime\":1705095875,\"node\":\"pbs1\"}}"));
        try (PveClient byTicket = PveClient.builder().transport(tickets).product(Product.PBS)
                .credentials(Credentials.password("admin@pbs", "pw")).build()) {
            byTicket.tasks().status(VERIFY);
            assertThat(tickets.last().header("Cookie")).contains("PBSAuthCookie=PBS:admin@pbs:65A1B2C3::c2ln");
        }
    }

    @Test
    void plainTextErrorBodiesBecomeTheMessageAndAPermissionFailureIsA400() {
        transport.answer(r -> FakeTransport.error(400, Optional.empty(), "task access not allowed"));
        assertThatThrownBy(() -> client.tasks().status(VERIFY)).isInstanceOf(PveApiException.class)
                .hasMessageContaining("task access not allowed")
                .satisfies(e -> assertThat(((PveApiException) e).status()).isEqualTo(400));
    }

    @Test
    void aTaskPbsDoesNotKnowIsStoppedWithAnUnknownOutcome() {
        transport.answer(r -> ok("{\"data\":{\"upid\":\"" + JSON_UPID + "\",\"status\":\"stopped\",\"exitstatus\":\"unknown\","
                + "\"type\":\"verificationjob\",\"user\":\"root@pam\",\"pid\":1000,\"pstart\":61440,\"starttime\":1705095875,\"node\":\"pbs1\"}}"));
        TaskStatus s = client.tasks().status(VERIFY);
        assertThat(s.isStopped()).isTrue();
        assertThat(s.exitStatus().orElseThrow().kind()).isEqualTo(ExitStatus.Kind.UNKNOWN);
    }

    @Test
    void logOffsetsBecomePbsLineNumbersSoNoLineComesTwice() {
        transport.answer(r -> ok("{\"data\":[{\"n\":3,\"t\":\"2026-09-06T09:54:25-05:00: percentage done: 50.00% (1/2 groups)\"}],"
                + "\"total\":3,\"success\":1}"));
        var page = client.tasks().log(VERIFY, 2, 50); // lines after the first two
        assertThat(transport.last().pathAndQuery()).endsWith("/log?start=3&limit=50");
        assertThat(page.lines()).extracting(TaskLogLine::n).containsExactly(3L);
        assertThat(page.lines().get(0).message()).isEqualTo("percentage done: 50.00% (1/2 groups)");

        transport.answer(r -> ok("{\"data\":[],\"total\":0,\"success\":1}")); // an empty log is []
        assertThat(client.tasks().log(VERIFY, 0, 50).lines()).isEmpty();
    }

    @Test
    void listQueriesUsePbsFiltersAndItemsWithoutStatusAreRunning() {
        transport.answer(r -> ok("{\"total\":3,\"data\":[{\"upid\":\"" + JSON_UPID + "\",\"node\":\"localhost\",\"pid\":1000,"
                + "\"pstart\":61440,\"starttime\":1705095875,\"worker_type\":\"verificationjob\",\"worker_id\":\"store1:v-abc\","
                + "\"user\":\"root@pam!ci\"},{\"upid\":\"UPID:pbs1:000003E8:0000F000:00000001:65A1B2C0:garbage_collection:store1:root@pam:\","
                + "\"node\":\"localhost\",\"pid\":1000,\"pstart\":61440,\"starttime\":1705095872,\"worker_type\":\"garbage_collection\","
                + "\"worker_id\":\"store1\",\"user\":\"root@pam\",\"endtime\":1705095874,\"status\":\"WARNINGS: 1\"}]}"));
        TaskListPage page = client.tasks().list("localhost", TaskQuery.builder().source(TaskSource.ALL).limit(0)
                .statusFilter(ExitStatus.Kind.OK, ExitStatus.Kind.WARNING).build());
        assertThat(transport.last().pathAndQuery()).isEqualTo("/api2/json/nodes/localhost/tasks?limit=0&statusfilter=ok&statusfilter=warning");
        TaskInfo running = page.items().get(0);
        assertThat(running.isRunning()).isTrue();
        assertThat(running.user()).isEqualTo("root@pam");
        assertThat(running.tokenId()).hasValue("ci");
        TaskInfo gc = page.items().get(1);
        assertThat(gc.exitStatus().orElseThrow().kind()).isEqualTo(ExitStatus.Kind.WARNING);

        client.tasks().list("localhost", TaskQuery.builder().source(TaskSource.ACTIVE).build());
        assertThat(transport.last().pathAndQuery()).endsWith("/tasks?running=1");
        assertThatThrownBy(() -> client.tasks().list("localhost", TaskQuery.builder().vmid(100).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vmid 100");
        assertThatThrownBy(() -> client.tasks().list("localhost", TaskQuery.builder().source(TaskSource.ARCHIVE).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ARCHIVE");
        assertThatThrownBy(() -> client.tasks().clusterTasks()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theRealPbsLogParsesItsProgressAndItsFinalLine() throws IOException {
        List<TaskLogLine> log = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/pbs/verificationjob-tail.log")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                log.add(new TaskLogLine(i + 1, lines[i]));
            }
        }
        Progress last = ProgressParsers.latest(ProgressParsers.defaults(), log).orElseThrow();
        assertThat(last.format()).isEqualTo(ProgressFormat.PBS);
        assertThat(last.fraction().getAsDouble()).isEqualTo(1.0);
        assertThat(log.get(log.size() - 1).message()).isEqualTo("TASK OK");
        assertThat(ProgressParsers.defaults().parse("2026-09-06T09:54:25-05:00: percentage done: 98.25% (18/19 groups, 4/6 snapshots in group #19)")
                .orElseThrow().fraction().getAsDouble()).isEqualTo(0.9825);
        assertThat(ProgressParsers.defaults().parse("2026-09-06T09:54:25+00:00: Percentage done: 12.50% (1/8 groups)")).isPresent();
    }

    @Test
    void garbageCollectionProgressCarriesItsPhase() {
        Progress marked = ProgressParsers.defaults().parse("2026-11-29T10:00:01+01:00: marked 45% (120 of 266 index files)").orElseThrow();
        assertThat(marked.format()).isEqualTo(ProgressFormat.PBS_GC);
        assertThat(marked.phase()).hasValue("GC phase1 (mark used chunks)");
        assertThat(marked.fraction().getAsDouble()).isEqualTo(0.45);
        Progress processed = ProgressParsers.defaults().parse("2026-11-29T10:00:09+01:00: processed 80% (4711 chunks)").orElseThrow();
        assertThat(processed.phase()).hasValue("GC phase2 (sweep unused chunks)");
        assertThat(TaskLogLine.withoutTimestamp("2026-11-29T10:00:09Z: TASK ERROR: boom")).isEqualTo("TASK ERROR: boom");
        assertThat(TaskLogLine.withoutTimestamp("TASK OK")).isEqualTo("TASK OK");
        assertThat(TaskLogLine.withoutTimestamp("2026-11-29 10:00:09 migration status")).isEqualTo("2026-11-29 10:00:09 migration status");
        assertThat(ExitStatus.parse("unknown", Product.PBS).kind()).isEqualTo(ExitStatus.Kind.UNKNOWN);
        assertThat(ExitStatus.parse("unknown", Product.PVE).kind()).isEqualTo(ExitStatus.Kind.ERROR);
    }

    @Test
    void typedPbsRequestsKnowTheirPathsAndWorkerTypesAndRefuseBadNames() {
        assertThat(io.github.pvetasks.core.PbsTaskRequests.verify("store1").path()).isEqualTo("/admin/datastore/store1/verify");
        assertThat(io.github.pvetasks.core.PbsTaskRequests.verify("store1").workerTypes()).containsExactly("verify");
        assertThat(io.github.pvetasks.core.PbsTaskRequests.garbageCollection("store1").workerTypes()).containsExactly("garbage_collection");
        assertThat(io.github.pvetasks.core.PbsTaskRequests.prune("store1").path()).isEqualTo("/admin/datastore/store1/prune-datastore");
        assertThat(io.github.pvetasks.core.PbsTaskRequests.pull("store1", "offsite", "store2").parameters())
                .containsEntry("remote", "offsite").containsEntry("remote-store", "store2");
        assertThatThrownBy(() -> io.github.pvetasks.core.PbsTaskRequests.verify("../etc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid datastore name '../etc'");
    }

    @Test
    void theStoreFilterGoesToPbsAndIsRefusedByPve() {
        transport.answer(r -> ok("{\"total\":0,\"data\":[]}"));
        client.tasks().list("localhost", TaskQuery.builder().store("store1").build());
        assertThat(transport.last().pathAndQuery()).endsWith("/tasks?store=store1");
        FakeTransport pveTransport = new FakeTransport().answer(r -> ok("{\"total\":0,\"data\":[]}"));
        try (PveClient pve = PveClient.builder().transport(pveTransport).credentials(Credentials.apiToken("root@pam!ci", SECRET)).build()) {
            assertThatThrownBy(() -> pve.tasks().list("pve1", TaskQuery.builder().store("store1").build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("store 'store1'");
        }
        assertThat(TaskQuery.builder().store("a").build()).isNotEqualTo(TaskQuery.builder().store("b").build());
    }

    @Test
    void aTokenIsReadInEitherProductsFormAndAMissingNameIsNamed() {
        Credentials.ApiToken pbs = (Credentials.ApiToken) Credentials.apiToken("automation@pbs!ci:" + SECRET);
        assertThat(pbs.tokenId()).isEqualTo("automation@pbs!ci");
        assertThat(pbs.secret()).isEqualTo(SECRET);
        Credentials.ApiToken pve = (Credentials.ApiToken) Credentials.apiToken("automation@pve!ci=" + SECRET);
        assertThat(pve.tokenId()).isEqualTo("automation@pve!ci");
        assertThatThrownBy(() -> Credentials.apiToken("root@pam=" + SECRET)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("root@pam").hasMessageNotContaining(SECRET);
    }
}
