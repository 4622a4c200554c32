package io.github.pvetasks.metrics.docs;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.metrics.MeteredPveTransport;
import io.github.pvetasks.metrics.ObservedPveTransport;
import io.github.pvetasks.metrics.PveTaskMetrics;
import io.github.pvetasks.metrics.PveTaskObservations;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The metrics guide's code, run against the simulator (DocsExamplesTest in benchmarks checks the text). */
class DocsExamplesTest {

    private static PveTransport transport(PveSimulator sim) {
        return JdkPveTransport.builder(TransportOptions.builder(sim.baseUri()).fingerprint(sim.fingerprint().orElseThrow()).build()).build();
    }

    private static void runATask(PveSimulator sim, PveTransport through, TaskMonitor monitor) {
        try (PveClient client = PveClient.builder().transport(through).credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Upid u = sim.startTask("pve1", "qmstart", "100", sim.tokenId(), TaskScript.ok(Duration.ofSeconds(2)));
            client.tasks().status(u);
            monitor.watch(u).await();
        }
    }

    @Test
    void metricsAndPrometheus() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(100).unauthorizedDelay(Duration.ZERO).start();
             PveTransport transport = transport(sim);
             PveClient forMonitor = PveClient.builder().transport(transport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(forMonitor).build()) {
            MeterRegistry registry = new SimpleMeterRegistry();
            // example:begin metrics-bind
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).tags(Tags.of("cluster", "prod")).build();
            metrics.bindTo(registry);                     // listens to the monitor from now on; metrics.close() stops
            PveTransport timed = MeteredPveTransport.wrap(transport, registry);   // optional: every HTTP exchange
            // example:end metrics-bind
            // example:begin metrics-prometheus
            PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            PveTaskMetrics.builder(monitor).build().bindTo(prometheus);
            // serve prometheus.scrape() at /metrics: pve_tasks_seconds_count{outcome="error",...}, pve_tasks_watched_tasks, ...
            // example:end metrics-prometheus
            runATask(sim, timed, monitor);
            assertThat(registry.find("pve.tasks").tag("cluster", "prod").timer()).isNotNull();
            assertThat(prometheus.scrape()).contains("pve_tasks_seconds_count{").contains("pve_tasks_watched_tasks");
            metrics.close();
        }
    }

    @Test
    void observations() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(100).unauthorizedDelay(Duration.ZERO).start();
             PveTransport transport = transport(sim);
             PveClient forMonitor = PveClient.builder().transport(transport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(forMonitor).build()) {
            MeterRegistry meterRegistry = new SimpleMeterRegistry();
            // example:begin observations
            // Without Spring Boot: a registry with the handlers you want (meters, a tracing bridge)
            ObservationRegistry observations = ObservationRegistry.create();
            observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
            PveTaskObservations tasks = PveTaskObservations.builder(monitor, observations).build();
            PveTransport observed = ObservedPveTransport.wrap(transport, observations);
            // With Spring Boot (actuator, and micrometer-tracing-bridge-otel or -brave for spans): inject the
            // auto-configured ObservationRegistry bean and pass it the same way.
            // example:end observations
            runATask(sim, observed, monitor);
            assertThat(meterRegistry.getMeters()).isNotEmpty();
            tasks.close();
        }
    }
}
