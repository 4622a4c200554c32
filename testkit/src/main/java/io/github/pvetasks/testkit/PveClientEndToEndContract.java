package io.github.pvetasks.testkit;

import io.github.pvetasks.simulator.PveSimulatorBuilder;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.ErrorStyle;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TestCertificates;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TlsTrust;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.pvetasks.core.Product;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The end-to-end half of the transport contract: {@code PveClient}, with the transport found by
 * discovery, against the simulator over HTTPS with a pinned fingerprint. Every adapter extends it
 * once, naming the transport its jar brings; the tests are then the same for all of them.
 */
@DisplayName("PveClient end to end over the discovered transport")
public abstract class PveClientEndToEndContract {

    /** @return the name of the transport the adapter's jar registers, such as {@code jdk} */
    protected abstract String transportName();

    private static PveClient client(PveSimulator sim, Credentials credentials) {
        return PveClient.builder().baseUri(sim.baseUri()).credentials(credentials)
                .tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow())).clock(sim.clock()).build();
    }

    private static PveSimulatorBuilder simulator() {
        return PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO);
    }

    @Test
    @DisplayName("is discovered, pins the certificate and runs a clone with a token")
    void discoveredPinnedToken() {
        try (PveSimulator sim = simulator().start();
             PveClient client = client(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
            assertThat(client.transport().name()).isEqualTo(transportName());
            Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 140).with("name", "pinned"));
            sim.advance(Duration.ofSeconds(5));
            assertThat(client.tasks().status(upid).exitStatus()).contains(ExitStatus.OK);
            assertThat(client.tasks().fullLog(upid)).last().extracting(TaskLogLine::text).isEqualTo("TASK OK");
        }
    }

    @Test
    @DisplayName("logs in with a ticket, sends CSRF on writes and renews across hours")
    void ticketCsrfRenewal() {
        try (PveSimulator sim = simulator().start();
             PveClient client = client(sim, Credentials.password(sim.user(), sim.password()))) {
            Upid stop = client.tasks().start(TaskRequests.stopVm("pve1", 100)); // a write: CSRF checked
            for (int i = 0; i < 4; i++) {
                sim.advance(Duration.ofMinutes(45));
                assertThat(client.tasks().status(stop).isStopped()).isTrue();
            }
            assertThat(sim.counters().count(Endpoint.LOGIN)).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    @DisplayName("brings an old server's reason-phrase-only error messages to the user")
    void legacyMessages() {
        try (PveSimulator sim = simulator().errorStyle(ErrorStyle.LEGACY).start();
             PveClient client = client(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
            PveApiException write = catchThrowableOfType(PveApiException.class,
                    () -> client.tasks().start(TaskRequests.createContainer("pve1", 200, "local:vztmpl/x.tar.zst")));
            assertThat(write.getMessage()).contains("CT 200 already exists on node 'pve1'");
            PveApiException read = catchThrowableOfType(PveApiException.class, () -> client.tasks().list("pve7", TaskQuery.defaults()));
            assertThat(read.serverMessage()).startsWith("hostname lookup 'pve7' failed");
        }
    }

    @Test
    @DisplayName("refuses a wrong pin before anything is sent")
    void wrongPin() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                     .tlsTrust(TlsTrust.fingerprint(TestCertificates.selfSigned("other").fingerprint())).build()) {
            PveTransportException e = catchThrowableOfType(PveTransportException.class, () -> client.tasks().clusterTasks());
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(sim.counters().total()).isZero();
        }
    }

    private static PveClient pbsClient(PveSimulator sim, Credentials credentials) {
        return PveClient.builder().baseUri(sim.baseUri()).product(Product.PBS).credentials(credentials)
                .tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow())).clock(sim.clock()).build();
    }

    @Test
    @DisplayName("talks to a Proxmox Backup Server: token with a colon, a verify job, its progress and outcome")
    void backupServerToken() {
        try (PveSimulator sim = simulator().product(Product.PBS).start();
             PveClient client = pbsClient(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
            Upid upid = client.tasks().start(io.github.pvetasks.core.PbsTaskRequests.verify("store1"));
            assertThat(upid.product()).isEqualTo(Product.PBS);
            assertThat(client.tasks().status(upid).isRunning()).isTrue();
            sim.advance(Duration.ofSeconds(3));
            assertThat(client.tasks().list("localhost", TaskQuery.defaults()).items()).singleElement()
                    .satisfies(t -> assertThat(t.isRunning()).isTrue());
            sim.advance(Duration.ofSeconds(10));
            assertThat(client.tasks().status(upid).exitStatus()).contains(ExitStatus.OK);
            java.util.List<TaskLogLine> log = client.tasks().fullLog(upid);
            assertThat(log).last().extracting(TaskLogLine::message).isEqualTo("TASK OK");
            assertThat(io.github.pvetasks.core.ProgressParsers.latest(io.github.pvetasks.core.ProgressParsers.defaults(), log))
                    .hasValueSatisfying(p -> assertThat(p.fraction().getAsDouble()).isEqualTo(1.0));
            // paging by offset reads every line once, although PBS pages by line number
            java.util.List<TaskLogLine> paged = new java.util.ArrayList<>();
            for (long start = 0; start < log.size(); start += 3) {
                paged.addAll(client.tasks().log(upid, start, 3).lines());
            }
            assertThat(paged).isEqualTo(log);
        }
    }

    @Test
    @DisplayName("logs in to a Proxmox Backup Server with a ticket in PBSAuthCookie and CSRF on writes")
    void backupServerTicket() {
        try (PveSimulator sim = simulator().product(Product.PBS).start();
             PveClient client = pbsClient(sim, Credentials.password(sim.user(), sim.password()))) {
            Upid gc = client.tasks().start(io.github.pvetasks.core.PbsTaskRequests.garbageCollection("store1"));
            assertThat(gc.type()).isEqualTo("garbage_collection");
            assertThat(client.tasks().stop(gc).isRunning()).isTrue(); // the abort is only asked for
            sim.advance(Duration.ofSeconds(2));
            assertThat(client.tasks().status(gc).exitStatus().orElseThrow().message()).isEqualTo("abort requested - aborting task");
        }
    }

    @Test
    @DisplayName("renews a Proxmox Backup Server ticket across hours, and a wrong token is a 401 that waited, not a timeout")
    void backupServerRenewalAndRefusal() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ofMillis(300)).product(Product.PBS).start();
             PveClient client = pbsClient(sim, Credentials.password(sim.user(), sim.password()));
             PveClient wrong = pbsClient(sim, Credentials.apiToken(sim.tokenId(), "not-the-secret"))) {
            Upid prune = client.tasks().start(io.github.pvetasks.core.PbsTaskRequests.prune("store1"));
            for (int i = 0; i < 4; i++) {
                sim.advance(Duration.ofMinutes(45));
                assertThat(client.tasks().status(prune).isStopped()).isTrue();
            }
            assertThat(sim.counters().count(Endpoint.LOGIN)).isGreaterThanOrEqualTo(3);
            io.github.pvetasks.core.PveAuthenticationException e = catchThrowableOfType(
                    io.github.pvetasks.core.PveAuthenticationException.class, () -> wrong.tasks().status(prune));
            assertThat(e.getMessage()).contains("authentication failed").doesNotContain("not-the-secret");
        }
    }

    @Test
    @DisplayName("gets a Proxmox Backup Server's plain-text errors as messages")
    void backupServerErrors() {
        try (PveSimulator sim = simulator().product(Product.PBS).start();
             PveClient client = pbsClient(sim, Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))) {
            Upid pve = Upid.parse("UPID:pbs1:0001E240:0098967F:65A1B2C3:qmclone:100:root@pam:");
            PveApiException e = catchThrowableOfType(PveApiException.class, () -> client.tasks().log(pve, 0, 10));
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.serverMessage()).isEqualTo("parameter verification failed - 'upid': value does not match the regex pattern");
            Upid unknown = Upid.parse("UPID:pbs1:000003E8:0002A5F3:00000063:65A1B2C3:verify:store1:root@pam:");
            assertThat(client.tasks().status(unknown).exitStatus().orElseThrow().kind()).isEqualTo(ExitStatus.Kind.UNKNOWN);
        }
    }
}
