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
}
