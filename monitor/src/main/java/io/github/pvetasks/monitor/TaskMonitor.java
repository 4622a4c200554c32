package io.github.pvetasks.monitor;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.ProgressParser;
import io.github.pvetasks.core.ProgressParsers;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveAuthenticationException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveIdentifiers;
import io.github.pvetasks.core.TaskApi;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskLogPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicies;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.core.spi.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches any number of tasks on any number of nodes with one scheduler thread.
 *
 * <p>Per node and poll cycle, one {@code GET /nodes/{node}/tasks?source=active} answers for every
 * watched task on that node: a task the list shows running is still running; only a task missing
 * from it costs a {@code status} call, which gives its final exit status, the server's own. So
 * requests per cycle grow with the number of nodes, not of tasks. Each task has its own interval
 * (its policy's backoff, plus twice the last request's latency, as the Proxmox UI does); a node is
 * polled when its earliest task is due, and at most {@code maxInFlightPerNode} requests to a node
 * run at once. Transient faults back off per node and fail a watch only at its deadline; a
 * "no such task" right after a task's start is tolerated for the policy's grace period.
 *
 * <pre>{@code
 * try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
 *     TaskHandle h = monitor.watch(upid).onProgress(p -> System.out.println(p.percent()));
 *     TaskStatus done = h.awaitSuccess();
 * }
 * }</pre>
 */
