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
    /** The wait's deadline passed first. */
    TIMEOUT,
    /** Watching was cancelled (or the monitor closed). */
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

    /** @return the lower-case name, for tags and logs */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
