package io.github.pvetasks.transport.jdk.docs;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.simulator.Endpoint;
import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The transports and simulator guides' code, run for real (DocsExamplesTest in benchmarks checks the text). */
class DocsExamplesTest {

    @Test
    void pinning() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO)
                .token("automation@pve!ci", "0a1b2c3d-aaaa-bbbb-cccc-0123456789ab").start()) {
            URI baseUri = sim.baseUri();
            String secret = sim.tokenSecret();
            String fingerprint = sim.fingerprint().orElseThrow();
            // example:begin pinning
            PveClient client = PveClient.builder()
                    .baseUri(baseUri)                                       // https://pve1.example.com:8006
                    .credentials(Credentials.apiToken("automation@pve!ci", secret))
                    .tlsTrust(TlsTrust.fingerprint(fingerprint))            // "3A:5F:0C:...:DD": exactly this certificate, whatever its name
                    .transportOptions(o -> o.connectTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(30)))
                    .build();
            // example:end pinning
            try (client) {
                Upid u = sim.startTask("pve1", "qmstart", "100", "automation@pve!ci", TaskScript.ok(Duration.ofSeconds(1)));
                assertThat(client.tasks().status(u).isRunning()).isTrue();
                assertThat(client.transport().name()).isEqualTo("jdk");
            }
        }
    }

    @Test
    void simulator() {
        // example:begin simulator
        try (PveSimulator sim = PveSimulator.builder().nodes("pve1", "pve2").timeScale(0).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri())                     // a client as for a real node
                     .tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow()))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            sim.scriptNext("qmclone", TaskScript.builder(Duration.ofMinutes(5))
                    .line(Duration.ofSeconds(1), "create full clone of drive scsi0 (local-lvm:base-104-disk-0)")
                    .endsWithError("clone failed: storage 'local-lvm' is full").build());
            Upid clone = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 130));
            sim.advance(Duration.ofMinutes(10));              // time moves only when told (timeScale 0)
            sim.inject(Fault.status(596, "Connection timed out").on(Endpoint.TASK_STATUS).times(2));
            for (int i = 0; i < 2; i++) {
                try {
                    client.tasks().status(clone);
                } catch (PveApiException e) {                 // 596 Connection timed out, as from a node the proxy cannot reach
                    System.out.println(e.status() + " " + e.serverMessage());
                }
            }
            TaskStatus end = client.tasks().status(clone);    // stopped: "clone failed: storage 'local-lvm' is full"
            assertThat(end.exitStatus().orElseThrow().message()).isEqualTo("clone failed: storage 'local-lvm' is full");
            assertThat(sim.counters().count(Endpoint.TASK_STATUS)).isEqualTo(3);   // every request is counted
        }
        // example:end simulator
    }
}
