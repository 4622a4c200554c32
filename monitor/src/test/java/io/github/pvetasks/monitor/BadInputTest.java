package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveException;
import io.github.pvetasks.core.PveProtocolException;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.testkit.ContractServer;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bad input from the server and from the user: specific exceptions, never an NPE, never a hang. */
class BadInputTest {

    static final Upid U = Upid.parse("UPID:pve1:00001234:00005678:65A1B2C3:qmclone:100:root@pam:");

    static PveClient client(ContractServer s, long maxBytes) {
        return PveClient.builder().baseUri(s.baseUri()).credentials(Credentials.apiToken("root@pam!ci", "s3cret-token"))
                .transportOptions(o -> o.maxResponseBytes(maxBytes).requestTimeout(Duration.ofSeconds(5))).build();
    }

    static <T extends Throwable> T fails(Class<T> type, Executable call) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(type, call));
    }

    @Test
    void theServerSendingGarbageGivesSpecificExceptions() {
        try (ContractServer s = ContractServer.http(); PveClient client = client(s, 64 * 1024)) {
            s.answer(r -> ContractServer.Reply.json("{\"data\":{\"status\":\"runn"));
            assertThat(fails(PveProtocolException.class, () -> client.tasks().status(U))).hasMessageContaining("not valid JSON");

            s.answer(r -> ContractServer.Reply.json("{\"data\":{\"status\":5}}"));
            assertThat(fails(PveProtocolException.class, () -> client.tasks().status(U))).hasMessageContaining("field 'status'");

            s.answer(r -> ContractServer.Reply.json("{\"data\":[{\"upid\":17}]}"));
            assertThat(fails(PveProtocolException.class, () -> client.tasks().list("pve1", TaskQuery.defaults())))
                    .hasMessageContaining("invalid UPID '17'");

            s.answer(r -> ContractServer.Reply.json("{\"data\":{\"upid\":\"UPID:pve2:00001234:00005678:65A1B2C3:qmclone:100:root@pam:\",\"status\":\"stopped\",\"exitstatus\":\"OK\"}}"));
            assertThat(fails(PveProtocolException.class, () -> client.tasks().status(U))).hasMessageContaining("answered for task 'UPID:pve2");

            s.answer(r -> ContractServer.Reply.of(502, "Bad Gateway", "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8)));
            PveApiException gateway = fails(PveApiException.class, () -> client.tasks().status(U));
            assertThat(gateway.status()).isEqualTo(502);
            assertThat(gateway.isTransient()).isTrue();

            s.answer(r -> ContractServer.Reply.of(200, "OK", "<html>captive portal</html>".getBytes(StandardCharsets.UTF_8)));
            assertThat(fails(PveProtocolException.class, () -> client.tasks().status(U))).hasMessageContaining("HTML");

            byte[] huge = new byte[1024 * 1024];
            java.util.Arrays.fill(huge, (byte) ' ');
            s.answer(r -> ContractServer.Reply.of(200, "OK", huge));
            assertThat(fails(PveTransportException.class, () -> client.tasks().clusterTasks())).hasMessageContaining("maximum response size");

            s.answer(r -> ContractServer.Reply.json("{}"));
            assertThat(fails(PveProtocolException.class, () -> client.tasks().clusterTasks())).hasMessageContaining("no 'data' member");
        }
    }

    @Test
    void aWatchSurvivesTruncatedAndMalformedAnswersAsTransientFaults() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).build()) {
            Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(5)).endsWithWarnings(2).build());
            sim.inject(Fault.truncatedBody().on(Endpoint.NODE_TASKS).times(2));
            sim.inject(Fault.malformedJson().on(Endpoint.NODE_TASKS).times(2));
            TaskHandle h = monitor.watch(u, WaitPolicy.builder().backoff(Backoff.fixed(Duration.ofMillis(20))).build());
            MonitorTest.eventually(() -> sim.faultsInjected() == 4, "the four bad answers");
            sim.advance(Duration.ofSeconds(6));
            assertThat(h.result().get(20, TimeUnit.SECONDS).exitStatus().map(ExitStatus::raw)).contains("WARNINGS: 2");
        }
    }

    @Test
    void theUserPassingBadValuesFailsAtTheCallBeforeAnyRequest() {
        try (ContractServer s = ContractServer.http(); PveClient client = client(s, 64 * 1024)) {
            assertThatThrownBy(() -> Upid.parse("UPID:pve1:xyz")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid UPID");
            assertThatThrownBy(() -> WaitPolicy.builder().timeout(Duration.ofSeconds(-5))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("wait timeout must be positive");
            assertThatThrownBy(() -> client.tasks().list("pve1/../pve2", TaskQuery.defaults())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("invalid node name 'pve1/../pve2'");
            assertThatThrownBy(() -> client.tasks().start(TaskRequests.cloneVm("pve/1", 100, 101))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Credentials.apiToken("root@pam!ci")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no secret");
            assertThatThrownBy(() -> Credentials.apiToken("root@pam!ci", " ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.tasks().status(null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TaskMonitor.builder(client).build().watch((Upid) null, WaitPolicy.defaults()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(s.requests()).isEmpty();
        }
    }

    @Test
    void noFailureEverSurfacesAsANullPointerException() {
        try (ContractServer s = ContractServer.http(); PveClient client = client(s, 64 * 1024)) {
            for (String body : new String[] {"null", "[]", "{\"data\":null}", "{\"data\":[null]}", "{\"data\":{}}", "{\"data\":[{}]}",
                    "{\"data\":{\"status\":null}}", "{\"data\":[{\"n\":null,\"t\":null}]}", "{\"total\":\"x\",\"data\":[]}"}) {
                s.answer(r -> ContractServer.Reply.json(body));
                for (Executable call : new Executable[] {() -> client.tasks().status(U), () -> client.tasks().log(U, 0, 10),
                        () -> client.tasks().list("pve1", TaskQuery.defaults()), () -> client.tasks().clusterTasks()}) {
                    try {
                        call.execute();
                    } catch (PveException expected) {
                        // a specific pve-tasks exception: fine; anything else (an NPE above all) fails below
                    } catch (Throwable t) {
                        throw new AssertionError("body " + body + " gave " + t, t);
                    }
                }
            }
        }
    }
}
