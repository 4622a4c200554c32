package io.github.pvetasks.transport.vertx;

import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.simulator.ErrorStyle;
import io.github.pvetasks.testkit.PveClientEndToEndContract;
import io.github.pvetasks.simulator.PveSimulator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared end-to-end tests, plus what only Vert.x offers: reason phrases and completion off the event loop. */
class VertxTransportEndToEndTest extends PveClientEndToEndContract {

    @Override
    protected String transportName() {
        return "vertx";
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
}
