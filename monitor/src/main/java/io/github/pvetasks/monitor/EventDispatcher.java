package io.github.pvetasks.monitor;

import io.github.pvetasks.core.spi.DaemonThreads;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The listener thread: every listener call and every handle completion runs here, in the order
 * the loop decided them, each isolated, so a slow or throwing listener never stalls polling and
 * never harms another listener.
 */
final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.factory("pve-tasks-monitor-events"));
    private final List<TaskMonitorListener> listeners = new CopyOnWriteArrayList<>();

    void add(TaskMonitorListener l) {
        listeners.add(l);
    }

    boolean remove(TaskMonitorListener l) {
        return listeners.remove(l);
    }

    /**
     * Runs on the listener thread, after everything emitted before. Once the monitor has closed
     * it runs on the caller's thread instead: a late answer must still release whoever waits.
     */
    void emit(Runnable r) {
        try {
            thread.execute(() -> isolate(r, "monitor event"));
        } catch (RejectedExecutionException e) {
            isolate(r, "monitor event after close");
        }
    }

    /** Calls every monitor listener on the listener thread. */
    void toListeners(Consumer<TaskMonitorListener> call) {
        emit(() -> {
            for (TaskMonitorListener l : listeners) {
                isolate(() -> call.accept(l), "monitor listener");
            }
        });
    }

    /** Tells the watch's status listeners, on the listener thread. */
    void status(Watch w, TaskStatus s) {
        emit(() -> {
            for (Consumer<TaskStatus> c : w.statusListeners) {
                isolate(() -> c.accept(s), "status listener of " + w.upid);
            }
        });
    }

    /** Tells the watch's log and progress listeners, on the listener thread. */
    void log(Watch w, List<TaskLogLine> lines, List<Progress> progress) {
        emit(() -> {
            for (TaskLogLine line : lines) {
                for (Consumer<TaskLogLine> c : w.logListeners) {
                    isolate(() -> c.accept(line), "log listener of " + w.upid);
                }
            }
            for (Progress p : progress) {
                for (Consumer<Progress> c : w.progressListeners) {
                    isolate(() -> c.accept(p), "progress listener of " + w.upid);
                }
            }
        });
    }

    /** @return completes on the listener thread after everything the loop has decided by its next due work */
    java.util.concurrent.CompletableFuture<Void> deliveredAfter(SchedulerLoop loop) {
        java.util.concurrent.CompletableFuture<Void> delivered = new java.util.concurrent.CompletableFuture<>();
        if (!loop.afterDueWork(() -> emit(() -> delivered.complete(null)))) {
            delivered.complete(null); // stopped: close() delivered everything
        }
        return delivered;
    }

    static void isolate(Runnable r, String what) {
        try {
            r.run();
        } catch (RuntimeException | Error e) {
            LOG.warn("{} threw; ignored", what, e);
        }
    }

    /** Runs what was emitted, then stops the thread. */
    void close(long waitMillis) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
                LOG.warn("monitor listeners still busy after {} ms; not waiting longer", waitMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}
