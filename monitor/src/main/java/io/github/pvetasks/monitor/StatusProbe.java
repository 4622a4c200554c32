package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.FaultPolicy;

import io.github.pvetasks.core.TaskStatus;

import java.time.Duration;

/**
 * Asks one task's status: for a task the list did not show, and once more at the deadline (the
 * final check), so that a task that has stopped is never reported as a timeout. A "no such task"
 * answer is tolerated for the policy's grace period after the task started (its file may not
 * exist yet), and ends the watch as failed after it.
 */
final class StatusProbe {

    private final MonitorCore core;
    private final Requests requests;
    private final Ticker ticker;

    StatusProbe(MonitorCore core, Requests requests, Ticker ticker) {
        this.core = core;
        this.requests = requests;
        this.ticker = ticker;
    }

    /** Sends the watch's status request if its node has room. */
    void send(Watch w) {
        long t0 = ticker.nanos();
        w.statusInFlight = requests.trySend(w.node, TaskMonitorListener.Endpoint.STATUS,
                () -> w.node.backend.status(w.upid), (status, failure) -> answered(w, status, failure, t0));
    }

    private void answered(Watch w, TaskStatus s, Throwable failure, long t0) {
        w.statusInFlight = false;
        if (w.isEnded()) {
            return;
        }
        long now = ticker.nanos();
        if (failure != null) {
            if (FaultPolicy.isNoSuchTask(failure)) {
                if (withinGrace(w, now)) {
                    w.statusRetryNanos = now + FaultPolicy.NO_SUCH_TASK_RETRY.toNanos();
                } else {
                    core.endings().without(w, TaskOutcome.FAILED, failure);
                }
                return;
            }
            w.statusRetryNanos = now + (w.phase == Watch.Phase.FINAL_CHECK ? FaultPolicy.FINAL_CHECK_RETRY
                    : FaultPolicy.statusRetry(w.attempt)).toNanos();
            core.fault(w, failure);
            return;
        }
        w.needsStatus = false;
        w.lastFault = null;
        boolean confirmation = w.confirming;
        w.confirming = false;
        if (s.isRunning()) {
            if (w.phase == Watch.Phase.FINAL_CHECK) {
                w.lastStatus = s;
                core.timeOut(w);
            } else {
                core.seenRunning(w, now, now - t0);
            }
            return;
        }
        core.seenStopped(w, s);
        if (confirmation) {
            ListPoll.confirmNext(w.node, now); // the list showed a stopped task running: it is stale, ask the next at once
        }
    }

    private boolean withinGrace(Watch w, long now) {
        long grace = w.policy.noSuchTaskGrace().toNanos();
        long sinceServerStart = Duration.between(w.upid.startTime(), ticker.instant()).toNanos();
        return sinceServerStart <= grace || now - w.startedNanos <= grace;
    }
}
