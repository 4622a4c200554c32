package io.github.pvetasks.monitor;

import io.github.pvetasks.simulator.PveSimulatorBuilder;
import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.simulator.PveSimulator;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Simulators, clients and monitors for the monitor's tests, closed after each test. */
abstract class MonitorTestSupport {

    static final WaitPolicy FAST = WaitPolicy.builder().timeout(Duration.ofSeconds(30))
            .backoff(Backoff.fixed(Duration.ofMillis(20))).noSuchTaskGrace(Duration.ofMillis(300)).build();

    final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(closeables);
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    <T extends AutoCloseable> T track(T c) {
        closeables.add(c);
        return c;
    }

    PveSimulator sim(PveSimulatorBuilder b) {
        return track(b.http().unauthorizedDelay(Duration.ZERO).start());
    }

    PveClient client(PveSimulator sim) {
        return track(PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build());
    }

    TaskMonitor monitor(PveClient client, TaskMonitorListener listener) {
        return track(TaskMonitor.builder(client).listener(listener).build());
    }

    static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    static ExecutionException catchExecution(TaskHandle h) throws Exception {
        try {
            h.result().get(20, TimeUnit.SECONDS);
            throw new AssertionError("expected the watch to fail");
        } catch (ExecutionException e) {
            return e;
        }
    }
}
