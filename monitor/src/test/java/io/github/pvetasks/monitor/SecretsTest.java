package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.simulator.PveSimulator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs token and ticket auth (with renewals and failures) while every log line of this module's
 * tests goes to target/pve-tasks-test.log at debug level, then checks that no secret appears in
 * the log or in any exception message.
 */
class SecretsTest {

    static final String TOKEN_SECRET = "9f8e7d6c-5b4a-3210-fedc-ba9876543210";
    static final String PASSWORD = "Sup3r+Secret/Pa55=word";

    @Test
    void noSecretInLogsOrExceptionMessages() throws Exception {
        List<String> messages = new ArrayList<>();
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO)
                .user("ops@pve", PASSWORD).token("ops@pve!deploy", TOKEN_SECRET).start()) {
            TlsTrust pin = TlsTrust.fingerprint(sim.fingerprint().orElseThrow());
            try (PveClient token = PveClient.builder().baseUri(sim.baseUri()).tlsTrust(pin)
                    .credentials(Credentials.apiToken("ops@pve!deploy", TOKEN_SECRET)).build();
                 PveClient ticket = PveClient.builder().baseUri(sim.baseUri()).tlsTrust(pin).clock(sim.clock())
                         .credentials(Credentials.password("ops@pve", PASSWORD)).build();
                 TaskMonitor monitor = TaskMonitor.builder(ticket).clock(sim.clock()).build()) {
                Upid a = token.tasks().start(TaskRequests.startVm("pve1", 103));
                Upid b = ticket.tasks().start(TaskRequests.snapshotVm("pve1", 100, "secrets"));
                sim.advance(Duration.ofMinutes(70)); // forces a ticket renewal
                monitor.watchAll(List.of(a, b), WaitPolicy.defaults()).forEach(TaskHandle::await);
                messages.add(token.toString());
                messages.add(ticket.toString());
                messages.add(Credentials.password("ops@pve", PASSWORD).toString());
            }
            for (PveClient wrong : List.of(
                    PveClient.builder().baseUri(sim.baseUri()).tlsTrust(pin).credentials(Credentials.apiToken("ops@pve!deploy", TOKEN_SECRET + "x")).build(),
                    PveClient.builder().baseUri(sim.baseUri()).tlsTrust(pin).credentials(Credentials.password("ops@pve", PASSWORD + "x")).build())) {
                try (wrong) {
                    wrong.tasks().clusterTasks();
                } catch (RuntimeException e) {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        messages.add(String.valueOf(t.getMessage()));
                        messages.add(t.toString());
                    }
                }
            }
        }
        String log = Files.readString(Path.of("target/pve-tasks-test.log"));
        assertThat(log).as("the test log was written").isNotEmpty();
        for (String haystack : List.of(log, String.join("\n", messages))) {
            assertThat(haystack).doesNotContain(TOKEN_SECRET).doesNotContain(PASSWORD).doesNotContain("PVEAuthCookie=")
                    .doesNotContain("PVE:ops@pam").doesNotContain("PVE:ops@pve:").doesNotContain("CSRFPreventionToken:");
        }
        assertThat(String.join("\n", messages)).contains("authentication failure").contains("authentication failed");
    }
}
