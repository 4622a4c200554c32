package io.github.pvetasks.core;

import java.util.List;

/**
 * A task ended without success under its wait policy. Holds the final status and the last log
 * lines, so the reason is never lost.
 */
public class TaskFailedException extends PveException {

    private static final long serialVersionUID = 1L;

    private final transient TaskStatus status;
    private final transient List<TaskLogLine> logTail;

    /**
     * @param status the final status; must be stopped
     * @param logTail the last lines of the task log, may be empty
     */
    public TaskFailedException(TaskStatus status, List<TaskLogLine> logTail) {
        super(describe(status));
        this.status = status;
        this.logTail = List.copyOf(PveIdentifiers.requireNonNull(logTail, "log tail"));
    }

    private static String describe(TaskStatus status) {
        PveIdentifiers.requireNonNull(status, "task status");
        return "task " + status.upid() + " failed: " + status.exitStatus().map(ExitStatus::message).orElse("(still running)");
    }

    /** @return the final status */
    public TaskStatus status() {
        return status;
    }

    /** @return the last log lines, oldest first */
    public List<TaskLogLine> logTail() {
        return logTail;
    }
}
