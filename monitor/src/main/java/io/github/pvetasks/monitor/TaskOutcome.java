package io.github.pvetasks.monitor;

import io.github.pvetasks.core.ExitStatus;

import java.util.Locale;

/** How a watch ended: the server's status class, or the monitor's own ending. */
public enum TaskOutcome {
    /** {@code OK}. */
    OK,
    /** {@code WARNINGS: n}. */
    WARNING,
    /** An error message. */
    ERROR,
    /** {@code unexpected status} or empty. */
    UNKNOWN,
    /** The wait's deadline passed first, and the task was still running (or could not be asked). */
    TIMEOUT,
    /**
     * Watching became impossible: authentication or permission failed, the server never knew the
     * task, or an answer could not be used under a policy that does not retry.
     */
    FAILED,
    /** Watching was cancelled, or the monitor closed. */
    CANCELLED;

    /**
     * @param status a final exit status
     * @return its outcome
     */
    public static TaskOutcome of(ExitStatus status) {
        switch (status.kind()) {
            case OK: return OK;
            case WARNING: return WARNING;
            case ERROR: return ERROR;
            default: return UNKNOWN;
        }
    }

    /** @return true for the outcomes that carry the task's final status (ok, warning, error, unknown) */
    public boolean isFinished() {
        return this == OK || this == WARNING || this == ERROR || this == UNKNOWN;
    }

    /** @return the lower-case name, for tags and logs */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
