package io.github.pvetasks.monitor;

import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;

import java.time.Duration;

/**
 * The monitor's own events, for metrics and logging (the {@code pve-tasks-metrics} module
 * implements it). Calls come from the monitor's listener thread, in order; an exception thrown
 * here is logged and otherwise ignored. Every method has a no-op default.
 */
public interface TaskMonitorListener {

    /** What a poll asked for. */
    enum Endpoint {
        /** The node's active task list. */
        LIST,
        /** One task's status. */
        STATUS,
        /** One task's log. */
        LOG,
        /** Stopping a task. */
        STOP
    }

    /**
     * @param upid the task now watched
     */
    default void watchStarted(Upid upid) {
    }

    /**
     * @param node the node asked
     * @param endpoint what was asked
     * @param latency how long the request took
     * @param failure the failure, or null when it succeeded
     */
    default void requestCompleted(String node, Endpoint endpoint, Duration latency, Throwable failure) {
    }

    /**
     * @param status the final status
     * @param outcome its class
     */
    default void taskFinished(TaskStatus status, TaskOutcome outcome) {
    }

    /**
     * @param upid the task
     * @param outcome {@link TaskOutcome#TIMEOUT} or {@link TaskOutcome#CANCELLED}
     */
    default void watchEnded(Upid upid, TaskOutcome outcome) {
    }
}
