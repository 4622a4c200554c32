package io.github.pvetasks.jpms;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;

import java.time.Duration;

/**
 * Builds a client with each transport by name, watches a task on the simulator with a monitor,
 * and prints one line per transport: {@code transport=jdk module=io.github.pvetasks.transport.jdk
 * automatic=false outcome=ok}. Exits 1 when anything is off.
 */
public final class ModularConsumer {

    private ModularConsumer() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        if (!ModularConsumer.class.getModule().isNamed()) {
            System.out.println("not on the module path");
            System.exit(1);
        }
        int failures = 0;
        try (PveSimulator sim = PveSimulator.builder().timeScale(100).unauthorizedDelay(Duration.ZERO).start()) {
            for (String transport : new String[] {"jdk", "vertx"}) {
                try (PveClient client = PveClient.builder().baseUri(sim.baseUri())
                        .tlsTrust(TlsTrust.fingerprint(sim.fingerprint().orElseThrow()))
                        .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret()))
                        .transportProvider(transport).build();
                     TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                    Upid upid = sim.startTask("pve1", "qmclone", "100", sim.tokenId(), TaskScript.ok(Duration.ofSeconds(5)));
                    TaskStatus end = monitor.watch(upid, WaitPolicy.forType("qmclone").withTimeout(Duration.ofSeconds(60))).await();
                    Module m = client.transport().getClass().getModule();
                    String outcome = end.exitStatus().orElseThrow().kind().apiName();
                    System.out.printf("transport=%s module=%s automatic=%s outcome=%s%n", client.transport().name(), m.getName(),
                            m.getDescriptor() == null ? "none" : m.getDescriptor().isAutomatic(), outcome);
                    if (!transport.equals(client.transport().name()) || !"ok".equals(outcome)) {
                        failures++;
                    }
                } catch (RuntimeException e) {
                    System.out.println("transport=" + transport + " failed: " + e);
                    failures++;
                }
            }
            failures += DurableCheck.run(sim);
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
