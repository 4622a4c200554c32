package io.github.pvetasks.cli;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.jdbc.DurableTaskMonitor;

import java.net.URI;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One replica of a service in the demo's durable scenario, as its own process: a
 * {@link DurableTaskMonitor} on the demo's HSQLDB server whose handler {@code report} writes the
 * ending into {@code demo_endings} in the delivery's transaction and prints it. Prints
 * {@code ready} once started. Arguments: {@code db=<jdbc url> sim=<uri> fingerprint=<sha256>
 * token=<id>=<secret> name=<replica>}.
 */
final class DemoReplica {

    private DemoReplica() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String name = a.get("name");
        String token = a.get("token");
        PveClient client = PveClient.builder().baseUri(URI.create(a.get("sim"))).tlsTrust(TlsTrust.fingerprint(a.get("fingerprint")))
                .credentials(Credentials.apiToken(token.substring(0, token.lastIndexOf('=')), token.substring(token.lastIndexOf('=') + 1)))
                .build();
        String url = a.get("db");
        DurableTaskMonitor monitor = DurableTaskMonitor.builder(DemoReplicas.dataSource(url)).server("pve", client)
                .replicaName(name).heartbeat(Duration.ofMillis(500), 4).pollingInterval(Duration.ofMillis(200))
                .handler("report", (ending, payload, tx) -> {
                    try (PreparedStatement ps = tx.prepareStatement("INSERT INTO demo_endings (upid, outcome, replica) VALUES (?, ?, ?)")) {
                        ps.setString(1, ending.upid().toString());
                        ps.setString(2, ending.finalStatus().flatMap(s -> s.exitStatus()).map(e -> e.raw()).orElse(ending.outcome().name()));
                        ps.setString(3, name);
                        ps.executeUpdate();
                    }
                    System.out.println("delivered " + payload + " " + ending.outcome().tagValue());
                    System.out.flush();
                }).build();
        Runtime.getRuntime().addShutdownHook(new Thread(monitor::close));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join(); // until killed
    }
}
