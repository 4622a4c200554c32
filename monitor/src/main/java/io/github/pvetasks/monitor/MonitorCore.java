package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.FaultPolicy;

import io.github.pvetasks.core.ProgressParser;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicies;
import io.github.pvetasks.core.WaitPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The watch state machine, run on the loop thread: decides what is due (a list, a status or log,
 * a final check, a timeout) and moves watches on as answers arrive, through {@link Requests} and {@link Endings}.
 */
final class MonitorCore {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorCore.class);

    private final BackendRouter router;
    private final WaitPolicies policies;
    private final int maxInFlightPerNode;
    private final Ticker ticker;
    private final EventDispatcher events;
    private final Map<String, NodeState> nodes = new HashMap<>();
    private boolean closing;
    private final SchedulerLoop loop;
    private final Requests requests;
    private final Endings endings;
    private final FollowUpFinder followUps;
    private final BulkChildFinder bulkChildren;
    private final ListPoll lists;
    private final StatusProbe statuses;
    private final LogFollow logs;

    MonitorCore(BackendRouter router, WaitPolicies policies, int maxInFlightPerNode, ProgressParser parser, Ticker ticker,
                EventDispatcher events) {
        this.router = router;
        this.policies = policies;
        this.maxInFlightPerNode = maxInFlightPerNode;
        this.ticker = ticker;
        this.events = events;
        this.loop = new SchedulerLoop(ticker, this::step);
        this.requests = new Requests(loop, events, ticker);
        this.followUps = new FollowUpFinder(requests, events, ticker, upid -> watch(upid, policies.forType(upid.type())));
        this.bulkChildren = new BulkChildFinder(requests, events, upid -> watch(upid, policies.forType(upid.type())));
        this.endings = new Endings(events, followUps, bulkChildren, ticker);
        this.lists = new ListPoll(this, requests, ticker);
        this.statuses = new StatusProbe(this, requests, ticker);
        this.logs = new LogFollow(this, requests, events, parser, ticker);
        loop.start();
    }

    SchedulerLoop loop() {
        return loop;
    }

    Requests requests() {
        return requests;
    }

    Endings endings() {
        return endings;
    }

    /**
     * Creates a watch and hands it to the loop (a closed or shut-down monitor cancels it);
     * refuses a task no server reads.
     */
    WatchHandle watch(Upid upid, WaitPolicy policy) {
        Watch w = new Watch(upid, policy, ticker.nanos());
        w.backend = router.route(upid); // throws for a task no server reads, before anything is registered
        WatchHandle h = new WatchHandle(w, this);
        w.handle = h;
        if (refusing) {
            refuse(w, "the monitor is shutting down: it takes no new watches");
            return h;
        }
        w.result.core = this; // from now on, a user's cancel ends the watch through the monitor
        if (!loop.execute(() -> register(w))) {
            refuse(w, "the monitor is closed");
        }
        return h;
    }

    private static void refuse(Watch w, String why) {
        w.claimEnd();
        w.childrenFound(List.of());
        w.result.completeExceptionally(new CancellationException(why));
    }

    /** @return the user's actions on a watch: stop its task, read its log's tail */
    WatchActions actions() {
        return new WatchActions(this, loop, requests, logs);
    }

    private void register(Watch w) {
        if (closing) { // queued behind close(): never started, so no events
            if (w.claimEnd()) {
                events.emit(() -> {
                    w.childrenFound(List.of());
                    w.result.completeExceptionally(new CancellationException("the monitor is closed"));
                });
            }
            return;
        }
        // one state per node of each server: "localhost" on two backup servers are two nodes
        NodeState node = nodes.computeIfAbsent(w.backend.server() + "/" + w.upid.node(), key -> {
            NodeState created = new NodeState(w.backend, w.upid.node(), maxInFlightPerNode);
            created.nextConfirmNanos = ticker.nanos() + ListPoll.CONFIRM_INTERVAL.toNanos();
            return created;
        });
        w.node = node;
        node.watches.add(w);
        node.dirty = true;
        events.toListeners(l -> l.watchStarted(w.handle));
        if (BulkChildFinder.isBulk(w.upid)) {
            bulkChildren.follow(w, ticker.nanos());
        }
    }

    /** Set once by {@code TaskMonitor.shutdown()}: new watches are refused, running ones go on. */
    volatile boolean refusing;

    /** @return the handles of the watches that have not ended, on the loop thread */
    List<TaskHandle> activeHandles() {
        List<TaskHandle> out = new java.util.ArrayList<>();
        for (NodeState node : nodes.values()) {
            for (Watch w : node.watches) {
                if (!w.isEnded()) {
                    out.add(w.handle);
                }
            }
        }
        return out;
    }

    int watchedCount() {
        return activeHandles().size();
    }

    int requestsInFlight() {
        return requests.inFlight();
    }

    /** Ends every watch and search as cancelled; queued requests are abandoned. */
    void closeAll() {
        closing = true;
        CancellationException closed = new CancellationException("the monitor was closed");
        for (NodeState node : nodes.values()) {
            for (Watch w : List.copyOf(node.watches)) {
                endings.without(w, TaskOutcome.CANCELLED, closed);
            }
            requests.abandonQueued(node);
        }
        followUps.closeAll(closed);
        bulkChildren.closeAll();
    }

    /** Runs what is due at {@code now}; answers the next time something will be due. */
    private long step(long now) {
        long next = Math.min(followUps.step(now), bulkChildren.step(now));
        for (NodeState node : nodes.values()) {
            if (node.dirty || now - node.dueNanos >= 0) { // only nodes something happened to, or something is due on
                node.dirty = false;
                node.dueNanos = stepNode(node, now);
            }
            next = Math.min(next, node.dueNanos);
        }
        return next;
    }

    private long stepNode(NodeState node, long now) {
        long next = Long.MAX_VALUE;
        boolean listDue = false;
        List<Watch> snapshot = List.copyOf(node.watches); // endings remove watches from the node's list
        for (Watch w : snapshot) {
            if (w.isEnded()) {
                continue;
            }
            if (now - w.hardEndNanos() >= 0 || w.phase == Watch.Phase.POLLING && now - w.deadlineNanos >= 0) {
                reachDeadline(w, now);
                if (w.isEnded()) {
                    continue;
                }
            }
            if (w.phase == Watch.Phase.POLLING) {
                next = Math.min(next, w.deadlineNanos);
                if (now - w.nextDueNanos >= 0) {
                    listDue = true;
                } else {
                    next = Math.min(next, w.nextDueNanos);
                }
            } else {
                next = Math.min(next, w.hardEndNanos());
            }
        }
        boolean backingOff = node.isBackingOff(now);
        if (backingOff) {
            next = Math.min(next, node.backoffUntilNanos);
        } else if (listDue && !node.listInFlight) {
            lists.send(node);
        }
        for (Watch w : snapshot) {
            if (w.isEnded()) {
                continue;
            }
            boolean mayAsk = !backingOff || w.phase == Watch.Phase.FINAL_CHECK;
            if (w.needsStatus && !w.statusInFlight && mayAsk) {
                if (now - w.statusRetryNanos >= 0) {
                    statuses.send(w);
                } else {
                    next = Math.min(next, w.statusRetryNanos);
                }
            }
            if (w.wantsLog() && !w.logInFlight && mayAsk && w.phase != Watch.Phase.FINAL_CHECK) {
                boolean started = w.phase == Watch.Phase.DRAINING || w.lastStatus != null;
                if (started && now - w.logDueNanos >= 0) {
                    logs.send(w);
                } else if (started) {
                    next = Math.min(next, w.logDueNanos);
                }
            }
        }
        return next;
    }

    private void reachDeadline(Watch w, long now) {
        switch (w.phase) {
            case DRAINING:
                endings.finished(w, w.finalStatus); // the outcome is known; only the log is unread
                return;
            case POLLING:
                w.phase = Watch.Phase.FINAL_CHECK;
                w.finalChecked = true;
                w.finalCheckUntilNanos = w.deadlineNanos + FaultPolicy.FINAL_CHECK_GRACE.toNanos();
                w.needsStatus = true;
                w.statusRetryNanos = now;
                return;
            default:
                timeOut(w);
        }
    }

    void seenRunning(Watch w, long now, long latencyNanos) {
        seenRunning(w, now, latencyNanos, ticker.instant());
    }

    /** @param seenAt when, by the monitor's clock (one instant shared by every watch of an answer) */
    void seenRunning(Watch w, long now, long latencyNanos, java.time.Instant seenAt) {
        if (w.lastStatus == null || !w.lastStatus.isRunning()) {
            TaskStatus s = TaskStatus.running(w.upid, seenAt);
            w.lastStatus = s;
            events.status(w, s);
        }
        w.runningSeenAt = seenAt; // later sightings move only the time: no status object per watch and poll
        // as the Proxmox UI does: never ask again sooner than twice the last round trip
        w.nextDueNanos = Math.max(w.nextDueNanos, now + 2 * Math.max(0, latencyNanos));
    }

    /**
     * @param ageSeconds how long the task has run, by the server's start time and the monitor's clock
     * @return when a watch asked now is due again: its policy's interval at its attempt count and age
     */
    static long nextPoll(Watch w, long now, long ageSeconds) {
        return now + w.policy.pollInterval(w.attempt++, java.time.Duration.ofSeconds(Math.max(0, ageSeconds))).toNanos();
    }

    void seenStopped(Watch w, TaskStatus s) {
        w.finalStatus = s;
        if (w.wantsLog()) {
            w.phase = Watch.Phase.DRAINING; // the stopped status is told after the last log line
        } else {
            endings.finished(w, s);
        }
    }

    /** Transient failures wait for the deadline; fatal ones end the watch now, keeping a known outcome. */
    void fault(Watch w, Throwable failure) {
        w.lastFault = failure;
        if (FaultPolicy.endsWatch(failure, w.policy)) {
            if (w.finalStatus != null) {
                endings.finished(w, w.finalStatus); // never lose a known outcome because its log cannot be read
            } else {
                endings.without(w, TaskOutcome.FAILED, failure);
            }
        }
    }

    void timeOut(Watch w) {
        endings.timedOut(w);
        if (w.policy.stopTaskOnTimeout()) {
            requests.send(w.node, TaskMonitorListener.Endpoint.STOP, () -> w.node.backend.stop(w.upid), (s, failure) -> {
                if (failure != null) {
                    LOG.warn("stopping {} after its timeout failed: {}", w.upid, failure.getMessage());
                }
            });
        }
    }
}
