package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorSmokeTest {

    @Test
    void aClientClonesATemplateOverHttps() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Upid upid = client.tasks().start(TaskRequests.cloneVm("pve1", 104, 123).with("name", "web-3"));
            assertThat(upid.type()).isEqualTo("qmclone");
            assertThat(upid.id()).isEqualTo("104");
            assertThat(upid.user()).isEqualTo("root@pam!sim");
            assertThat(client.tasks().status(upid).isRunning()).isTrue();
            sim.advance(Duration.ofSeconds(5));
            TaskStatus done = client.tasks().status(upid);
            assertThat(done.exitStatus().get().raw()).isEqualTo("OK");
            assertThat(client.tasks().fullLog(upid)).last().extracting(l -> l.text()).isEqualTo("TASK OK");
            assertThat(sim.guest(123)).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("web-3"));
        }
    }
}
