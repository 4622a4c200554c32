package io.github.pvetasks.monitor.docs;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PbsTaskRequests;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.requests.GuestRequests;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's quick start and the monitor and backup server guides' code, run against the
 * simulator (the benchmarks module's DocsExamplesTest checks that the documents show exactly
 * these lines).
 */
class DocsExamplesTest {

    private static final Logger log = LoggerFactory.getLogger(DocsExamplesTest.class);

    @Test
    void quickStart() {
        try (PveSimulator sim = PveSimulator.builder().timeScale(200).unauthorizedDelay(Duration.ZERO).start()) {
            URI baseUri = sim.baseUri();
            String tokenId = sim.tokenId();
            String tokenSecret = sim.tokenSecret();
            String fingerprint = sim.fingerprint().orElseThrow();
            // example:begin quick-start
            PveClient client = PveClient.builder()
                    .baseUri(baseUri)                                                 // https://pve1.example.com:8006
                    .credentials(Credentials.apiToken(tokenId, tokenSecret))           // automation@pve!ci and its secret
                    .tlsTrust(TlsTrust.fingerprint(fingerprint))                       // the node certificate's SHA-256
                    .build();
            try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                // Start a full clone: the answer is the task's UPID, at once.
                Upid upid = client.tasks().start(GuestRequests.cloneVm("pve1", 104, 123).name("web-1").full(true).build());

                // Wait with the clone's own timeout (2 h), progress from its log as it comes.
                TaskStatus done = monitor.watch(upid)
                        .onProgress(p -> System.out.printf("clone %.0f%%%n", p.percent().getAsDouble()))
                        .awaitSuccess();                  // TaskFailedException with the reason and the log tail
                System.out.println("clone " + done.exitStatus().orElseThrow().kind());   // OK, or WARNING: a success

                // Many tasks, one thread, one list request per node and cycle.
                List<Upid> starts = List.of(client.tasks().start(TaskRequests.startVm("pve1", 103)),
                        client.tasks().start(TaskRequests.startContainer("pve1", 201)));
                for (TaskStatus s : TaskMonitor.awaitAll(monitor.watchAll(starts))) {
                    System.out.println(s.upid().type() + " on " + s.upid().node() + ": " + s.exitStatus().orElseThrow().kind());
                }
            }
            client.close();
            // example:end quick-start
            assertThat(sim.guest(123)).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("web-1"));
            assertThat(sim.guest(103).orElseThrow().running()).isTrue();
        }
    }

    @Test
    void monitorWatch() throws Exception {
        try (PveSimulator sim = PveSimulator.builder().timeScale(200).unauthorizedDelay(Duration.ZERO).start();
             PveClient client = PveClient.builder().baseUri(sim.baseUri()).tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow()))
                     .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Upid upid = sim.startTask("pve1", "qmclone", "100", sim.tokenId(), TaskScript.builder(Duration.ofSeconds(20))
                    .line(Duration.ofSeconds(5), "transferred 1.0 GiB of 2.0 GiB (50.00%)").build());
            List<Upid> upids = List.of(sim.startTask("pve1", "vzdump", "100", sim.tokenId(), TaskScript.ok(Duration.ofSeconds(30))),
                    sim.startTask("pve2", "vzdump", "300", sim.tokenId(), TaskScript.builder(Duration.ofSeconds(30)).endsWithWarnings(1).build()));
            // example:begin monitor-watch
            try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                TaskHandle clone = monitor.watch(upid)                              // WaitPolicy.forType("qmclone"): 2 h
                        .onProgress(p -> System.out.printf("%.1f%%%n", p.percent().getAsDouble()))
                        .onLogLine(line -> log.info("{}", line.text()));
                TaskStatus done = clone.awaitSuccess();   // TaskFailedException with the exit message and log tail on failure

                List<TaskHandle> all = monitor.watchAll(upids, WaitPolicy.forType("vzdump"));
                List<TaskStatus> results = TaskMonitor.awaitAll(all);               // or combine all.get(i).result() futures
            }
            // example:end monitor-watch
            assertThat(sim.exitStatus(upid)).hasValue("OK");
            assertThat(upids).allSatisfy(u -> assertThat(sim.isRunning(u)).isFalse());
        }
    }

    @Test
    void backupServer() {
        String secret = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        try (PveSimulator clusterSim = PveSimulator.builder().timeScale(200).unauthorizedDelay(Duration.ZERO).start();
             PveSimulator backupServer = PveSimulator.builder().product(Product.PBS).clock(clusterSim.clock())
                     .token("automation@pbs!ci", secret).unauthorizedDelay(Duration.ZERO).start();
             PveClient cluster = PveClient.builder().baseUri(clusterSim.baseUri())
                     .tlsTrust(TlsTrust.fingerprint(clusterSim.fingerprint().orElseThrow()))
                     .credentials(Credentials.apiToken(clusterSim.tokenId(), clusterSim.tokenSecret())).build()) {
            URI pbsUri = backupServer.baseUri();
            String pbsFingerprint = backupServer.fingerprint().orElseThrow();
            // example:begin pbs
            PveClient pbs = PveClient.builder().product(Product.PBS)
                    .baseUri(pbsUri)                                                    // https://pbs.example.com:8007
                    .credentials(Credentials.apiToken("automation@pbs!ci:" + secret))   // PBS writes a colon before the secret
                    .tlsTrust(TlsTrust.fingerprint(pbsFingerprint))                     // pin PBS's self-signed certificate
                    .build();
            try (TaskMonitor monitor = TaskMonitor.builder(cluster).server(pbs).build()) {
                Upid backup = cluster.tasks().start(TaskRequests.vzdump("pve1", 100).with("storage", "pbs-store1"));
                monitor.watch(backup).awaitSuccess();
                Upid verify = pbs.tasks().start(PbsTaskRequests.verify("store1"));
                monitor.watch(verify).onProgress(p -> log.info("verify {}%", p.percent())).awaitSuccess();
            }
            // example:end pbs
            pbs.close();
        }
    }
}
