package io.github.pvetasks.cli;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With both transports on the class path (as in this module), Vert.x wins unless told otherwise. */
class TransportDiscoveryTest {

    @Test
    void vertxIsPreferredAndThePropertyChoosesJdk() {
        try (PveClient client = PveClient.builder().baseUri("https://pve1.example.invalid:8006")
                .credentials(Credentials.apiToken("root@pam!ci", "secret")).build()) {
            assertThat(client.transport().name()).isEqualTo("vertx");
        }
        System.setProperty("pvetasks.transport", "jdk");
        try (PveClient client = PveClient.builder().baseUri("https://pve1.example.invalid:8006")
                .credentials(Credentials.apiToken("root@pam!ci", "secret")).build()) {
            assertThat(client.transport().name()).isEqualTo("jdk");
        } finally {
            System.clearProperty("pvetasks.transport");
        }
    }
}
