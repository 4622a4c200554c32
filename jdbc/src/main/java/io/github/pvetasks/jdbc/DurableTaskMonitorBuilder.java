package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.WaitPolicies;
import io.github.pvetasks.monitor.internal.TaskBackend;
import io.github.pvetasks.monitor.internal.TaskBackends;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link DurableTaskMonitor}. Every replica of a service registers the same servers
 * (by name) and handlers; every setter checks its value at once.
 *
 * <p>Takeover: a replica that dies while running node cycles has them run by another after
 * {@code heartbeat x missedHeartbeats} plus at most one {@code pollingInterval} (defaults
 * 1 s x 4 + 1 s: about 5 s). Node cycles it had not picked are run by the others when due, with
 * no delay at all.
 */
public final class DurableTaskMonitorBuilder {

    /** A registered server. */
    record Server(PveClient client) {
    }

    final DataSource dataSource;
    final Map<String, Server> servers = new LinkedHashMap<>();
    final Map<String, EndingHandler> handlers = new HashMap<>();
    WaitPolicies policies = WaitPolicies.defaults();
    Clock clock = Clock.systemUTC();
    int maxInFlightPerNode = 4;
    int threads = 10;
    Duration pollingInterval = Duration.ofSeconds(1);
    Duration heartbeat = Duration.ofSeconds(1);
    int missedHeartbeats = 4;
    Duration sweepInterval = Duration.ofSeconds(10);
    Duration retention = Duration.ofDays(7);
    String watchTable = "pve_tasks_watch";
    String schedulerTable = "pve_tasks_scheduled";
    /** Null until set or built: the default asks the host's name, which may wait on DNS. */
    String replicaName;
    boolean runCycles = true;

    DurableTaskMonitorBuilder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param name the server's name, the same on every replica (it is stored with each watch): letters, digits, '-', '_', '.', '#'
     * @param client its client (shared; the monitor does not close it)
     * @return this builder
     * @throws IllegalArgumentException for a bad or repeated name
     */
    public DurableTaskMonitorBuilder server(String name, PveClient client) {
        Arguments.requireName(name, "server name");
        Arguments.requireNonNull(client, "client");
        if (servers.putIfAbsent(name, new Server(client)) != null) {
            throw new IllegalArgumentException("server '" + name + "' is registered twice");
        }
        return this;
    }

    /**
     * @param name the handler's name, the same on every replica (watches name it)
     * @param handler what runs, once per ending, in the transaction that marks it delivered
     * @return this builder
     * @throws IllegalArgumentException for a bad or repeated name
     */
    public DurableTaskMonitorBuilder handler(String name, EndingHandler handler) {
        Arguments.requireName(name, "handler name");
        Arguments.requireNonNull(handler, "ending handler");
        if (handlers.putIfAbsent(name, handler) != null) {
            throw new IllegalArgumentException("handler '" + name + "' is registered twice");
        }
        return this;
    }

    /**
     * @param table the policies {@code watch(upid, handler, payload)} picks by task type
     * @return this builder
     */
    public DurableTaskMonitorBuilder waitPolicies(WaitPolicies table) {
        this.policies = Arguments.requireNonNull(table, "wait policies");
        return this;
    }

    /**
     * @param c the time of deadlines, poll intervals and db-scheduler's executions (default: the system clock)
     * @return this builder
     */
    public DurableTaskMonitorBuilder clock(Clock c) {
        this.clock = Arguments.requireNonNull(c, "clock");
        return this;
    }

    /**
     * @param max status requests to one node at once within its cycle (default 4), 1 or more
     * @return this builder
     */
    public DurableTaskMonitorBuilder maxInFlightPerNode(int max) {
        this.maxInFlightPerNode = atLeastOne(max, "max requests in flight per node");
        return this;
    }

    /**
     * @param n node cycles this replica runs at once (db-scheduler's threads; default 10), 1 or more
     * @return this builder
     */
    public DurableTaskMonitorBuilder threads(int n) {
        this.threads = atLeastOne(n, "threads");
        return this;
    }

