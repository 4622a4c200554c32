package io.github.pvetasks.core;

/** Whether a task's worker process still runs. */
public enum TaskState {
    /** The worker process still runs. */
    RUNNING,
    /** The worker has ended; the exit status is final. */
    STOPPED
}
