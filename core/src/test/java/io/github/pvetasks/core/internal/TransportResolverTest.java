package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.spi.PveTransportProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransportResolverTest {

    @Test
    void discoversProvidersThroughServiceLoaderAndPicksTheHighestPriority() {
        List<PveTransportProvider> found = TransportResolver.load(getClass().getClassLoader());
        assertThat(found).extracting(PveTransportProvider::name).contains("test-low", "test-high");

        try (PveClient client = PveClient.builder().baseUri("https://pve1.example.com:8006")
                .credentials(Credentials.apiToken("root@pam!ci", "s")).build()) {
            assertThat(client.transport().name()).isEqualTo("test-high");
            TestTransportProviders.Recording t = (TestTransportProviders.Recording) client.transport();
            assertThat(t.options.baseUri().toString()).isEqualTo("https://pve1.example.com:8006");
        }
    }

    @Test
    void aSystemPropertyChoosesByName() {
        System.setProperty(TransportResolver.PROPERTY, "test-low");
        try (PveClient client = PveClient.builder().baseUri("https://pve1:8006")
                .credentials(Credentials.apiToken("root@pam!ci", "s")).build()) {
            assertThat(client.transport().name()).isEqualTo("test-low");
        } finally {
            System.clearProperty(TransportResolver.PROPERTY);
        }
    }

    @Test
    void aClientClosesTheTransportItDiscovered() {
        PveClient client = PveClient.builder().baseUri("https://pve1:8006").credentials(Credentials.apiToken("root@pam!ci", "s")).build();
        TestTransportProviders.Recording t = (TestTransportProviders.Recording) client.transport();
        client.close();
        assertThat(t.closed).isTrue();
    }

    @Test
    void tiesAreBrokenByNameAndMissingOnesAreNamed() {
        PveTransportProvider a = new TestTransportProviders.Named("alpha", 10);
        PveTransportProvider b = new TestTransportProviders.Named("beta", 10);
        assertThat(TransportResolver.choose(List.of(b, a), null).name()).isEqualTo("alpha");
        assertThatThrownBy(() -> TransportResolver.choose(List.of(a, b), "vertx"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'vertx'").hasMessageContaining("alpha, beta");
        assertThatThrownBy(() -> TransportResolver.choose(List.of(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pve-tasks-transport-jdk");
    }

    @Test
    void theBuilderRejectsMissingOrBadSettings() {
        assertThatThrownBy(() -> PveClient.builder().baseUri("https://pve1:8006").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentials are required");
        assertThatThrownBy(() -> PveClient.builder().credentials(Credentials.apiToken("root@pam!ci", "s")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base URI is required");
        assertThatThrownBy(() -> PveClient.builder().baseUri("https://pve1:8006/api2/json"))
                .hasMessageContaining("must have no path");
        assertThatThrownBy(() -> PveClient.builder().baseUri("ftp://pve1")).hasMessageContaining("must use https");
        assertThatThrownBy(() -> PveClient.builder().baseUri("https://root:pw@pve1:8006")).hasMessageContaining("must not carry credentials")
                .hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> PveClient.builder().baseUri("https://pve 1:8006")).hasMessageContaining("invalid base URI");
    }
}