    /**
     * @param interval how often this replica looks for due node cycles (default 1 s): the most a cycle runs late
     * @return this builder
     */
    public DurableTaskMonitorBuilder pollingInterval(Duration interval) {
        this.pollingInterval = positive(interval, "polling interval");
        return this;
    }

    /**
     * @param interval how often this replica marks the cycles it runs alive (default 1 s)
     * @param missed how many marks may be missed before another replica takes a cycle over (default 4), 1 or more
     * @return this builder
     */
    public DurableTaskMonitorBuilder heartbeat(Duration interval, int missed) {
        this.heartbeat = positive(interval, "heartbeat interval");
        this.missedHeartbeats = atLeastOne(missed, "missed heartbeats");
        return this;
    }

    /**
     * @param interval how often one replica checks that every watched node has a cycle (default 10 s)
     * @return this builder
     */
    public DurableTaskMonitorBuilder sweepInterval(Duration interval) {
        this.sweepInterval = positive(interval, "sweep interval");
        return this;
    }

    /**
     * @param keep how long delivered watches stay in the table, to be inspected (default 7 days)
     * @return this builder
     */
    public DurableTaskMonitorBuilder retention(Duration keep) {
        this.retention = positive(keep, "retention");
        return this;
    }

    /**
     * @param watchTable the watch table's name (default {@code pve_tasks_watch})
     * @param schedulerTable the table of its db-scheduler, with db-scheduler's columns (default {@code pve_tasks_scheduled},
     *        apart from any db-scheduler the service runs itself)
     * @return this builder
     */
    public DurableTaskMonitorBuilder tables(String watchTable, String schedulerTable) {
        this.watchTable = tableName(watchTable);
        this.schedulerTable = tableName(schedulerTable);
        return this;
    }

    /**
     * @param name this replica's name in db-scheduler's table (default: host name and process id)
     * @return this builder
     */
    public DurableTaskMonitorBuilder replicaName(String name) {
        this.replicaName = Arguments.requireName(name, "replica name");
        return this;
    }

    /**
     * @param run false for a process that only records, inspects and cancels watches and runs no
     *        node cycles (a web tier beside worker replicas): it needs no handlers, and a watch's
     *        handler name is not checked against its own (default true)
     * @return this builder
     */
    public DurableTaskMonitorBuilder runCycles(boolean run) {
        this.runCycles = run;
        return this;
    }

    /**
     * @return a started monitor: it runs the node cycles that are due, its own watches and every other replica's
     * @throws IllegalArgumentException when no server or no handler is registered
     * @throws IllegalStateException when the database answers but lacks a table (the message names it and the fix)
     */
    public DurableTaskMonitor build() {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no server registered: add one with server(name, client)");
        }
        if (handlers.isEmpty() && runCycles) {
            throw new IllegalArgumentException("no ending handler registered: add one with handler(name, handler)");
        }
        if (replicaName == null) {
            replicaName = defaultReplicaName();
        }
        return new DurableTaskMonitor(this);
    }

    Map<String, TaskBackend> backends() {
        Map<String, TaskBackend> out = new HashMap<>();
        servers.forEach((name, s) -> out.put(name, TaskBackends.of(s.client(), name)));
        return out;
    }

    private static String tableName(String name) {
        Arguments.requireNonNull(name, "table name");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?")) {
            throw new IllegalArgumentException("table name must be an SQL identifier (schema.table allowed), got '" + name + "'");
        }
        return name;
    }

    private static int atLeastOne(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be 1 or more, got " + n);
        }
        return n;
    }

    private static Duration positive(Duration d, String what) {
        Arguments.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
        return d;
    }

    private static String defaultReplicaName() {
        String host = System.getenv("HOSTNAME"); // set in containers and most shells: no DNS lookup
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException | RuntimeException e) {
                host = "replica";
            }
        }
        return (host + "-" + ProcessHandle.current().pid()).replaceAll("[^A-Za-z0-9_.#-]", "-");
    }
}
