package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.FaultPolicy;
import io.github.pvetasks.monitor.internal.ListReconciler;

import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskState;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One list request per node and cycle for every task polled there; its answer is reconciled
 * against the watches ({@link ListReconciler}) and each watch moves on: running, finished, or
 * asked by status because the list does not show it.
 */
final class ListPoll {

    /** The fewest items asked for; the list also holds unwatched tasks since the oldest watched start. */
    static final int LIST_LIMIT_MIN = 1000;
    /** Items asked per watched task on the node, when that is more. */
    static final int LIST_ITEMS_PER_WATCH = 4;
    /** Asked from a second before the oldest start, as the server compares whole seconds. */
    static final Duration SINCE_MARGIN = Duration.ofSeconds(1);
    /**
     * A node's list may show a task {@code RUNNING} after it ended: only {@code active_workers}
     * archives it, at once if the daemon process that forked it still exists, else at the next
     * task start on the node or pvestatd's next run (10 s), or never while pvestatd hangs. So per
     * node, once per this interval, the running watch asked longest ago is asked by status: with
     * n running watches on a node, every one is confirmed at least every n intervals, and
     * requests stay at one list plus at most one status per node and interval. A confirmation
     * that finds the task stopped proves the node's list stale, and the next one is asked at once.
     */
    static final Duration CONFIRM_INTERVAL = FaultPolicy.CONFIRM_INTERVAL;

    private final MonitorCore core;
    private final Requests requests;
    private final Ticker ticker;

    ListPoll(MonitorCore core, Requests requests, Ticker ticker) {
        this.core = core;
        this.requests = requests;
        this.ticker = ticker;
    }

    /** Sends the node's list if there is room; the caller has checked that a polling watch is due. */
    void send(NodeState node) {
        if (!node.hasRoomForPoll()) {
            return; // asked again when an answer frees a slot; the watches keep their due times until a list is sent
        }
        Set<Upid> asked = new HashSet<>();
        Instant oldest = Instant.MAX;
        long now = ticker.nanos();
        long nowSecond = ticker.instant().getEpochSecond();
        long shortest = Long.MAX_VALUE;
        for (Watch w : node.watches) {
            if (w.phase != Watch.Phase.POLLING) {
                continue;
            }
            // This list answers for every polling watch of the node, so each is due again at its own
            // interval from now: the node is listed at the pace of its most urgent watch, and the
            // others, however many, ride along instead of each pulling the node's next list closer.
            long next = MonitorCore.nextPoll(w, now, nowSecond - w.upid.startTime().getEpochSecond());
            w.nextDueNanos = Math.max(next, w.nextDueNanos);
            shortest = Math.min(shortest, w.nextDueNanos - now);
            if (asked.add(w.upid) && w.upid.startTime().isBefore(oldest)) {
                oldest = w.upid.startTime();
            }
        }
        if (asked.isEmpty()) {
            return;
        }
        node.listIntervalNanos = shortest;
        Instant since = oldest.minus(SINCE_MARGIN).isBefore(Instant.EPOCH) ? Instant.EPOCH : oldest.minus(SINCE_MARGIN);
        int limit = Math.max(LIST_LIMIT_MIN, asked.size() * LIST_ITEMS_PER_WATCH);
        long t0 = ticker.nanos();
        node.listInFlight = requests.trySend(node, TaskMonitorListener.Endpoint.LIST, // room checked above: sent
                () -> node.backend.tasksSince(node.name, since, limit),
                (items, failure) -> answered(node, asked, items, failure, t0));
    }

    private void answered(NodeState node, Set<Upid> asked, List<TaskInfo> items, Throwable failure, long t0) {
        node.listInFlight = false;
        long now = ticker.nanos();
        List<Watch> polled = new ArrayList<>();
        for (Watch w : node.watches) {
            if (w.phase == Watch.Phase.POLLING && asked.contains(w.upid)) {
                polled.add(w);
            }
        }
        if (failure != null) {
            node.failuresInARow++;
            node.backoffUntilNanos = now + FaultPolicy.nodeBackoff(node.failuresInARow).toNanos();
            for (Watch w : polled) {
                core.fault(w, failure);
            }
            return;
        }
        node.failuresInARow = 0;
        Map<Upid, ListReconciler.Sighting> seen = ListReconciler.reconcile(asked, items);
        long latency = now - t0;
        Instant seenAt = ticker.instant();
        for (Watch w : polled) {
            if (w.isEnded()) {
                continue;
            }
            w.lastFault = null;
            ListReconciler.Sighting s = seen.get(w.upid);
            if (s == ListReconciler.Sighting.RUNNING) {
                core.seenRunning(w, now, latency, seenAt);
            } else if (s.exit().isPresent()) {
                core.seenStopped(w, TaskStatus.builder(w.upid, TaskState.STOPPED, ticker.instant()).exitStatus(s.exit().get()).build());
            } else {
                w.needsStatus = true;
            }
        }
        if (now - node.nextConfirmNanos >= 0) {
            confirmNext(node, now);
        }
    }

    /** Asks the status of the node's running watch confirmed longest ago, if there is one. */
    static void confirmNext(NodeState node, long now) {
        Watch confirm = null;
        for (Watch w : node.watches) {
            if (w.phase == Watch.Phase.POLLING && !w.isEnded() && !w.needsStatus && w.lastStatus != null && w.lastStatus.isRunning()
                    && (confirm == null || w.confirmedNanos - confirm.confirmedNanos < 0)) {
                confirm = w;
            }
        }
        if (confirm != null) {
            confirm.needsStatus = true;
            confirm.confirming = true;
            confirm.confirmedNanos = now;
            // at most one confirmation per list: a node of long tasks, listed rarely, is confirmed rarely too
            node.nextConfirmNanos = now + Math.max(CONFIRM_INTERVAL.toNanos(), node.listIntervalNanos);
        }
    }
}
