package io.github.pvetasks.transport.jdk;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.testkit.ErrorStyle;
import io.github.pvetasks.testkit.PveSimulator;
import io.github.pvetasks.testkit.TestCertificates;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** PveClient over this transport against the simulator over HTTPS with a pinned fingerprint. */
class JdkTransportEndToEndTest {

    static PveClient client(PveSimulator sim, Credentials credentials) {
        return PveClient.builder().baseUri(sim.baseUri()).credentials(credentials)
                .tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow()))
                .clock(sim.clock()).build();
    }


    @Test
    void discoveredByDefaultAndPinnedWithAToken() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = client(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
            assertThat(client.transport().name()).isEqualTo("jdk");
            Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 140).with("name", "pinned"));
            sim.advance(Duration.ofSeconds(5));
            TaskStatus s = client.tasks().status(upid);
            assertThat(s.exitStatus()).contains(ExitStatus.OK);
            assertThat(client.tasks().fullLog(upid)).last().extracting(l -> l.text()).isEqualTo("TASK OK");
        }
    }

    @Test
    void ticketLoginWithCsrfAndRenewalOverHours() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = client(sim, Credentials.password(sim.user(), sim.password()))) {
            Upid stop = client.tasks().start(TaskRequests.stopVm("pve1", 100)); // a write: CSRF checked
            for (int i = 0; i < 4; i++) {
                sim.advance(Duration.ofMinutes(45));
                assertThat(client.tasks().status(stop).isStopped()).isTrue();
            }
        }
    }

    @Test
    void aMessageAnOldServerSendsOnlyInTheReasonPhraseStillReachesTheUser() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).errorStyle(ErrorStyle.LEGACY).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = client(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
            PveApiException e = catchThrowableOfType(PveApiException.class,
                    () -> client.tasks().start(TaskRequests.createContainer("pve1", 200, "local:vztmpl/x.tar.zst")));
            assertThat(e.getMessage()).contains("CT 200 already exists on node 'pve1'");
            PveApiException get = catchThrowableOfType(PveApiException.class,
                    () -> client.tasks().list("pve7", io.github.pvetasks.core.TaskQuery.defaults()));
            assertThat(get.serverMessage()).startsWith("hostname lookup 'pve7' failed");
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
            assertThat(e.getMessage()).contains("TLS handshake").contains("fingerprint");
            assertThat(sim.counters().total()).isZero();
        }
    }
}
