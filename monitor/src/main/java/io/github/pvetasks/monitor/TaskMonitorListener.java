package io.github.pvetasks.monitor;

/**
 * The monitor's own events, for metrics, tracing and logging (the {@code pve-tasks-metrics}
 * module implements it). Calls come from the monitor's listener thread, in the order the monitor
 * decided them; an exception thrown here is logged and otherwise ignored. Every method has a
 * no-op default.
 *
 * <p>The promise: every {@link #watchStarted} is followed by exactly one {@link #watchEnded}
 * for the same handle, whatever ends the watch (the task finishing, a timeout, a failure, a
 * cancel or the monitor closing). A handle that the monitor refused (created after
 * {@link TaskMonitor#close()}) has neither.
 */
public interface TaskMonitorListener {

    /** What a monitor request asked for. */
    enum Endpoint {
        /** A node's task list. */
        LIST,
        /** One task's status. */
        STATUS,
        /** One task's log. */
        LOG,
        /** Stopping a task. */
        STOP
    }

    /**
     * @param watch the handle now watched
     */
    default void watchStarted(TaskHandle watch) {
    }

    /**
     * @param request one request the monitor made and its answer's fate
     */
    default void requestCompleted(MonitorRequest request) {
    }

    /**
     * The watch's one terminal event, sent before its handle completes.
     *
     * @param watch the handle
     * @param ending how it ended
     */
    default void watchEnded(TaskHandle watch, WatchEnding ending) {
    }
}
