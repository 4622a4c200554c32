package io.github.pvetasks.cli;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

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

    @Test
    void eachCliChoiceIsTheProviderOfThatName() {
        TransportOptions options = TransportOptions.builder(java.net.URI.create("https://pve1.example.invalid:8006")).build();
        for (TransportChoice choice : TransportChoice.values()) {
            try (PveTransport transport = choice.create(options)) {
                assertThat(transport.name()).isEqualTo(choice.name());
            }
        }
    }

    @Test
    void theTransportOptionChoosesTheDiscoveredTransport() {
        ConnectionOptions connection = new ConnectionOptions();
        new CommandLine(connection).parseArgs("--url", "https://pve1.example.invalid:8006", "--token", "root@pam!ci=secret", "--transport", "jdk");
        try (PveClient client = connection.client(new PrintWriter(new StringWriter()))) {
            assertThat(client.transport().name()).isEqualTo("jdk");
        }
        assertThat(System.getProperty(TransportChoice.DISCOVERY_PROPERTY)).as("nothing leaks into the process").isNull();
        try (PveClient other = PveClient.builder().baseUri("https://pve1.example.invalid:8006")
                .credentials(Credentials.apiToken("root@pam!ci", "secret")).build()) {
            assertThat(other.transport().name()).isEqualTo("vertx"); // the next client still discovers the best
        }
    }

    @Test
    void anUnknownTransportIsRefusedWithTheValidNames() {
        for (String[] args : new String[][] {{"demo", "--transport", "okhttp"},
                {"list", "pve1", "--url", "https://pve1.example.invalid:8006", "--token", "root@pam!ci=s", "--transport", "okhttp"}}) {
            StringWriter err = new StringWriter();
            CommandLine cli = PveTasksCli.newCommandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            assertThat(cli.execute(args)).isEqualTo(2);
            assertThat(err.toString()).contains("okhttp").contains("jdk, vertx");
        }
    }
}
