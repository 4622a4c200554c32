package io.github.pvetasks.metrics;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;


class PveTaskObservationsTest {

    @Test
    void eachWatchedTaskIsOneObservationWithLowCardinalityKeysAndTheUpidAsHighCardinality() throws Exception {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build();
             PveTaskObservations observations = PveTaskObservations.builder(monitor, registry).build()) {
            Upid ok = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(2)));
            Upid ghost = Upid.parse(String.format("UPID:pve1:00001234:00005678:%08X:qmstart:101:root@pam:", sim.now().getEpochSecond() - 3600));
            TaskHandle h = monitor.watch(ok, PveTaskMetricsTest.FAST);
            TaskHandle g = monitor.watch(ghost, PveTaskMetricsTest.FAST);
            PveTaskMetricsTest.settle(monitor);
            PveTaskMetricsTest.advance(sim, monitor, Duration.ofSeconds(20));
            h.result().get(10, TimeUnit.SECONDS);
            g.result().handle((s, e) -> e).get(10, TimeUnit.SECONDS);
            monitor.eventsDelivered().get(10, TimeUnit.SECONDS);
            TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo("pve.task", 2)
                    .hasAnObservation(o -> o.hasNameEqualTo("pve.task").hasLowCardinalityKeyValue("outcome", "ok")
                            .hasLowCardinalityKeyValue("type", "qmclone").hasLowCardinalityKeyValue("node", "pve1")
                            .hasLowCardinalityKeyValue("product", "pve").hasHighCardinalityKeyValue("upid", ok.toString())
                            .doesNotHaveError())
                    .hasAnObservation(o -> o.hasNameEqualTo("pve.task").hasLowCardinalityKeyValue("outcome", "failed").hasError());
        }
    }

    @Test
    void everyHttpExchangeIsAnObservationNestedUnderTheCurrentOne() throws Exception {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                     .transport(ObservedPveTransport.wrap(JdkPveTransport.builder(TransportOptions.builder(sim.baseUri()).build()).build(), registry))
                     .build()) {
            Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ZERO));
            Observation parent = Observation.start("deploy", registry);
            try (Observation.Scope scope = parent.openScope()) {
                client.tasks().status(u);
            }
            parent.stop();
            TestObservationRegistryAssert.assertThat(registry).hasAnObservation(o -> o.hasNameEqualTo("pve.http.client.requests")
                    .hasLowCardinalityKeyValue("uri", "/api2/json/nodes/{node}/tasks/{upid}/status")
                    .hasLowCardinalityKeyValue("status", "200").hasLowCardinalityKeyValue("outcome", "SUCCESS")
                    .hasParentObservationEqualTo(parent));
            TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo("pve.http.client.requests", 1);
        }
    }

    @Test
    void aTracingBridgeShowsATaskSpanWithItsOwnHttpRequestsAsChildSpans() throws Exception {
        io.micrometer.tracing.test.simple.SimpleTracer tracer = new io.micrometer.tracing.test.simple.SimpleTracer();
        io.micrometer.observation.ObservationRegistry registry = io.micrometer.observation.ObservationRegistry.create();
        registry.observationConfig().observationHandler(new io.micrometer.tracing.handler.DefaultTracingObservationHandler(tracer));
        java.util.concurrent.atomic.AtomicReference<Upid> watched = new java.util.concurrent.atomic.AtomicReference<>();
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).unauthorizedDelay(Duration.ZERO).start()) {
            ObservedPveTransport transport = ObservedPveTransport.wrap(
                    JdkPveTransport.builder(TransportOptions.builder(sim.baseUri()).build()).build(), registry);
            java.util.concurrent.atomic.AtomicReference<PveTaskObservations> tasks = new java.util.concurrent.atomic.AtomicReference<>();
            try (PveClient linked = PveClient.builder().clock(sim.clock()).credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                         .transport(transport.withTaskObservations(upid -> tasks.get().observationOf(upid))).build();
                 TaskMonitor traced = TaskMonitor.builder(linked).clock(sim.clock()).build();
                 PveTaskObservations tracedTasks = PveTaskObservations.builder(traced, registry).build()) {
                tasks.set(tracedTasks);
                Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(3))
                        .line(Duration.ofSeconds(1), "transferred 1.0 GiB of 2.0 GiB (50.00%)").build());
                watched.set(u);
                TaskHandle h = traced.watch(u, PveTaskMetricsTest.FAST).onLogLine(line -> { });
                PveTaskMetricsTest.settle(traced);
                PveTaskMetricsTest.advance(sim, traced, Duration.ofSeconds(10));
                h.result().get(10, TimeUnit.SECONDS);
                traced.eventsDelivered().get(10, TimeUnit.SECONDS);
            }
        }
        io.micrometer.tracing.test.simple.SimpleSpan task = tracer.getSpans().stream()
                .filter(s -> s.getName().equals("pve task qmclone")).findFirst().orElseThrow();
        java.util.List<io.micrometer.tracing.test.simple.SimpleSpan> children = tracer.getSpans().stream()
                .filter(s -> task.getSpanId().equals(s.getParentId())).collect(java.util.stream.Collectors.toList());
        org.assertj.core.api.Assertions.assertThat(children).isNotEmpty()
                .allSatisfy(s -> org.assertj.core.api.Assertions.assertThat(s.getName()).contains("/tasks/{upid}/"));
        org.assertj.core.api.Assertions.assertThat(task.getTags()).containsEntry("outcome", "ok").containsEntry("upid", watched.get().toString());
    }

    @Test
    void progressEventsMarkEachQuarterAndEachNewPhaseWhenAskedFor() throws Exception {
        io.micrometer.observation.ObservationRegistry registry = io.micrometer.observation.ObservationRegistry.create();
        java.util.List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        registry.observationConfig().observationHandler(new io.micrometer.observation.ObservationHandler<Observation.Context>() {
            @Override
            public void onEvent(Observation.Event event, Observation.Context context) {
                events.add(event.getName() + ": " + event.getContextualName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        try (PveSimulator sim = PveSimulator.builder().http().kind().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).clock(sim.clock())
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).clock(sim.clock()).build();
             PveTaskObservations observations = PveTaskObservations.builder(monitor, registry).progressEvents(true).build()) {
            Upid u = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.builder(Duration.ofSeconds(8))
                    .line(Duration.ofSeconds(1), "drive mirror is starting for drive-scsi0")
                    .line(Duration.ofSeconds(2), "drive-scsi0: transferred 1.0 GiB of 4.0 GiB (30.00%) in 1s")
                    .line(Duration.ofSeconds(3), "drive-scsi0: transferred 4.0 GiB of 4.0 GiB (100.00%) in 2s, ready")
                    .line(Duration.ofSeconds(4), "drive mirror is starting for drive-scsi1")
                    .line(Duration.ofSeconds(5), "drive-scsi1: transferred 1.0 GiB of 2.0 GiB (50.00%) in 1s")
                    .build());
            TaskHandle h = monitor.watch(u, PveTaskMetricsTest.FAST);
            PveTaskMetricsTest.settle(monitor);
            PveTaskMetricsTest.advance(sim, monitor, Duration.ofSeconds(20));
            h.result().get(10, TimeUnit.SECONDS);
            monitor.eventsDelivered().get(10, TimeUnit.SECONDS);
        }
        org.assertj.core.api.Assertions.assertThat(events).containsSubsequence(
                "phase: phase drive-scsi0", "progress: progress 25%", "progress: progress 50%", "progress: progress 75%",
                "progress: progress 100%", "phase: phase drive-scsi1", "pve.task.ok: pve.task.ok");
        org.assertj.core.api.Assertions.assertThat(events).filteredOn(e -> e.startsWith("progress")).hasSize(4);
    }

    @Test
    void aBackupServersTaskIsAnObservationWithProductPbs() throws Exception {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (PveSimulator pbs = PveSimulator.builder().product(io.github.pvetasks.core.Product.PBS).http().timeScale(0)
                .unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().product(io.github.pvetasks.core.Product.PBS).baseUri(pbs.baseUri()).clock(pbs.clock())
                     .credentials(Credentials.apiToken(pbs.tokenId(), pbs.tokenSecret())).build();
             TaskMonitor monitor = TaskMonitor.builder(client).clock(pbs.clock()).build();
             PveTaskObservations observations = PveTaskObservations.builder(monitor, registry).build()) {
            Upid verify = pbs.startTask("pbs1", "verify", "store1", "root@pam", io.github.pvetasks.simulator.PbsScripts.verify());
            TaskHandle h = monitor.watch(verify, PveTaskMetricsTest.FAST);
            PveTaskMetricsTest.settle(monitor);
            PveTaskMetricsTest.advance(pbs, monitor, Duration.ofSeconds(10));
            h.result().get(10, TimeUnit.SECONDS);
            monitor.eventsDelivered().get(10, TimeUnit.SECONDS);
            TestObservationRegistryAssert.assertThat(registry).hasAnObservation(o -> o.hasNameEqualTo("pve.task")
                    .hasLowCardinalityKeyValue("product", "pbs").hasLowCardinalityKeyValue("type", "verify")
                    .hasLowCardinalityKeyValue("node", "pbs1").hasLowCardinalityKeyValue("outcome", "ok")
                    .hasHighCardinalityKeyValue("upid", verify.toString()));
        }
    }
}
