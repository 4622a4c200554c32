package io.github.pvetasks.core;

import java.time.Duration;
import java.util.Optional;

/** A wait ended at its deadline. Holds the last status seen, if any poll succeeded. */
public class TaskTimeoutException extends PveException {

    private static final long serialVersionUID = 1L;

    private final transient Upid upid;
    private final transient TaskStatus lastStatus;
    /** The wait's timeout. */
    private final Duration timeout;

    /**
     * A timeout before any status was read.
     *
     * @param upid the task waited for
     * @param timeout the timeout that passed
     */
    public TaskTimeoutException(Upid upid, Duration timeout) {
        this(upid, timeout, (TaskStatus) null, (Throwable) null);
    }

    /**
     * @param upid the task waited for
     * @param timeout the timeout that passed
     * @param lastStatus the last status seen
     */
    public TaskTimeoutException(Upid upid, Duration timeout, TaskStatus lastStatus) {
        this(upid, timeout, PveIdentifiers.requireNonNull(lastStatus, "last status"), (Throwable) null);
    }

    /**
     * @param upid the task waited for
     * @param timeout the timeout that passed
     * @param lastStatus the last status seen
     * @param lastFault the fault of the last poll, when polls were failing at the deadline
     */
    public TaskTimeoutException(Upid upid, Duration timeout, TaskStatus lastStatus, Exception lastFault) {
        this(upid, timeout, PveIdentifiers.requireNonNull(lastStatus, "last status"),
                (Throwable) PveIdentifiers.requireNonNull(lastFault, "last fault"));
    }

    /**
     * @param upid the task waited for
     * @param timeout the timeout that passed
     * @param lastFault the fault of the last poll; no status was ever read
     */
    public TaskTimeoutException(Upid upid, Duration timeout, Exception lastFault) {
        this(upid, timeout, (TaskStatus) null, (Throwable) PveIdentifiers.requireNonNull(lastFault, "last fault"));
    }

    private TaskTimeoutException(Upid upid, Duration timeout, TaskStatus lastStatus, Throwable cause) {
        super("task " + PveIdentifiers.requireNonNull(upid, "upid") + " did not finish within "
                + PveIdentifiers.requireNonNull(timeout, "timeout")
                + (lastStatus == null ? "; its status was never read"
                        : "; last seen " + lastStatus.state().name().toLowerCase(java.util.Locale.ROOT) + " at " + lastStatus.observedAt())
                + (cause == null ? "" : "; last fault: " + cause.getMessage()), cause);
        this.upid = upid;
        this.timeout = timeout;
        this.lastStatus = lastStatus;
    }

    /** @return the task */
    public Upid upid() {
        return upid;
    }

    /** @return the timeout that passed */
    public Duration timeout() {
        return timeout;
    }

    /** @return the last status seen */
    public Optional<TaskStatus> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }
}
