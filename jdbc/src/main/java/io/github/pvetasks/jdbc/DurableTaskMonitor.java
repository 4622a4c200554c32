package io.github.pvetasks.jdbc;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicies;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskOutcome;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches that outlive a process and are shared by a service's replicas: each watch is a row in
 * the service's database, and each node's poll cycle is one <a href="https://github.com/kagkarlsson/db-scheduler">db-scheduler</a>
 * execution that whichever replica picks it runs. Per node and cycle one task list answers for
 * every watch there, for the whole fleet, whatever the number of replicas; a replica that dies
 * has its node cycles run by another once its heartbeats stop.
 *
 * <p>Every ending is recorded once (a compare-and-set, {@code ACTIVE -> ENDED}) and delivered to
 * the {@link EndingHandler} the watch names inside the transaction that marks it delivered: the
 * handler's effects in this database happen exactly once; its effects elsewhere at least once,
 * keyed by the UPID. A watch whose deadline passed while no replica ran ends as a timeout with the
 * server's last status, or with the task's real outcome if it ended before the deadline. The
 * failure model, the takeover time and what sets it: {@code docs/durable-watches.md}.
 *
 * <pre>{@code
 * DurableTaskMonitor monitor = DurableTaskMonitor.builder(dataSource)
 *         .server("pve", client)
 *         .handler("clone-done", (ending, orderId, tx) -> markOrder(tx, orderId, ending))
 *         .build();
 * monitor.watch(upid, "clone-done", orderId);   // recorded before it returns
 * }</pre>
 */
public final class DurableTaskMonitor implements AutoCloseable {

    private final WatchStore store;
    private final Map<String, DurableTaskMonitorBuilder.Server> servers;
    private final Map<String, EndingHandler> handlers;
    private final WaitPolicies policies;
    private final Clock clock;
    private final NodeCycle cycle;
    private final Deliveries deliveries;
    private final CycleTasks tasks;
    /** Runs this replica's share of node cycles; null for a recorder ({@link DurableTaskMonitorBuilder#runCycles}). */
    private final Scheduler scheduler;
    private final SchedulerClient client;
    private final boolean runsCycles;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    DurableTaskMonitor(DurableTaskMonitorBuilder b) {
        DurableSchema.requireTables(b.dataSource, b.watchTable, b.schedulerTable);
        this.store = new WatchStore(b.dataSource, b.watchTable);
        this.servers = Map.copyOf(b.servers);
        this.handlers = Map.copyOf(b.handlers);
        this.policies = b.policies;
        this.clock = b.clock;
        this.deliveries = new Deliveries(store, handlers, clock);
        this.cycle = new NodeCycle(store, deliveries, b.backends(), clock, b.maxInFlightPerNode);
        this.tasks = new CycleTasks(cycle, store, clock, b.sweepInterval, b.retention, b.schedulerTable);
        this.runsCycles = b.runCycles;
        if (!b.runCycles) {
            this.scheduler = null;
            this.client = SchedulerClient.Builder.create(b.dataSource, tasks.node).tableName(b.schedulerTable).build();
            return;
        }
        this.scheduler = Scheduler.create(b.dataSource, tasks.node)
                .startTasks(tasks.sweep)
                .tableName(b.schedulerTable)
                .schedulerName(new SchedulerName.Fixed(b.replicaName))
                .threads(b.threads)
                .pollingInterval(b.pollingInterval)
                .heartbeatInterval(b.heartbeat)
                .missedHeartbeatsLimit(b.missedHeartbeats)
                .enableImmediateExecution()
                .clock(clock::instant)
                .build();
        this.client = scheduler;
        scheduler.start();
    }

    /**
     * @param dataSource the service's database, with the tables of {@link DurableSchema} (PostgreSQL
     *        for several replicas; HSQLDB, say, for one process)
     * @return a builder
     */
    public static DurableTaskMonitorBuilder builder(DataSource dataSource) {
        return new DurableTaskMonitorBuilder(Arguments.requireNonNull(dataSource, "data source"));
    }

    /**
     * Records a watch with the policy for its task type, on the only server of its product.
     *
     * @param upid the task
     * @param handler the name of the handler its ending goes to (registered on this replica)
     * @param payload what the handler receives with the ending (an order id, say; empty for none), at most 4,000 characters
     * @return the watch as recorded (or as it was, if this UPID was already watched with this handler and payload)
     * @throws IllegalArgumentException for an unknown handler, no or several servers of the UPID's product, a payload too long
     * @throws IllegalStateException when the UPID is already watched with another handler or payload, or the database fails
     */
    public DurableWatch watch(Upid upid, String handler, String payload) {
        return watch(upid, policies.forType(Arguments.requireNonNull(upid, "upid").type()), handler, payload);
    }

    /**
     * Records a watch on the only server of its product. See {@link #watch(Upid, String, String)}.
     *
     * @param upid the task
     * @param policy how to wait (its backoff is stored as its first delays)
     * @param handler the handler's name
     * @param payload the handler's payload
     * @return the watch as recorded
     */
    public DurableWatch watch(Upid upid, WaitPolicy policy, String handler, String payload) {
        return watch(serverFor(Arguments.requireNonNull(upid, "upid")), upid, policy, handler, payload);
    }

