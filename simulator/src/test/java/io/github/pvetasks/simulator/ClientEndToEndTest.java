package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStart;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Core's PveClient end to end against the simulator over HTTPS. */
class ClientEndToEndTest {


    @Test
    void passwordLoginRenewsItsTicketAcrossHoursOfSimulatedTime() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.password(sim.user(), sim.password())).clock(sim.clock()).build()) {
            Upid backup = client.tasks().submit(TaskRequests.vzdump("pve1", 100)).orElseThrow();
            for (int hour = 0; hour < 5; hour++) {
                sim.advance(Duration.ofMinutes(50));
                client.tasks().status(backup);
            }
            assertThat(client.tasks().status(backup).exitStatus()).contains(ExitStatus.OK);
            // one login, then renewals by ticket: never a 401
            assertThat(sim.counters().count(Endpoint.LOGIN)).isBetween(3L, 6L);
        }
    }

    @Test
    void anOldServersReasonPhraseOnlyMessageReachesAClientThatCannotReadReasonPhrases() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).errorStyle(ErrorStyle.LEGACY).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            PveApiException e = catchThrowableOfType(PveApiException.class,
                    () -> client.tasks().start(TaskRequests.cloneVm("pve1", 999, 150)));
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.serverMessage()).isEqualTo("Configuration file 'nodes/pve1/qemu-server/999.conf' does not exist");

            PveApiException lookup = catchThrowableOfType(PveApiException.class,
                    () -> client.tasks().list("pve9", TaskQuery.defaults()));
            assertThat(lookup.serverMessage()).startsWith("hostname lookup 'pve9' failed");

            Upid ghost = Upid.parse("UPID:pve1:00001234:00001234:65000000:qmstart:100:root@pam:");
            PveApiException noSuch = catchThrowableOfType(PveApiException.class, () -> client.tasks().status(ghost));
            assertThat(noSuch.isNoSuchTask()).isTrue();
        }
    }

    @Test
    void historyStopAndClusterViewThroughTheClient() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Upid clone = client.tasks().start(TaskRequests.cloneVm("pve1", 100, 130).with("full", true));
            Upid start = client.tasks().start(TaskRequests.startVm("pve1", 103));
            sim.advance(Duration.ofSeconds(10));
            TaskStatus stopped = client.tasks().stop(clone);
            assertThat(stopped.exitStatus().map(ExitStatus::message)).contains("clone failed: interrupted by signal");

            TaskListPage failed = client.tasks().list("pve1", TaskQuery.builder().statusFilter(ExitStatus.Kind.ERROR).build());
            assertThat(failed.items()).extracting(TaskInfo::upid).containsExactly(clone);
            TaskListPage all = client.tasks().list("pve1", TaskQuery.builder().source(TaskSource.ALL).build());
            assertThat(all.items()).extracting(TaskInfo::upid).contains(clone, start);

            List<TaskInfo> cluster = client.tasks().clusterTasks();
            assertThat(cluster).extracting(TaskInfo::upid).contains(clone, start);

            TaskStart none = client.tasks().submit(TaskRequests.vzdump("pve1", 300));
            assertThat(none.isStarted()).isFalse();
        }
    }

    @Test
    void timeRunsFasterThanWallTime() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().timeScale(1000).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Upid clone = client.tasks().start(TaskRequests.cloneVm("pve1", 100, 131)); // 90 simulated seconds
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            TaskStatus s = client.tasks().status(clone);
            while (s.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                s = client.tasks().status(clone);
            }
            assertThat(s.exitStatus()).contains(ExitStatus.OK);
            assertThat(client.tasks().fullLog(clone)).anyMatch(l -> l.text().contains("transferred 32.0 GiB of 32.0 GiB (100.00%)"));
        }
    }

    @Test
    void theServiceModelQueuesRequestsBehindThreeWorkersPerNode() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().timeScale(0).unauthorizedDelay(Duration.ZERO)
                .serviceModel(Duration.ofMillis(50), Duration.ofMillis(1)).start();
             PveClient client = PveClient.builder().transport(new JdkTestTransport(sim))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Upid u = sim.startTask("pve1", "qmstart", "100", "root@pam", TaskScript.ok(Duration.ofSeconds(1)));
            client.tasks().status(u); // warm up the connection
            long t0 = System.nanoTime();
            var futures = new java.util.ArrayList<java.util.concurrent.CompletableFuture<TaskStatus>>();
            for (int i = 0; i < 9; i++) {
                futures.add(client.tasks().statusAsync(u));
            }
            java.util.concurrent.CompletableFuture.allOf(futures.toArray(new java.util.concurrent.CompletableFuture[0])).get();
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            // 9 requests, 3 workers, 50 ms each: at least 3 rounds.
            assertThat(elapsedMs).isGreaterThanOrEqualTo(140);
        }
    }
}
