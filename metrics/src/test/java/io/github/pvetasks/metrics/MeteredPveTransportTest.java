package io.github.pvetasks.metrics;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeteredPveTransportTest {

    @Test
    void timesEveryExchangeByTemplateStatusAndOutcome() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(MeteredPveTransport.wrap(
                             JdkPveTransport.builder(TransportOptions.builder(sim.baseUri()).build()).build(), registry))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
            client.tasks().status(u);
            client.tasks().status(u);
            assertThatThrownBy(() -> client.tasks().list("pve1", TaskQuery.builder().build().toBuilder().build())
                    .items().get(0)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> client.tasks().status(Upid.parse("UPID:pve1:00000001:00000002:65000000:qmstart:100:root@pam:")))
                    .isInstanceOf(PveApiException.class);

            assertThat(registry.get(PveMeterNames.HTTP_CLIENT_REQUESTS).tag("uri", "/api2/json/nodes/{node}/tasks/{upid}/status")
                    .tag("status", "200").tag("outcome", "SUCCESS").tag("method", "GET").timer().count()).isEqualTo(2);
            assertThat(registry.get(PveMeterNames.HTTP_CLIENT_REQUESTS).tag("uri", "/api2/json/nodes/{node}/tasks")
                    .tag("status", "200").timer().count()).isEqualTo(1);
            assertThat(registry.get(PveMeterNames.HTTP_CLIENT_REQUESTS).tag("status", "400").tag("outcome", "CLIENT_ERROR")
                    .timer().count()).isEqualTo(1);
        }

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (PveClient client = PveClient.builder().transport(MeteredPveTransport.wrap(
                        JdkPveTransport.builder(TransportOptions.builder(URI.create("http://127.0.0.1:" + port)).build()).build(), registry))
                .credentials(Credentials.apiToken("root@pam!ci", "s")).build()) {
            assertThatThrownBy(() -> client.tasks().clusterTasks()).isInstanceOf(PveTransportException.class);
            assertThat(registry.get(PveMeterNames.HTTP_CLIENT_REQUESTS).tag("uri", "/api2/json/cluster/tasks").tag("status", "IO_ERROR")
                    .tag("outcome", "UNKNOWN").timer().count()).isEqualTo(1);
        }
    }

    @Test
    void templatesHideEveryUnboundedSegment() {
        assertThat(UriTemplates.of("/api2/extjs/nodes/pve7/qemu/12345/clone")).isEqualTo("/api2/extjs/nodes/{node}/qemu/{vmid}/clone");
        assertThat(UriTemplates.of("/api2/json/nodes/pve1/tasks/UPID%3Apve1%3A00000001%3A/log")).isEqualTo("/api2/json/nodes/{node}/tasks/{upid}/log");
        assertThat(UriTemplates.of("/api2/json/nodes/pve1/storage/local/content/local%3Abackup%2Fx.vma"))
                .isEqualTo("/api2/json/nodes/{node}/storage/{storage}/content/{volume}");
        assertThat(UriTemplates.of("/api2/json/nodes/pve1/qemu/100/snapshot/before-upgrade/rollback"))
                .isEqualTo("/api2/json/nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback");
        assertThat(UriTemplates.of("/api2/json/cluster/tasks")).isEqualTo("/api2/json/cluster/tasks");
    }
}
