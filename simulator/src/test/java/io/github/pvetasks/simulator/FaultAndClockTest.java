package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultAndClockTest {

    @Test
    void resetTruncatedLatencyAndProbabilityFaults() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).seed(42).start();
             RawHttp http = new RawHttp(sim).withToken()) {
            sim.inject(Fault.connectionReset().on(Endpoint.CLUSTER_TASKS).times(1));
            assertThatThrownBy(() -> http.get("/api2/json/cluster/tasks")).isInstanceOf(IllegalStateException.class);
            assertThat(http.get("/api2/json/cluster/tasks").status()).isEqualTo(200);

            sim.inject(Fault.truncatedBody().on(Endpoint.NODES).times(1));
            assertThatThrownBy(() -> http.get("/api2/json/nodes")).isInstanceOf(IllegalStateException.class);

            sim.inject(Fault.latency(Duration.ofMillis(300)).on(Endpoint.VERSION).times(1));
            long t0 = System.nanoTime();
            assertThat(http.get("/api2/json/version").status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

            sim.inject(Fault.status(500, "simulated").on(Endpoint.NODES).withProbability(0.5));
            int failed = 0;
            for (int i = 0; i < 200; i++) {
                if (http.get("/api2/json/nodes").status() == 500) {
                    failed++;
                }
            }
            assertThat(failed).isBetween(60, 140);
            sim.clearFaults();
            assertThat(http.get("/api2/json/nodes").status()).isEqualTo(200);
        }
    }

    @Test
    void anInjectedClockDrivesSimulatedTime() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-05T05:05:05Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (PveSimulator sim = PveSimulator.builder().clock(clock).start()) {
            Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofMinutes(2)));
            assertThat(u.startTime()).isEqualTo(Instant.parse("2026-05-05T05:05:05Z"));
            assertThat(sim.isRunning(u)).isTrue();
            now.set(now.get().plus(Duration.ofMinutes(3)));
            assertThat(sim.exitStatus(u)).contains("OK");
        }
    }
}