public final class TaskMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskMonitor.class);
    private static final int LOG_PAGE = 500;
    private static final Duration MAX_NODE_BACKOFF = Duration.ofSeconds(30);
    private static final Map<String, Set<String>> HA_FOLLOW_UPS = Map.of(
            "hastart", Set.of("qmstart", "vzstart"),
            "hastop", Set.of("qmstop", "vzstop", "qmshutdown", "vzshutdown"),
            "hamigrate", Set.of("qmigrate", "vzmigrate"));

    private final TaskApi tasks;
    private final java.util.List<TaskMonitorListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final TaskMonitorListener listener = new Fanout();
    private final java.time.Clock clock;
    private final ProgressParser progressParser;
    private final WaitPolicies policies;
    private final int maxInFlightPerNode;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService events;
    private final Map<String, NodeState> nodes = new HashMap<>();
    private final List<HaSearch> haSearches = new ArrayList<>();
    private volatile boolean closed;

    private record HaSearch(Watch parent, Instant since, long giveUpNanos) {
    }

    private TaskMonitor(Builder b) {
        this.tasks = b.client.tasks();
        this.listeners.add(b.listener);
        this.clock = b.clock;
        this.progressParser = b.progressParser;
        this.policies = b.policies;
        this.maxInFlightPerNode = b.maxInFlightPerNode;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.factory("pve-tasks-monitor"));
        this.events = Executors.newSingleThreadExecutor(DaemonThreads.factory("pve-tasks-monitor-events"));
        scheduler.scheduleWithFixedDelay(this::safeTick, b.tick.toNanos(), b.tick.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * @param client the client to poll through (shared; the monitor does not close it)
     * @return a builder
     */
    public static Builder builder(PveClient client) {
        return new Builder(PveIdentifiers.requireNonNull(client, "client"));
    }

    /** Builds a {@link TaskMonitor}. */
    public static final class Builder {
        private final PveClient client;
        private TaskMonitorListener listener = new TaskMonitorListener() { };
        private ProgressParser progressParser = ProgressParsers.defaults();
        private WaitPolicies policies = WaitPolicies.defaults();
        private int maxInFlightPerNode = 4;
        private Duration tick = Duration.ofMillis(20);
        private java.time.Clock clock = java.time.Clock.systemUTC();

        private Builder(PveClient client) {
            this.client = client;
        }

        /**
         * @param l receives the monitor's events (for metrics)
         * @return this builder
         */
        public Builder listener(TaskMonitorListener l) {
            this.listener = PveIdentifiers.requireNonNull(l, "monitor listener");
            return this;
        }

        /**
         * @param p reads progress from log lines (default: every format Proxmox VE prints)
         * @return this builder
         */
        public Builder progressParser(ProgressParser p) {
            this.progressParser = PveIdentifiers.requireNonNull(p, "progress parser");
            return this;
        }

        /**
         * @param table the policies {@link #watch(Upid)} picks by task type
         * @return this builder
         */
        public Builder waitPolicies(WaitPolicies table) {
            this.policies = PveIdentifiers.requireNonNull(table, "wait policies");
            return this;
        }

        /**
         * @param max requests to one node at once, 1 or more (default 4; pvedaemon has 3 workers)
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
         * @param c the clock for status observation times (default: system UTC; tests give the simulator's)
         * @return this builder
         */
        public Builder clock(java.time.Clock c) {
            this.clock = PveIdentifiers.requireNonNull(c, "clock");
            return this;
        }

        /**
         * @param t how often the scheduler looks for due work (default 20 ms)
         * @return this builder
         */
        public Builder tick(Duration t) {
            if (t == null || t.isNegative() || t.isZero() || t.compareTo(Duration.ofSeconds(1)) > 0) {
                throw new IllegalArgumentException("tick must be between 0 and 1 s, got " + t);
            }
            this.tick = t;
            return this;
        }

        /** @return a running monitor */
        public TaskMonitor build() {
            return new TaskMonitor(this);
        }
    }

    // ---------------------------------------------------------------- public API

    /**
     * Watches a task with the policy for its type.
     *
     * @param upid the task
     * @return its handle
     */
    public TaskHandle watch(Upid upid) {
        PveIdentifiers.requireNonNull(upid, "upid");
        return watch(upid, policies.forType(upid.type()));
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
        return watch(Upid.parse(upid), policy);
    }

    /**
     * @param upid the task
     * @param policy how to wait
     * @return its handle
     */
    public TaskHandle watch(Upid upid, WaitPolicy policy) {
        PveIdentifiers.requireNonNull(upid, "upid");
        PveIdentifiers.requireNonNull(policy, "wait policy");
        Watch w = new Watch(this, upid, policy, System.nanoTime());
        if (closed) {
            w.result.completeExceptionally(new CancellationException("the monitor is closed"));
            return w;
        }
        if (!onScheduler(() -> register(w))) {
            w.result.completeExceptionally(new CancellationException("the monitor is closed"));
        }
        return w;
    }

    /**
     * @param upids the tasks
     * @param policy how to wait for each
     * @return their handles, in the same order
     */
    public List<TaskHandle> watchAll(Collection<Upid> upids, WaitPolicy policy) {
        PveIdentifiers.requireNonNull(upids, "upids");
        List<TaskHandle> handles = new ArrayList<>(upids.size());
        for (Upid u : upids) {
            handles.add(watch(u, policy));
        }
        return handles;
    }

    /**
     * @param upids the tasks, each with the policy for its type
     * @return their handles, in the same order
     */
    public List<TaskHandle> watchAll(Collection<Upid> upids) {
        PveIdentifiers.requireNonNull(upids, "upids");
        List<TaskHandle> handles = new ArrayList<>(upids.size());
        for (Upid u : upids) {
            handles.add(watch(u));
        }
        return handles;
    }

    /**
     * Waits for every handle (blocking twin of combining their results).
     *
     * @param handles the handles
     * @return their final statuses, in order; a handle that failed throws its exception
     */
    public static List<TaskStatus> awaitAll(List<TaskHandle> handles) {
        List<TaskStatus> out = new ArrayList<>(handles.size());
        for (TaskHandle h : handles) {
            out.add(h.await());
        }
        return out;
    }

    /**
     * Adds a listener for the monitor's events (metrics bind this way).
     *
     * @param l the listener
     */
    public void addListener(TaskMonitorListener l) {
        listeners.add(PveIdentifiers.requireNonNull(l, "monitor listener"));
    }

    /**
     * @param l a listener added before
     * @return whether it was registered
     */
    public boolean removeListener(TaskMonitorListener l) {
        return listeners.remove(l);
    }

    /** @return the clock status observation times come from */
    public java.time.Clock clock() {
        return clock;
    }

    /** Passes events to every registered listener, each isolated. */
    private final class Fanout implements TaskMonitorListener {
        @Override
        public void watchStarted(Upid upid) {
            for (TaskMonitorListener l : listeners) {
                isolate(() -> l.watchStarted(upid), "monitor listener");
            }
        }

        @Override
        public void requestCompleted(String node, Endpoint endpoint, Duration latency, Throwable failure) {
            for (TaskMonitorListener l : listeners) {
                isolate(() -> l.requestCompleted(node, endpoint, latency, failure), "monitor listener");
            }
        }

        @Override
        public void taskFinished(TaskStatus status, TaskOutcome outcome) {
            for (TaskMonitorListener l : listeners) {
                isolate(() -> l.taskFinished(status, outcome), "monitor listener");
            }
        }

        @Override
        public void watchEnded(Upid upid, TaskOutcome outcome) {
            for (TaskMonitorListener l : listeners) {
                isolate(() -> l.watchEnded(upid, outcome), "monitor listener");
            }
        }
    }

    /** @return how many tasks are being watched now */
    public int watchedCount() {
        CompletableFuture<Integer> n = new CompletableFuture<>();
        // "ended" is set on this thread before a handle completes, so a completed watch never counts.
        if (!onScheduler(() -> n.complete((int) nodes.values().stream().flatMap(s -> s.watches.values().stream())
                .filter(w -> !w.ended && !w.result.isDone()).count()))) {
            return 0;
        }
        return Watch.join(n);
    }

    /** Cancels every pending watch and stops the monitor's threads; nothing is left hanging. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<Void> drained = new CompletableFuture<>();
        boolean queued = onScheduler(() -> {
            for (NodeState n : nodes.values()) {
                for (Watch w : n.watches.values()) {
                    w.ended = true;
                    endWith(w, TaskOutcome.CANCELLED, new CancellationException("the monitor was closed"));
                }
                n.watches.clear();
            }
            for (HaSearch s : haSearches) {
                s.parent.followUpFuture().completeExceptionally(new CancellationException("the monitor was closed"));
            }
            haSearches.clear();
            drained.complete(null);
        });
        if (queued) {
            try {
                drained.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("closing the monitor took too long", e);
            }
        }
        scheduler.shutdownNow();
        events.shutdown();
        try {
            events.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.shutdownNow();
    }

    // ---------------------------------------------------------------- scheduler thread

    private boolean onScheduler(Runnable r) {
        try {
            scheduler.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.error("monitor step failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void emit(Runnable r) {
        try {
            events.execute(r);
        } catch (RejectedExecutionException e) {
            // closing: the handle was already completed
        }
    }

    void isolate(Runnable r, String what) {
        try {
            r.run();
        } catch (RuntimeException | Error e) {
            LOG.warn("{} threw; ignored", what, e);
        }
    }

    private void register(Watch w) {
        if (w.result.isDone()) {
            return;
        }
        NodeState node = nodes.computeIfAbsent(w.upid.node(), NodeState::new);
        Watch previous = node.watches.putIfAbsent(w.upid, w);
        if (previous != null) {
            // A second watch of the same task shares nothing; keep both by chaining the later one.
            previous.result.whenComplete((s, e) -> {
                if (e == null) {
                    w.result.complete(s);
                } else {
                    w.result.completeExceptionally(e);
                }
            });
            return;
        }
        emit(() -> isolate(() -> listener.watchStarted(w.upid), "monitor listener"));
    }

    /** A periodic task that throws is never run again: one bad step must not stop the monitor. */
    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("monitor tick failed", e);
        }
    }

    private void tick() {
        long now = System.nanoTime();
        for (NodeState node : nodes.values()) {
            if (node.watches.isEmpty()) {
                continue;
            }
            boolean anyDue = false;
            for (Watch w : node.watches.values()) {
                if (w.ended || w.result.isDone()) {
                    continue;
                }
                if (now - w.deadlineNanos >= 0) {
                    if (w.finalStatus != null) {
                        complete(w); // the outcome is known; only the log drain is unfinished
                    } else {
                        timeOut(w);
                    }
                    continue;
                }
                if (w.finalStatus == null && now - w.nextDueNanos >= 0) {
                    anyDue = true;
                }
            }
            node.watches.values().removeIf(w -> w.ended || w.result.isDone());
            if (now - node.backoffUntilNanos < 0) {
                continue;
            }
            if (anyDue && !node.listInFlight && node.inFlight < maxInFlightPerNode) {
                sendList(node, now);
            }
            for (Watch w : node.watches.values()) {
                if (node.inFlight >= maxInFlightPerNode) {
                    break;
                }
                if (w.needsStatus && !w.statusInFlight && now - w.statusRetryNanos >= 0) {
                    sendStatus(node, w);
                } else if (w.wantsLog() && !w.logInFlight && (w.finalStatus != null || now - w.nextDueNanos >= 0 && w.lastStatus != null)) {
                    sendLog(node, w);
                }
            }
        }
        if (!haSearches.isEmpty()) {
            searchFollowUps(now);
        }
    }

    private void sendList(NodeState node, long now) {
        node.listInFlight = true;
        node.inFlight++;
        Set<Upid> asked = new HashSet<>(node.watches.keySet());
        long t0 = System.nanoTime();
        // Running tasks come from the active part; tasks that ended since the oldest watched one
        // started come from the archive with the exit status the server read from their log, so
        // the list answers for finished tasks too. Only a task it does not show costs a status call.
        Instant oldest = Instant.MAX;
        for (Upid u : asked) {
            if (u.startTime().isBefore(oldest)) {
                oldest = u.startTime();
            }
        }
        TaskQuery query = TaskQuery.builder().source(TaskSource.ALL).since(oldest.minusSeconds(1).isBefore(Instant.EPOCH)
                ? Instant.EPOCH : oldest.minusSeconds(1)).limit(Math.max(1000, asked.size() * 4L)).build();
        CompletableFuture<TaskListPage> f;
        try {
            f = tasks.listAsync(node.name, query);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((page, err) -> onScheduler(() -> onList(node, asked, page, unwrap(err), t0)));
    }

    private void onList(NodeState node, Set<Upid> asked, TaskListPage page, Throwable err, long t0) {
        node.listInFlight = false;
        node.inFlight--;
        long now = System.nanoTime();
        long latency = now - t0;
        emit(() -> isolate(() -> listener.requestCompleted(node.name, TaskMonitorListener.Endpoint.LIST, Duration.ofNanos(latency), err),
                "monitor listener"));
        if (err != null) {
            nodeFailed(node, err, now);
            return;
        }
        node.failures = 0;
        Map<Upid, TaskInfo> listed = new HashMap<>();
        for (TaskInfo item : page.items()) {
            if (asked.contains(item.upid())) {
                listed.merge(item.upid(), item, (a, b) -> a.isRunning() ? b : a); // a finished entry wins
            }
        }
        Map<Watch, TaskStatus> finishedNow = new java.util.LinkedHashMap<>();
        for (Watch w : node.watches.values()) {
            if (!asked.contains(w.upid) || w.ended || w.finalStatus != null) {
                continue;
            }
            w.lastFault = null;
            TaskInfo item = listed.get(w.upid);
            if (item == null) {
                w.needsStatus = true;
            } else if (item.isRunning()) {
                seenRunning(w, now, latency);
            } else if (item.exitStatus().isPresent()) {
                w.needsStatus = false;
                finishedNow.put(w, TaskStatus.builder(w.upid, io.github.pvetasks.core.TaskState.STOPPED, clock.instant())
                        .exitStatus(item.exitStatus().get()).build());
            } else {
                w.needsStatus = true;
            }
        }
        // finished() may complete a watch; do it after the loop over the node's watches
        finishedNow.forEach(this::finished);
    }

    private void seenRunning(Watch w, long now, long latency) {
        boolean first = w.lastStatus == null || !w.lastStatus.isRunning();
        TaskStatus s = TaskStatus.running(w.upid, clock.instant());
        w.lastStatus = s;
        if (first) {
            emit(() -> w.fireStatus(s));
        }
        if (now - w.nextDueNanos >= 0) {
            w.nextDueNanos = now + w.policy.backoff().delay(w.attempt++).toNanos() + 2 * latency;
        }
    }

    private void nodeFailed(NodeState node, Throwable err, long now) {
        node.failures++;
        long backoff = Math.min(MAX_NODE_BACKOFF.toNanos(), Duration.ofMillis(250).toNanos() << Math.min(node.failures, 7));
        node.backoffUntilNanos = now + backoff;
        for (Watch w : node.watches.values()) {
            if (!w.ended) {
                handleFault(w, err);
            }
        }
    }

    /** Transient faults wait for the deadline; fatal ones (auth, permission) end the watch now. */
    private void handleFault(Watch w, Throwable err) {
        w.lastFault = err;
        boolean fatal = err instanceof PveAuthenticationException
                || (err instanceof PveApiException && ((PveApiException) err).status() == 403);
        if (fatal || !w.policy.retryTransientErrors()) {
            if (w.finalStatus != null) {
                complete(w); // never lose a known outcome because its log cannot be read
            } else {
                fail(w, err);
            }
        }
    }

    private void sendStatus(NodeState node, Watch w) {
        w.statusInFlight = true;
        node.inFlight++;
        long t0 = System.nanoTime();
        CompletableFuture<TaskStatus> f;
        try {
            f = tasks.statusAsync(w.upid);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((s, err) -> onScheduler(() -> onStatus(node, w, s, unwrap(err), t0)));
    }

    private void onStatus(NodeState node, Watch w, TaskStatus s, Throwable err, long t0) {
        w.statusInFlight = false;
        node.inFlight--;
        long now = System.nanoTime();
        long latency = now - t0;
        emit(() -> isolate(() -> listener.requestCompleted(node.name, TaskMonitorListener.Endpoint.STATUS, Duration.ofNanos(latency), err),
                "monitor listener"));
        if (w.ended) {
            return;
        }
        if (err != null) {
            if (err instanceof PveApiException && ((PveApiException) err).isNoSuchTask()) {
                long sinceStart = Duration.between(w.upid.startTime(), clock.instant()).toNanos();
                if (sinceStart <= w.policy.noSuchTaskGrace().toNanos() || now - w.startedNanos <= w.policy.noSuchTaskGrace().toNanos()) {
                    w.statusRetryNanos = now + Duration.ofMillis(500).toNanos();
                    return;
                }
                fail(w, err);
                return;
            }
            w.statusRetryNanos = now + Duration.ofMillis(250).toNanos() * Math.min(16, 1 + w.attempt);
            handleFault(w, err);
            return;
        }
        w.needsStatus = false;
        w.lastFault = null;
        if (s.isRunning()) {
            seenRunning(w, now, latency);
            return;
        }
        finished(w, s);
    }

    private void finished(Watch w, TaskStatus s) {
        w.lastStatus = s;
        w.finalStatus = s;
        if (!w.wantsLog()) {
            complete(w);
        }
        // else: the next ticks drain the log, then complete; the stopped status is reported
        // after the last log line, so listeners see the lines first
    }

    private void complete(Watch w) {
        if (w.ended) {
            return;
        }
        w.ended = true;
        TaskStatus s = w.finalStatus;
        emit(() -> w.fireStatus(s));
        TaskOutcome outcome = TaskOutcome.of(s.exitStatus().orElse(ExitStatus.parse("")));
        if (w.followUpFuture() != null) {
            if (s.exitStatus().map(ExitStatus::isSuccess).orElse(false)) {
                haSearches.add(new HaSearch(w, w.upid.startTime(), w.deadlineNanos));
            } else {
                w.followUpFuture().completeExceptionally(new IllegalStateException("HA request " + w.upid + " failed: " + s.exitStatus().orElseThrow()));
            }
        }
        emit(() -> {
            isolate(() -> listener.taskFinished(s, outcome), "monitor listener");
            w.result.complete(s);
        });
    }

    private void sendLog(NodeState node, Watch w) {
        w.logInFlight = true;
        node.inFlight++;
        long t0 = System.nanoTime();
        CompletableFuture<TaskLogPage> f;
        try {
            f = tasks.logAsync(w.upid, w.logCursor, LOG_PAGE);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((page, err) -> onScheduler(() -> onLog(node, w, page, unwrap(err), t0)));
    }

    private void onLog(NodeState node, Watch w, TaskLogPage page, Throwable err, long t0) {
        w.logInFlight = false;
        node.inFlight--;
        long latency = System.nanoTime() - t0;
        emit(() -> isolate(() -> listener.requestCompleted(node.name, TaskMonitorListener.Endpoint.LOG, Duration.ofNanos(latency), err),
                "monitor listener"));
        if (w.ended) {
            return;
        }
        if (err != null) {
            handleFault(w, err);
            return;
        }
        List<TaskLogLine> fresh = new ArrayList<>();
        for (TaskLogLine line : page.lines()) {
            if (line.n() > w.logCursor) {
                fresh.add(line);
            }
        }
        if (!fresh.isEmpty()) {
            w.logCursor = fresh.get(fresh.size() - 1).n();
            if (w.tail == null) {
                w.tail = new ArrayDeque<>();
            }
            for (TaskLogLine line : fresh) {
                w.tail.addLast(line);
                if (w.tail.size() > Watch.TAIL_LINES) {
                    w.tail.removeFirst();
                }
            }
            List<Progress> progress = new ArrayList<>();
            for (TaskLogLine line : fresh) {
                progressParser.parse(line.text()).ifPresent(progress::add);
            }
            if (!progress.isEmpty()) {
                w.lastProgress = progress.get(progress.size() - 1);
            }
            emit(() -> {
                for (TaskLogLine line : fresh) {
                    w.fireLine(line);
                }
                for (Progress p : progress) {
                    w.fireProgress(p);
                }
            });
        }
        // Once the task has stopped, read until the server's total: no line is lost.
        if (w.finalStatus != null && (fresh.isEmpty() || w.logCursor >= page.total())) {
            complete(w);
        }
    }

    private void timeOut(Watch w) {
        TaskTimeoutException timeout = timeoutFor(w);
        w.ended = true;
        if (w.policy.stopTaskOnTimeout()) {
            tasks.stopAsync(w.upid).whenComplete((s, e) -> {
                if (e != null) {
                    LOG.warn("stopping {} after its timeout failed: {}", w.upid, e.getMessage());
                }
            });
        }
        endWith(w, TaskOutcome.TIMEOUT, timeout);
    }

    private static TaskTimeoutException timeoutFor(Watch w) {
        TaskStatus last = w.lastStatus;
        Throwable fault = w.lastFault;
        if (last != null && fault instanceof Exception) {
            return new TaskTimeoutException(w.upid, w.policy.timeout(), last, (Exception) fault);
        }
        if (last != null) {
            return new TaskTimeoutException(w.upid, w.policy.timeout(), last);
        }
        if (fault instanceof Exception) {
            return new TaskTimeoutException(w.upid, w.policy.timeout(), (Exception) fault);
        }
        return new TaskTimeoutException(w.upid, w.policy.timeout());
    }

    private void fail(Watch w, Throwable err) {
        w.ended = true;
        emit(() -> w.result.completeExceptionally(err));
    }

    private void endWith(Watch w, TaskOutcome outcome, Throwable reason) {
        if (w.followUpFuture() != null) {
            w.followUpFuture().completeExceptionally(reason);
        }
        emit(() -> {
            isolate(() -> listener.watchEnded(w.upid, outcome), "monitor listener");
            w.result.completeExceptionally(reason);
        });
    }

    void cancelled(Watch w) {
        onScheduler(() -> {
            w.ended = true;
            if (w.followUpFuture() != null) {
                w.followUpFuture().cancel(false);
            }
            emit(() -> isolate(() -> listener.watchEnded(w.upid, TaskOutcome.CANCELLED), "monitor listener"));
        });
    }

    void stop(Watch w) {
        onScheduler(() -> {
            if (w.ended) {
                return;
            }
            NodeState node = nodes.computeIfAbsent(w.upid.node(), NodeState::new);
            node.inFlight++;
            long t0 = System.nanoTime();
            tasks.stopAsync(w.upid).whenComplete((s, err) -> onScheduler(() -> {
                node.inFlight--;
                Throwable e = unwrap(err);
                emit(() -> isolate(() -> listener.requestCompleted(node.name, TaskMonitorListener.Endpoint.STOP,
                        Duration.ofNanos(System.nanoTime() - t0), e), "monitor listener"));
                if (w.ended) {
                    return;
                }
                if (e != null) {
                    handleFault(w, e);
                } else if (s.isStopped()) {
                    finished(w, s);
                } else {
                    w.needsStatus = true;
                }
            }));
        });
    }

    /** The last log lines: from the tail kept while tailing, else read from the server. */
    CompletableFuture<List<TaskLogLine>> logTail(Watch w) {
        CompletableFuture<List<TaskLogLine>> kept = new CompletableFuture<>();
        onScheduler(() -> kept.complete(w.tail == null ? null : List.copyOf(w.tail)));
        return kept.thenCompose(lines -> {
            if (lines != null && !lines.isEmpty()) {
                return CompletableFuture.completedFuture(lines);
            }
            return tasks.logAsync(w.upid, 0, 1).thenCompose(first -> tasks.logAsync(w.upid,
                    Math.max(0, first.total() - Watch.TAIL_LINES), Watch.TAIL_LINES)).thenApply(TaskLogPage::lines);
        });
    }

    // ---------------------------------------------------------------- HA follow-ups

    private void searchFollowUps(long now) {
        List<HaSearch> done = new ArrayList<>();
        for (HaSearch s : haSearches) {
            Watch parent = s.parent;
            if (parent.followUpFuture().isDone()) {
                done.add(s);
                continue;
            }
            if (now - s.giveUpNanos >= 0) {
                parent.followUpFuture().completeExceptionally(new TaskTimeoutException(parent.upid, parent.policy.timeout(), parent.finalStatus));
                done.add(s);
                continue;
            }
            NodeState node = nodes.computeIfAbsent(parent.upid.node(), NodeState::new);
            if (node.inFlight >= maxInFlightPerNode || now - node.backoffUntilNanos < 0 || now - parent.nextDueNanos < 0) {
                continue;
            }
            parent.nextDueNanos = now + Duration.ofMillis(500).toNanos();
            node.inFlight++;
            TaskQuery.Builder q = TaskQuery.builder().source(TaskSource.ALL).since(s.since).limit(50);
            try {
                q.vmid(Long.parseLong(parent.upid.id()));
            } catch (IllegalArgumentException e) {
                // not a VM id: search by time and type only
            }
            tasks.listAsync(parent.upid.node(), q.build()).whenComplete((page, err) -> onScheduler(() -> {
                node.inFlight--;
                if (err != null || parent.followUpFuture().isDone()) {
                    return;
                }
                Set<String> types = HA_FOLLOW_UPS.getOrDefault(parent.upid.type(), Set.of());
                for (TaskInfo item : page.items()) {
                    if (!item.upid().equals(parent.upid) && types.contains(item.type()) && item.id().equals(parent.upid.id())
                            && !item.startTime().isBefore(parent.upid.startTime())) {
                        parent.followUpFuture().complete(watch(item.upid(), policies.forType(item.type())));
                        return;
                    }
                }
            }));
        }
        haSearches.removeAll(done);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
