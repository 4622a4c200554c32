package io.github.pvetasks.jdbc.testing;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.jdbc.DurableTaskMonitor;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One replica of a service, as its own JVM, for the tests and the harness that kill replicas:
 * a {@link DurableTaskMonitor} whose handler {@code effect} writes one row per ending into
 * {@code effects} (no key: a second delivery would show as a second row) and then dawdles a
 * random while inside the transaction, so that a kill often lands inside the handler. Prints
 * {@code ready}, then {@code stats cycles=N statements=M} every 250 ms.
 *
 * <p>Arguments: {@code db=<jdbc url> sim=<base uri> token=<id>=<secret> name=<replica>
 * [dawdle-ms=50] [skew-ms=0] [heartbeat-ms=1000] [missed=4] [seed=1]}.
 */
public final class ReplicaMain {

    private ReplicaMain() {
    }

    /**
     * @param args see the class comment
     * @throws Exception when the replica cannot start
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        AtomicLong statements = new AtomicLong();
        String db = a.get("db");
        int port = Integer.parseInt(db.substring(db.lastIndexOf(':') + 1, db.lastIndexOf('/')));
        DataSource ds = counting(PostgresServer.pool(port, 14), statements);
        String token = a.get("token");
        int split = token.lastIndexOf('=');
        PveClient client = PveClient.builder().baseUri(URI.create(a.get("sim")))
                .credentials(Credentials.apiToken(token.substring(0, split), token.substring(split + 1))).build();
        long dawdle = Long.parseLong(a.getOrDefault("dawdle-ms", "50"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(a.getOrDefault("seed", "1")));
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(Long.parseLong(a.getOrDefault("skew-ms", "0"))));
        String name = a.get("name");
        DurableTaskMonitor monitor = DurableTaskMonitor.builder(ds).server("pve", client).replicaName(name).clock(clock)
                .heartbeat(Duration.ofMillis(Long.parseLong(a.getOrDefault("heartbeat-ms", "1000"))), Integer.parseInt(a.getOrDefault("missed", "4")))
                .pollingInterval(Duration.ofMillis(Long.parseLong(a.getOrDefault("polling-ms", "500"))))
                .handler("effect", (ending, payload, tx) -> {
                    try (PreparedStatement ps = tx.prepareStatement("INSERT INTO effects (upid, outcome, payload) VALUES (?, ?, ?)")) {
                        ps.setString(1, ending.upid().toString());
                        ps.setString(2, ending.outcome().name());
                        ps.setString(3, name);
                        ps.executeUpdate();
                    }
                    long pause;
                    synchronized (random) {
                        pause = dawdle == 0 ? 0 : random.nextLong(dawdle + 1);
                    }
                    Thread.sleep(pause); // inside the transaction: a kill now must leave no effect
                }).build();
        System.out.println("ready");
        System.out.flush();
        while (true) {
            Thread.sleep(250);
            System.out.println("stats cycles=" + monitor.cyclesRun() + " statements=" + statements.get());
            System.out.flush();
        }
    }

    /** @return the data source, counting every statement prepared or created on its connections */
    static DataSource counting(DataSource ds, AtomicLong statements) {
        return (DataSource) Proxy.newProxyInstance(ReplicaMain.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
            Object r = invoke(m, ds, args);
            if (r instanceof Connection) {
                Connection c = (Connection) r;
                return Proxy.newProxyInstance(ReplicaMain.class.getClassLoader(), new Class<?>[] {Connection.class}, (p2, m2, args2) -> {
                    if (m2.getName().equals("prepareStatement") || m2.getName().equals("createStatement") || m2.getName().equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    return invoke(m2, c, args2);
                });
            }
            return r;
        });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
