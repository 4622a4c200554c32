package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveAuthenticationException;
import io.github.pvetasks.core.WaitPolicy;

import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * Which failures end a watch and how long to wait after the others. Every number the monitor
 * waits by lives here, with its reason.
 */
public final class FaultPolicy {

    /** First pause of a node after a failed list; doubles per failure in a row. */
    public static final Duration NODE_BACKOFF_BASE = Duration.ofMillis(250);
    /** Longest pause of a node, so that a node back up is seen within this time. */
    public static final Duration NODE_BACKOFF_MAX = Duration.ofSeconds(30);
    /** First pause before asking a task's status again after a transient failure. */
    public static final Duration STATUS_RETRY_BASE = Duration.ofMillis(250);
    /** Status retries back off linearly up to this many base pauses. */
    static final int STATUS_RETRY_MAX_STEPS = 16;
    /** How often "no such task" is asked again within the grace period (the task file may not exist yet). */
    public static final Duration NO_SUCH_TASK_RETRY = Duration.ofMillis(500);
    /**
     * At a watch's deadline its status is asked once more before it times out, so that a task
     * that has stopped is never reported as a timeout; transient failures of that check are
     * retried for this long at most (the bound on how late a timeout may be reported).
     */
    public static final Duration FINAL_CHECK_GRACE = Duration.ofSeconds(5);
    /** Pause between tries of the final check. */
    public static final Duration FINAL_CHECK_RETRY = Duration.ofMillis(500);

    /**
     * How often, per node, one running task is confirmed by status: a node's list may show a task
     * running after it ended (see the monitor's list poll for why).
     */
    public static final Duration CONFIRM_INTERVAL = Duration.ofSeconds(5);

    private FaultPolicy() {
    }

    /** @return true for failures that no retry can cure: authentication and permission */
    public static boolean isFatal(Throwable failure) {
        Throwable f = unwrap(failure);
        return f instanceof PveAuthenticationException
                || f instanceof PveApiException && ((PveApiException) f).status() == 403;
    }

    /** @return true when the failure ends a watch under this policy */
    public static boolean endsWatch(Throwable failure, WaitPolicy policy) {
        return isFatal(failure) || !policy.retryTransientErrors();
    }

    /** @return true for the server's 400 "no such task" (a task file that does not exist, or not yet) */
    public static boolean isNoSuchTask(Throwable failure) {
        Throwable f = unwrap(failure);
        return f instanceof PveApiException && ((PveApiException) f).isNoSuchTask();
    }

    /** @return the pause of a node after this many failed lists in a row */
    public static Duration nodeBackoff(int failuresInARow) {
        long base = NODE_BACKOFF_BASE.toNanos() << Math.min(Math.max(failuresInARow, 1) - 1, 20);
        return Duration.ofNanos(Math.min(NODE_BACKOFF_MAX.toNanos(), base));
    }

    /** @return the pause before the next status try after this many tries */
    public static Duration statusRetry(int attempt) {
        return STATUS_RETRY_BASE.multipliedBy(Math.min(STATUS_RETRY_MAX_STEPS, 1 + Math.max(0, attempt)));
    }

    /** @return the cause a {@link CompletionException} wraps, or the failure itself */
    public static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
