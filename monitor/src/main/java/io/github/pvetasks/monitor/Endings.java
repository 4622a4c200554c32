package io.github.pvetasks.monitor;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;

import java.util.concurrent.CancellationException;

/**
 * The one place a watch ends. Whatever ends it (its task finishing, the deadline, a fatal
 * failure, a cancel, the monitor closing), this class, on the loop thread and exactly once per
 * watch: takes it out of its node, settles its follow-up (an HA request that succeeded hands the
 * search to the finder; any other ending fails the follow-up), then on the listener thread (so that no
 * user code ever runs on the loop) tells the status listeners the final status, sends the one terminal event and completes the handle,
 * in that order.
 */
final class Endings {

    private final EventDispatcher events;
    private final FollowUpFinder followUps;
    private final BulkChildFinder bulkChildren;
    private final Ticker ticker;

    Endings(EventDispatcher events, FollowUpFinder followUps, BulkChildFinder bulkChildren, Ticker ticker) {
        this.events = events;
        this.followUps = followUps;
        this.bulkChildren = bulkChildren;
        this.ticker = ticker;
    }

    /** Ends the watch with its task's final status. */
    void finished(Watch w, TaskStatus finalStatus) {
        end(w, WatchEnding.finished(finalStatus));
    }

    /** Ends the watch without a final status. */
    void without(Watch w, TaskOutcome outcome, Throwable reason) {
        end(w, WatchEnding.without(w.upid, outcome, reason, ticker.instant()));
    }

    /** Ends the watch as timed out, with the last status and the last fault seen. */
    void timedOut(Watch w) {
        without(w, TaskOutcome.TIMEOUT, timeoutFor(w));
    }

    private static TaskTimeoutException timeoutFor(Watch w) {
        TaskStatus last = w.currentStatus();
        Exception fault = w.lastFault instanceof Exception ? (Exception) w.lastFault : null;
        if (last != null && fault != null) {
            return new TaskTimeoutException(w.upid, w.policy.timeout(), last, fault);
        }
        if (last != null) {
            return new TaskTimeoutException(w.upid, w.policy.timeout(), last);
        }
        if (fault != null) {
            return new TaskTimeoutException(w.upid, w.policy.timeout(), fault);
        }
        return new TaskTimeoutException(w.upid, w.policy.timeout());
    }

    /** Ends a watch the monitor decided to end; nothing happens if it has ended already. */
    void end(Watch w, WatchEnding ending) {
        if (!w.claimEnd()) {
            return;
        }
        conclude(w, ending, true);
    }

    /** The user cancelled (or completed) the handle, which claimed the end: the watch ends as cancelled. */
    void endedByUser(Watch w) {
        conclude(w, WatchEnding.without(w.upid, TaskOutcome.CANCELLED,
                new CancellationException("the watch was cancelled"), ticker.instant()), false);
    }

    private void conclude(Watch w, WatchEnding ending, boolean completeHandle) {
        w.node.watches.remove(w);
        w.node.dirty = true;
        settleFollowUp(w, ending);
        if (BulkChildFinder.isBulk(w.upid)) {
            bulkChildren.parentEnded(w, ticker.nanos()); // one last search finds the rest
        }
        TaskStatus last = ending.finalStatus().orElse(null);
        if (last != null) {
            w.lastStatus = last;
            events.status(w, last);
        }
        events.toListeners(l -> l.watchEnded(w.handle, ending));
        if (completeHandle) {
            events.emit(() -> {
                if (last != null) {
                    w.result.complete(last);
                } else {
                    w.result.completeExceptionally(ending.failure().orElseThrow());
                }
            });
        }
    }

    private void settleFollowUp(Watch w, WatchEnding ending) {
        if (w.followUp == null || w.followUp.isDone()) {
            return;
        }
        if (ending.finalStatus().isEmpty()) {
            Throwable reason = ending.failure().orElseThrow();
            events.emit(() -> w.followUp.completeExceptionally(reason));
            return;
        }
        ExitStatus exit = ending.finalStatus().get().exitStatus().orElseThrow();
        if (exit.isSuccess()) {
            followUps.search(w);
        } else {
            IllegalStateException failed = new IllegalStateException("HA request " + w.upid + " failed: " + exit.raw());
            events.emit(() -> w.followUp.completeExceptionally(failed));
        }
    }
}
