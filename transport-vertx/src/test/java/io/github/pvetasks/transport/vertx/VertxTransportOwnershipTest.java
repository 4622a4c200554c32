package io.github.pvetasks.transport.vertx;

import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.testkit.ContractServer;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class VertxTransportOwnershipTest {

    @Test
    void aBorrowedVertxStaysOpenAfterTheTransportCloses() throws Exception {
        Vertx mine = Vertx.vertx();
        try (ContractServer s = ContractServer.http()) {
            VertxPveTransport t = VertxPveTransport.builder(TransportOptions.builder(s.baseUri()).build()).vertx(mine).build();
            assertThat(t.send(PveRequest.builder(HttpMethod.GET, "/api2/json/version").build()).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            t.close();
            // still alive: it can run work
            assertThat(mine.executeBlocking(() -> "alive").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("alive");
        } finally {
            mine.close();
        }
    }

    @Test
    void connectionsTheServerDropsSilentlyCauseNoSpuriousReadFailures() throws Exception {
        try (ContractServer s = ContractServer.http().answer(r -> ContractServer.Reply.json("{\"data\":null}").thenCloseSilently());
             VertxPveTransport t = VertxPveTransport.builder(TransportOptions.builder(s.baseUri()).build()).maxConnections(1).build()) {
            for (int i = 0; i < 60; i++) {
                assertThat(t.send(PveRequest.builder(HttpMethod.GET, "/api2/json/cluster/tasks").build()).get(10, TimeUnit.SECONDS).status())
                        .isEqualTo(200);
            }
        }
    }
}
