package io.github.pvetasks.transport.vertx;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.testkit.ErrorStyle;
import io.github.pvetasks.testkit.PveSimulator;
import io.github.pvetasks.testkit.TestCertificates;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** PveClient over this transport against the simulator over HTTPS with a pinned fingerprint. */
class VertxTransportEndToEndTest {

    static PveClient client(PveSimulator sim, Credentials credentials) {
        return PveClient.builder().baseUri(sim.baseUri()).credentials(credentials)
                .tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow())).clock(sim.clock()).build();
    }

    @Test
    void discoveredAheadOfTheJdkTransportAndPinnedWithAToken() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = client(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
            assertThat(client.transport().name()).isEqualTo("vertx");
            Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 141));
            sim.advance(Duration.ofSeconds(5));
            TaskStatus s = client.tasks().status(upid);
            assertThat(s.exitStatus()).contains(ExitStatus.OK);
        }
    }

    @Test
    void ticketLoginWithCsrfAndRenewalOverHours() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = client(sim, Credentials.password(sim.user(), sim.password()))) {
            Upid stop = client.tasks().start(TaskRequests.stopVm("pve1", 100));
            for (int i = 0; i < 4; i++) {
                sim.advance(Duration.ofMinutes(45));
                assertThat(client.tasks().status(stop).isStopped()).isTrue();
            }
        }
    }

    @Test
    void theReasonPhraseArrivesVerbatimFromAnOldServer() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).errorStyle(ErrorStyle.LEGACY).unauthorizedDelay(Duration.ZERO).start();
             VertxPveTransport t = VertxPveTransport.builder(TransportOptions.builder(sim.baseUri())
                     .fingerprint(sim.fingerprint().orElseThrow()).build()).build()) {
            PveResponse r = t.send(PveRequest.builder(io.github.pvetasks.core.spi.HttpMethod.POST, "/api2/json/nodes/pve1/qemu/999/clone")
                    .header("Authorization", "PVEAPIToken=" + sim.tokenId() + "=" + sim.tokenSecret())
                    .header("Content-Type", "application/x-www-form-urlencoded").body("newid=150".getBytes()).build())
                    .get(10, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.reasonPhrase()).contains("Configuration file 'nodes/pve1/qemu-server/999.conf' does not exist");
            try (PveClient client = client(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
                PveApiException e = catchThrowableOfType(PveApiException.class, () -> client.tasks().list("pve8", TaskQuery.defaults()));
                assertThat(e.serverMessage()).startsWith("hostname lookup 'pve8' failed");
            }
        }
    }

    @Test
    void futuresCompleteOffTheEventLoop() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).http().start();
             VertxPveTransport t = VertxPveTransport.builder(TransportOptions.builder(sim.baseUri()).build()).build()) {
            AtomicReference<String> thread = new AtomicReference<>();
            t.send(PveRequest.builder(io.github.pvetasks.core.spi.HttpMethod.GET, "/api2/json/version").build())
                    .thenRun(() -> thread.set(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
            assertThat(thread.get()).startsWith("pve-tasks-vertx-").doesNotContain("eventloop");
        }
    }

    @Test
    void aWrongPinIsRefusedBeforeAnythingIsSent() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                     .tlsTrust(TlsTrust.fingerprint(TestCertificates.selfSigned("other").fingerprint())).build()) {
            PveTransportException e = catchThrowableOfType(PveTransportException.class, () -> client.tasks().clusterTasks());
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(sim.counters().total()).isZero();
        }
    }
}
