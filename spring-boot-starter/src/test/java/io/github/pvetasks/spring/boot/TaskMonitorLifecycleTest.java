package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.ForwardingPveTransport;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.monitor.TaskMonitorListener;
import io.github.pvetasks.monitor.WatchEnding;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monitor stops with the application: graceful for what ends in time, closed (and logged) for the rest, clients after. */
class TaskMonitorLifecycleTest {

    @Test
    void aWatchInFlightEndsInTheGracePeriodTheRestAreClosedAndTheClientsCloseAfter() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(20).unauthorizedDelay(Duration.ZERO).start()) {
            List<String> order = new CopyOnWriteArrayList<>();
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PveTasksAutoConfiguration.class))
                    .withPropertyValues("pve-tasks.servers.lab.url=" + sim.baseUri(),
                            "pve-tasks.servers.lab.token=" + sim.tokenId() + "=" + sim.tokenSecret(),
                            "pve-tasks.servers.lab.fingerprint=" + sim.fingerprint().orElseThrow(),
                            "spring.lifecycle.timeout-per-shutdown-phase=3s")
                    .withBean(PveClientBuilderCustomizer.class, () -> (name, b) -> b.transportDecorator(t -> new ForwardingPveTransport(t) {
                        @Override
                        public java.util.concurrent.CompletableFuture<io.github.pvetasks.core.spi.PveResponse> send(
                                io.github.pvetasks.core.spi.PveRequest request) {
                            return delegate().send(request);
                        }

                        @Override
                        public void close() {
                            order.add("client closed");
                            super.close();
                        }
                    }))
                    .withBean(TaskMonitorCustomizer.class, () -> b -> b.listener(new TaskMonitorListener() {
                        @Override
                        public void watchEnded(TaskHandle watch, WatchEnding ending) {
                            order.add("ended " + watch.upid().type() + " " + ending.outcome());
                        }
                    }))
                    .run(context -> {
                        TaskMonitor monitor = context.getBean(TaskMonitor.class);
                        Upid shortOne = sim.startTask("pve1", "qmstart", "100", sim.tokenId(), TaskScript.ok(Duration.ofSeconds(20)));
                        Upid longOne = sim.startTask("pve1", "qmclone", "101", sim.tokenId(), TaskScript.ok(Duration.ofHours(5)));
                        TaskHandle finishing = monitor.watch(shortOne);
                        TaskHandle endless = monitor.watch(longOne);
                        assertThat(monitor.awaitQuiet(Duration.ofSeconds(20))).isTrue();
                        TaskMonitorLifecycle lifecycle = context.getBean(TaskMonitorLifecycle.class);

                        context.close(); // the graceful-shutdown phase, then the beans' destruction

                        assertThat(finishing.await().exitStatus().orElseThrow().isSuccess()).as("ended within the grace period").isTrue();
                        assertThatThrownBy(endless::await).isInstanceOf(CancellationException.class).hasMessageContaining("closed");
                        assertThat(lifecycle.leftOver()).containsExactly(longOne.toString());
                        assertThat(order).containsSubsequence("ended qmstart OK", "ended qmclone CANCELLED", "client closed");
                        assertThat(monitor.watch(shortOne).result()).isCompletedExceptionally(); // no new watches
                    });
        }
    }
}
