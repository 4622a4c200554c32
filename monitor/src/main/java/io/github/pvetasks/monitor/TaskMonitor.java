package io.github.pvetasks.monitor;

import io.github.pvetasks.core.ProgressParser;
import io.github.pvetasks.core.ProgressParsers;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicies;
import io.github.pvetasks.core.WaitPolicy;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Watches any number of tasks on any number of nodes, of Proxmox VE clusters and Proxmox Backup
 * Servers alike ({@link Builder#server}), with one scheduler thread. Per node and poll cycle, one
 * task list answers for every watched task there (only a task it does not show costs a status
 * call), so requests grow with nodes, not tasks; every request to a node takes a slot of its
 * budget ({@code maxInFlightPerNode}); an idle monitor sleeps until something is due.
 *
 * <p>Every watch ends exactly once: its task finished (the handle completes with the final
 * status), it timed out ({@code TaskTimeoutException}, after one last status read), it failed
 * (authentication, permission, a task the server never knew), it was cancelled, or the monitor
 * closed. Listeners hear one {@link TaskMonitorListener#watchEnded} per
 * {@link TaskMonitorListener#watchStarted}; transient faults never end a watch before its
 * deadline. The guide ({@code docs/monitor.md}) tells the rest.
 *
 * <pre>{@code
 * try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
 *     TaskStatus done = monitor.watch(upid).onProgress(p -> System.out.println(p.percent())).awaitSuccess();
 * }
 * }</pre>
 */
public final class TaskMonitor implements AutoCloseable {

    /** How long close() waits for the loop, and then for the listeners, to finish. */
    private static final long CLOSE_WAIT_MILLIS = 10_000;
    /** How often a monitor on a non-system clock re-reads it (such a clock may jump when told). */
    static final Duration FOREIGN_CLOCK_RECHECK = Duration.ofMillis(2);
    private final WaitPolicies policies;
    private final Ticker ticker;
    private final EventDispatcher events = new EventDispatcher();
    private final MonitorCore core;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private TaskMonitor(Builder b) {
        this.policies = b.policies;
        this.ticker = b.clock.getClass() == Clock.systemUTC().getClass() ? Ticker.system() : Ticker.following(b.clock, FOREIGN_CLOCK_RECHECK);
        if (b.listener != null) {
            events.add(b.listener);
        }
        this.core = new MonitorCore(new BackendRouter(b.servers), b.policies, b.maxInFlightPerNode, b.progressParser, ticker, events);
    }

    /**
     * @param client the client to poll through (shared; the monitor does not close it); a Proxmox
     *        VE cluster's or a Proxmox Backup Server's, and more with {@link Builder#server}
     * @return a builder
     */
    public static Builder builder(PveClient client) {
        return new Builder(Arguments.requireNonNull(client, "client"));
    }

    /** Builds a {@link TaskMonitor}. */
    public static final class Builder {
        private final List<BackendRouter.Server> servers = new java.util.ArrayList<>();
        private TaskMonitorListener listener;
        private ProgressParser progressParser = ProgressParsers.defaults();
        private WaitPolicies policies = WaitPolicies.defaults();
        private int maxInFlightPerNode = 4;
        private Clock clock = Clock.systemUTC();

        private Builder(PveClient client) {
            servers.add(new BackendRouter.Server(client, List.of()));
        }

        /**
         * Watches one more server's tasks: a backup server ({@code server(pbsClient)}) or a second
         * cluster with its node names. A task goes to the server registered for its UPID's node, else
         * to the first of its UPID's product; requests stay within each node's limit.
         *
         * @param client the other server's client (shared; the monitor does not close it)
         * @param nodes the nodes whose tasks it reads; none: every node of its product
         * @return this builder
         * @throws IllegalArgumentException for a second server of a product without node names
         */
        public Builder server(PveClient client, String... nodes) {
            servers.add(BackendRouter.Server.checked(client, nodes));
            new BackendRouter(servers); // refuses an ambiguous set now, naming it, not at the first watch
            return this;
        }

        /**
         * @param l receives the monitor's events (more can be added with {@link TaskMonitor#addListener})
         * @return this builder
         */
        public Builder listener(TaskMonitorListener l) {
            this.listener = Arguments.requireNonNull(l, "monitor listener");
            return this;
        }

        /**
         * @param p reads progress from log lines (default: every format Proxmox VE prints)
         * @return this builder
         */
        public Builder progressParser(ProgressParser p) {
            this.progressParser = Arguments.requireNonNull(p, "progress parser");
            return this;
        }

        /**
         * @param table the policies {@link #watch(Upid)} picks by task type
         * @return this builder
         */
        public Builder waitPolicies(WaitPolicies table) {
            this.policies = Arguments.requireNonNull(table, "wait policies");
            return this;
        }

        /**
         * @param max requests to one node in flight at once, 1 or more (default 4; pvedaemon has 3
         *            workers); polls, stops and log reads all count
         * @return this builder
         */
        public Builder maxInFlightPerNode(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("max requests in flight per node must be 1 or more, got " + max);
            }
            this.maxInFlightPerNode = max;
            return this;
        }

        /**
         * The monitor's time: deadlines, poll intervals and observation times follow this clock
         * (default: the system clock, intervals by {@link System#nanoTime()}). A simulator's clock
         * makes waits follow simulated time; the scheduler then re-reads it every 2 ms.
         *
         * @param c the clock
         * @return this builder
         */
        public Builder clock(Clock c) {
            this.clock = Arguments.requireNonNull(c, "clock");
            return this;
        }

        /** @return a running monitor */
        public TaskMonitor build() {
            return new TaskMonitor(this);
        }
    }

    /**
     * Watches a task with the policy for its type.
     *
     * @param upid the task
     * @return its handle
     */
    public TaskHandle watch(Upid upid) {
        return watch(upid, policies.forType(Arguments.requireNonNull(upid, "upid").type()));
    }

    /**
     * Resumes a watch from a stored UPID (after a restart, say); a task that finished meanwhile
     * completes with its real final status.
     *
     * @param upid the UPID text
     * @param policy how to wait
     * @return its handle
     * @throws IllegalArgumentException for a malformed UPID
     */
    public TaskHandle watch(String upid, WaitPolicy policy) {
        return watch(Upid.parse(Arguments.requireNonNull(upid, "upid")), policy);
    }

    /**
     * Watches a task. A monitor that is closed answers a handle already cancelled.
     *
     * @param upid the task
     * @param policy how to wait
     * @return its handle
     * @throws IllegalArgumentException when the monitor has no server for the task's product (or node)
     */
    public TaskHandle watch(Upid upid, WaitPolicy policy) {
        return core.watch(Arguments.requireNonNull(upid, "upid"), Arguments.requireNonNull(policy, "wait policy"));
    }

    /**
     * @param upids the tasks
     * @param policy how to wait for each
     * @return their handles, in the same order
     */
    public List<TaskHandle> watchAll(Collection<Upid> upids, WaitPolicy policy) {
        return Arguments.requireNonNull(upids, "upids").stream().map(u -> watch(u, policy)).collect(Collectors.toList());
    }

    /**
     * @param upids the tasks, each with the policy for its type
     * @return their handles, in the same order
     */
    public List<TaskHandle> watchAll(Collection<Upid> upids) {
        return Arguments.requireNonNull(upids, "upids").stream().map(this::watch).collect(Collectors.toList());
    }

    /**
     * Waits for every handle (blocking twin of combining their results).
     *
     * @param handles the handles
     * @return their final statuses, in order; a handle that failed throws its exception
     */
    public static List<TaskStatus> awaitAll(List<TaskHandle> handles) {
        return Arguments.requireNonNull(handles, "handles").stream().map(TaskHandle::await).collect(Collectors.toList());
    }

    /**
     * Adds a listener for the monitor's events (metrics bind this way). It hears the events
     * decided after this call.
     *
     * @param l the listener
     */
    public void addListener(TaskMonitorListener l) {
        events.add(Arguments.requireNonNull(l, "monitor listener"));
    }

    /**
     * @param l a listener added before
     * @return whether it was registered
     */
    public boolean removeListener(TaskMonitorListener l) {
        return events.remove(l);
    }

    /** @return the clock the monitor's deadlines, intervals and observation times follow */
    public Clock clock() {
        return ticker.clock();
    }

    /** @return how many watches have not ended yet (0 once the monitor is closed) */
    public int watchedCount() {
        return core.loop().ask(core::watchedCount, 0);
    }

    /**
     * @return how many requests the monitor has sent whose answers it has not handled yet, once
     *         it has done what is due at its clock's current time (0 means it is idle for now)
     */
    public int requestsInFlight() {
        return core.loop().ask(core::requestsInFlight, 0);
    }

    /**
     * @return a future that completes once every listener call and handle completion the monitor
     *         has decided so far (after its due work at the current time) has been delivered
     */
    public CompletableFuture<Void> eventsDelivered() {
        return events.deliveredAfter(core.loop());
    }

    /**
     * Waits until the monitor has caught up with its clock: no request in flight after its due
     * work, and every event decided so far delivered. For tests that move a simulated clock and
     * then look at what the monitor did.
     *
     * @param timeout how long to wait at most (wall time)
     * @return false when it was still busy at the timeout
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitQuiet(Duration timeout) throws InterruptedException {
        return MonitorLifecycle.awaitQuiet(this, Arguments.requireNonNull(timeout, "timeout"));
    }

    /** @return the handles of the watches not ended yet: a snapshot from the monitor's thread; empty once closed */
    public List<TaskHandle> watches() {
        return List.copyOf(core.loop().ask(core::activeHandles, List.of()));
    }

    /** Takes no new watches ({@link #watch} answers a handle already cancelled); those under way go on. Idempotent. */
    public void shutdown() {
        core.refusing = true;
    }

    /** @return whether {@link #shutdown()} or {@link #close()} was called */
    public boolean isShutdown() {
        return core.refusing || closed.get();
    }

    /**
     * @param timeout the longest wait (wall time) for the watches under way to end, after {@link #shutdown()}
     * @return true once none is left, false at the timeout
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return MonitorLifecycle.awaitTermination(this, Arguments.requireNonNull(timeout, "timeout"));
    }

    /**
     * Ends every watch as cancelled (each with its one terminal event; handles complete with a
     * {@link CancellationException}), fails pending follow-ups, and stops the monitor's threads
     * once the listeners have heard everything. Nothing is left hanging. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            MonitorLifecycle.close(core, events, CLOSE_WAIT_MILLIS);
        }
    }
}