    /**
     * Records a watch on a named server. See {@link #watch(Upid, String, String)}.
     *
     * @param server the server's name, as registered
     * @param upid the task
     * @param policy how to wait
     * @param handler the handler's name
     * @param payload the handler's payload
     * @return the watch as recorded
     */
    public DurableWatch watch(String server, Upid upid, WaitPolicy policy, String handler, String payload) {
        try (Connection c = store.dataSource().getConnection()) {
            return watch(c, server, upid, policy, handler, payload);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the watch of " + upid + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records a watch through the caller's connection, so that it commits with the caller's own
     * work (the order that started the clone, say) or not at all. Its node is polled at once if
     * it already is; otherwise within the sweep interval after the commit.
     *
     * @param connection the caller's connection, in the caller's transaction; not committed or closed here
     * @param server the server's name, as registered
     * @param upid the task
     * @param policy how to wait
     * @param handler the handler's name
     * @param payload the handler's payload
     * @return the watch as recorded
     * @throws SQLException when the database fails
     */
    public DurableWatch watch(Connection connection, String server, Upid upid, WaitPolicy policy, String handler, String payload)
            throws SQLException {
        Arguments.requireNonNull(connection, "connection");
        DurableWatch w = newWatch(server, upid, policy, handler, payload);
        if (!store.insert(connection, w)) {
            DurableWatch existing = store.find(connection, upid).orElseThrow(() -> new IllegalStateException("watch of " + upid + " vanished"));
            if (!existing.handler().equals(handler) || !existing.payload().equals(payload) || !existing.server().equals(server)) {
                throw new IllegalStateException(upid + " is already watched, with handler '" + existing.handler() + "' on server '"
                        + existing.server() + "' and another payload or handler than asked ('" + handler + "')");
            }
            return existing;
        }
        tasks.pollSoon(client, NodeKey.of(server, upid.node()), w.policy().backoff().delay(0));
        return w;
    }

    private DurableWatch newWatch(String server, Upid upid, WaitPolicy policy, String handler, String payload) {
        Arguments.requireNonNull(upid, "upid");
        Arguments.requireNonNull(policy, "wait policy");
        Arguments.requireNonNull(payload, "payload");
        if (!servers.containsKey(Arguments.requireNonNull(server, "server"))) {
            throw new IllegalArgumentException("no server named '" + server + "': registered are " + servers.keySet());
        }
        if (servers.get(server).client().product() != upid.product()) {
            throw new IllegalArgumentException("server '" + server + "' is a " + servers.get(server).client().product()
                    + " server; " + upid + " is a " + upid.product() + " task");
        }
        Arguments.requireName(handler, "handler name");
        if (runsCycles && !handlers.containsKey(handler)) {
            throw new IllegalArgumentException("no handler named '" + handler + "' on this replica: registered are " + handlers.keySet());
        }
        if (payload.length() > 4000) {
            throw new IllegalArgumentException("payload must be at most 4000 characters, got " + payload.length());
        }
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored
        return new DurableWatch(upid, server, handler, payload, PolicySnapshot.decode(PolicySnapshot.encode(policy)), now,
                now.plus(policy.timeout()), DurableWatch.State.ACTIVE, 0, null, null, null, null, 0, now);
    }

    private String serverFor(Upid upid) {
        List<String> names = servers.entrySet().stream().filter(e -> e.getValue().client().product() == upid.product())
                .map(Map.Entry::getKey).sorted().toList();
        if (names.size() != 1) {
            throw new IllegalArgumentException(names.isEmpty() ? "no " + upid.product() + " server registered to watch " + upid
                    : "several " + upid.product() + " servers " + names + ": name the one for " + upid + " with watch(server, ...)");
        }
        return names.get(0);
    }

    /**
     * @param upid a task
     * @return its watch as the database holds it now, if there is one (delivered ones are kept for the retention)
     */
    public Optional<DurableWatch> find(Upid upid) {
        try {
            return store.find(Arguments.requireNonNull(upid, "upid"));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the watch of " + upid + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param state which watches
     * @param limit at most this many, oldest first
     * @return the watches in that state now, across every replica
     */
    public List<DurableWatch> watches(DurableWatch.State state, int limit) {
        Arguments.requireNonNull(state, "state");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
        try {
            return store.inState(state, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the watches: " + e.getMessage(), e);
        }
    }

    /**
     * Ends a watch as cancelled (the server task goes on) and delivers that ending to its handler.
     *
     * @param upid the task
     * @return true when this call ended it; false when it had ended already or is not watched
     */
    public boolean cancel(Upid upid) {
        try {
            Optional<DurableWatch> w = store.find(Arguments.requireNonNull(upid, "upid"));
            if (w.isEmpty() || w.get().state() != DurableWatch.State.ACTIVE) {
                return false;
            }
            java.time.Instant now = clock.instant();
            if (!store.end(w.get(), TaskOutcome.CANCELLED, null, "cancelled", now)) {
                return false;
            }
            if (runsCycles) {
                deliveries.deliver(w.get().ended(TaskOutcome.CANCELLED, null, "cancelled", now));
            } else {
                tasks.pollSoon(client, NodeKey.of(w.get().server(), upid.node()), Duration.ZERO); // a replica that runs cycles delivers it
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not cancel the watch of " + upid + ": " + e.getMessage(), e);
        }
    }

    /** @return node cycles this replica has run */
    public long cyclesRun() {
        return cycle.cycles.get();
    }

    /** @return requests this replica has sent to the servers (lists and statuses) */
    public long requestsSent() {
        return cycle.requests.get();
    }

    /** @return endings this replica has delivered (committed) */
    public long endingsDelivered() {
        return deliveries.delivered();
    }

    /**
     * Stops this replica: it takes no more node cycles, and waits for those under way (at most
     * db-scheduler's shutdown wait). The watches stay in the database; other replicas, or this
     * service after a restart, go on with them. The clients are not closed. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        tasks.close();
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
