package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** PVE 9's bulk actions: one worker on the receiving node starts the guests' tasks, max-workers at a time. */
class BulkActionTest {

    @Test
    void aBulkStartOverGuestsOnTwoNodesStartsTheirTasksAtMostMaxWorkersAtOnceAndListsTheFailedGuest() {
        try (PveSimulator sim = PveSimulator.builder().http().nodes("pve1", "pve2").timeScale(0).kind().unauthorizedDelay(Duration.ZERO).start();
             RawHttp http = new RawHttp(sim).withToken()) {
            RawHttp.Answer a = http.send(HttpMethod.POST, "/api2/json/cluster/bulk-action/guest/start", "vms=103,201,301,100&max-workers=2",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertThat(a.status()).isEqualTo(200);
            Upid bulk = Upid.parse(a.json().getString("data"));
            assertThat(bulk.type()).isEqualTo("bulk-start");
            assertThat(bulk.node()).isEqualTo("pve1");
            sim.advance(Duration.ofSeconds(30));
            List<Upid> children = sim.tasks().stream().filter(u -> !u.equals(bulk)).collect(Collectors.toList());
            assertThat(children).extracting(u -> u.type() + " " + u.id() + " " + u.node())
                    .containsExactlyInAnyOrder("qmstart 103 pve1", "vzstart 201 pve1", "vzstart 301 pve2", "qmstart 100 pve1");
            assertThat(children).allSatisfy(u -> assertThat(u.startTime()).isAfterOrEqualTo(bulk.startTime()));
            // never more than two children at once: the next two wait for a slot (each child runs 1-2 s, polled once a second)
            Map<Instant, Long> byStart = children.stream().collect(Collectors.groupingBy(Upid::startTime, Collectors.counting()));
            assertThat(byStart.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
            assertThat(byStart).hasSize(2);
            assertThat(sim.exitStatus(bulk)).contains("Some guests failed to start: 100");
            assertThat(sim.log(bulk)).contains("Starting VM 103", "Starting CT 301").anyMatch(l -> l.startsWith("WARN: VM 100 failed"));
            assertThat(sim.guest(103).orElseThrow().running()).isTrue();
            assertThat(sim.guest(301).orElseThrow().running()).isTrue();
        }
    }
}
