package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The state of one watched task. The fields below "loop thread" are read and written only on the
 * scheduler thread; {@link #claimEnd()} is the one gate through which a watch ends, once.
 */
final class Watch {

    /** Where a watch is in its life. */
    enum Phase {
        /** The task's end is not known yet. */
        POLLING,
        /** The task has stopped; its log is read to the end before the watch ends. */
        DRAINING,
        /** The deadline passed; the status is asked once more before a timeout is reported. */
        FINAL_CHECK
    }

    final Upid upid;
    final WaitPolicy policy;
    /** Set on the loop thread when the watch is registered. */
    NodeState node;
    /** The server that reads this task, chosen by its UPID when the watch is created. */
    TaskBackend backend;
    final long startedNanos;
    final long deadlineNanos;
    final CompletableFuture<TaskStatus> result = new CompletableFuture<>();
    /** Only for HA requests; completed by the follow-up finder or the ending place. */
    final CompletableFuture<TaskHandle> followUp;
    /** Only for bulk actions: the guests' tasks found so far, and when the search is over. */
    final List<TaskHandle> children = new CopyOnWriteArrayList<>();
    final List<Consumer<TaskHandle>> childListeners = new CopyOnWriteArrayList<>();
    final CompletableFuture<List<TaskHandle>> allChildren;
    /** Set once, right after construction. */
    WatchHandle handle;
    private final AtomicBoolean ended = new AtomicBoolean();

    final List<Consumer<TaskStatus>> statusListeners = new CopyOnWriteArrayList<>();
    final List<Consumer<TaskLogLine>> logListeners = new CopyOnWriteArrayList<>();
    final List<Consumer<Progress>> progressListeners = new CopyOnWriteArrayList<>();
    volatile TaskStatus lastStatus;
    volatile Progress lastProgress;

    // loop thread
    Phase phase = Phase.POLLING;
    int attempt;
    long nextDueNanos;
    long logDueNanos;
    /** When the status last confirmed what the list said (or the watch started). */
    long confirmedNanos;
    /** Whether the pending status request confirms what the list says. */
    boolean confirming;
    long statusRetryNanos;
    boolean needsStatus;
    boolean statusInFlight;
    boolean logInFlight;
    boolean finalChecked;
    long finalCheckUntilNanos;
    TaskStatus finalStatus;
    Throwable lastFault;
    LogTailer tailer;

    Watch(Upid upid, WaitPolicy policy, long nowNanos) {
        this.upid = upid;
        this.policy = policy;
        this.startedNanos = nowNanos;
        this.deadlineNanos = nowNanos + policy.timeout().toNanos();
        this.nextDueNanos = nowNanos;
        this.logDueNanos = nowNanos;
        this.confirmedNanos = nowNanos;
        this.statusRetryNanos = nowNanos;
        this.followUp = FollowUpFinder.isHaRequest(upid) ? new CompletableFuture<>() : null;
        this.allChildren = BulkChildFinder.isBulk(upid) ? new CompletableFuture<>() : CompletableFuture.completedFuture(List.of());
    }

    /** @return true exactly once: for whoever ends this watch */
    boolean claimEnd() {
        return ended.compareAndSet(false, true);
    }

    boolean isEnded() {
        return ended.get();
    }

    boolean wantsLog() {
        return !logListeners.isEmpty() || !progressListeners.isEmpty();
    }

    /** @return when the watch must end whatever happens: the deadline, or the end of the final check */
    long hardEndNanos() {
        return finalChecked ? finalCheckUntilNanos : deadlineNanos;
    }

    LogTailer tailer() {
        if (tailer == null) {
            tailer = new LogTailer();
        }
        return tailer;
    }

    @Override
    public String toString() {
        return "Watch[" + upid + " " + phase + (isEnded() ? " ended" : "") + "]";
    }
}
