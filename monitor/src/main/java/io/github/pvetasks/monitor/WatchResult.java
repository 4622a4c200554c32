package io.github.pvetasks.monitor;

import io.github.pvetasks.core.TaskStatus;

import java.util.concurrent.CompletableFuture;

/**
 * A watch's result. When the user completes it (a {@code cancel}, say) before the monitor has, it
 * claims the watch's end and tells the monitor, which ends the watch as cancelled. A subclass
 * rather than a {@code whenComplete} hook, so a watch carries no dependent stage and lambda of
 * its own: its memory counts at 10,000 watches.
 */
final class WatchResult extends CompletableFuture<TaskStatus> {

    private final Watch watch;
    /** Set when the watch is registered; null for a watch refused at once. */
    volatile MonitorCore core;

    WatchResult(Watch watch) {
        this.watch = watch;
    }

    private boolean endedByUser(boolean changed) {
        MonitorCore c = core;
        if (changed && c != null && watch.claimEnd()) { // not the monitor's own completion: it claims first
            c.loop().execute(() -> c.endings().endedByUser(watch));
        }
        return changed;
    }

    @Override
    public boolean complete(TaskStatus value) {
        return endedByUser(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable ex) {
        return endedByUser(super.completeExceptionally(ex));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return endedByUser(super.cancel(mayInterruptIfRunning));
    }

    @Override
    public void obtrudeValue(TaskStatus value) {
        super.obtrudeValue(value);
        endedByUser(true);
    }

    @Override
    public void obtrudeException(Throwable ex) {
        super.obtrudeException(ex);
        endedByUser(true);
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>(); // dependents are plain futures
    }
}
