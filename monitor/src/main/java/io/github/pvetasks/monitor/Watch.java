package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.TaskBackend;

import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
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
    final WatchResult result = new WatchResult(this);
    /** Only for HA requests; completed by the follow-up finder or the ending place. */
    final CompletableFuture<TaskHandle> followUp;
    /** Only for bulk actions (null otherwise): when the search for the guests' tasks is over. */
    final CompletableFuture<List<TaskHandle>> allChildren;
    /** Set once, right after construction. */
    WatchHandle handle;
    /** 0 until the watch ends; set once through {@link #claimEnd()} (a field, not an object per watch). */
    private volatile int ended;
    private static final AtomicIntegerFieldUpdater<Watch> ENDED = AtomicIntegerFieldUpdater.newUpdater(Watch.class, "ended");

    // Listeners and bulk children: immutable lists replaced on each (rare) addition, so a watch
    // nobody listens to carries shared empty lists instead of five lists of its own.
    volatile List<TaskHandle> children = List.of();
    volatile List<Consumer<TaskHandle>> childListeners = List.of();
    volatile List<Consumer<TaskStatus>> statusListeners = List.of();
    volatile List<Consumer<TaskLogLine>> logListeners = List.of();
    volatile List<Consumer<Progress>> progressListeners = List.of();
    volatile TaskStatus lastStatus;
    /** When the task was last seen running (lastStatus keeps the first sighting's object). */
    volatile java.time.Instant runningSeenAt;
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
        this.allChildren = BulkChildFinder.isBulk(upid) ? new CompletableFuture<>() : null;
    }

    /** @return the last status, observed at the last time the task was seen running if it runs */
    TaskStatus currentStatus() {
        TaskStatus s = lastStatus;
        java.time.Instant seen = runningSeenAt;
        return s != null && s.isRunning() && seen != null && seen.isAfter(s.observedAt()) ? TaskStatus.running(upid, seen) : s;
    }

    /** @return true exactly once: for whoever ends this watch */
    boolean claimEnd() {
        return ENDED.compareAndSet(this, 0, 1);
    }

    boolean isEnded() {
        return ended != 0;
    }

    /** Completes the bulk search's future, if this is a bulk action's watch. */
    void childrenFound(List<TaskHandle> all) {
        if (allChildren != null) {
            allChildren.complete(all);
        }
    }

    /** @return a copy of {@code list} with {@code item} added (lists here are replaced, never changed) */
    static <T> List<T> plus(List<T> list, T item) {
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return java.util.Collections.unmodifiableList(copy);
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
