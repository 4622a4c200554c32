package io.github.pvetasks.transport.jdk;

import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.testkit.ContractServer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller's executor runs the client's work and outlives the transport. */
class JdkTransportThreadsTest {

    @Test
    void aCallersExecutorRunsTheClientsWorkAndIsLeftRunning() throws Exception {
        ExecutorService mine = Executors.newSingleThreadExecutor(r -> new Thread(r, "mine"));
        AtomicInteger tasks = new AtomicInteger();
        try (ContractServer s = ContractServer.http()) {
            JdkPveTransport t = JdkPveTransport.builder(TransportOptions.builder(s.baseUri()).build()).executor(task -> {
                tasks.incrementAndGet();
                mine.execute(task);
            }).build();
            assertThat(t.send(PveRequest.builder(HttpMethod.GET, "/api2/json/version").build()).get(10, TimeUnit.SECONDS).status())
                    .isEqualTo(200);
            t.close();
            assertThat(tasks).hasPositiveValue();
            assertThat(mine.isShutdown()).isFalse();
        } finally {
            mine.shutdownNow();
        }
    }
}
