package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskFailedException;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One watched task. {@link #result()} completes with the task's final status whatever its
 * outcome (an error is a normal result: look at the exit status, or use {@link #success()}),
 * exceptionally with {@link TaskTimeoutException} at the wait's deadline, with a
 * {@link java.util.concurrent.CancellationException} when watching was cancelled, or with the
 * failure that made watching impossible (authentication, permission, a task the server never
 * knew).
 *
 * <p>Listeners run on the monitor's listener thread, in order per task, after the state they
 * report; an exception thrown by one is logged and harms nobody. Log and progress listeners make
 * the monitor tail the task's log; the log is read to its end before the handle completes, unless
 * the log cannot be read before the deadline: then the handle still completes with the task's
 * known final status (an outcome is never lost to its log).
 */
public interface TaskHandle {

    /** @return the task */
    Upid upid();

    /** @return the wait policy */
    WaitPolicy policy();

    /** @return the final status, or the reason there is none */
    CompletableFuture<TaskStatus> result();

    /**
     * @return the final status if it is a success by the policy's warnings rule; otherwise fails
     *         with {@link TaskFailedException} carrying the exit message and the last log lines
     */
    CompletableFuture<TaskStatus> success();

    /**
     * Blocking twin of {@link #result()}.
     *
     * @return the final status
     */
    TaskStatus await();

    /**
     * Blocking twin of {@link #success()}.
     *
     * @return the final status, a success
     */
    TaskStatus awaitSuccess();

    /** @return the last status seen, if any */
    Optional<TaskStatus> lastStatus();

    /** @return the last progress read from the log, if any (needs a log or progress listener) */
    Optional<Progress> lastProgress();

    /**
     * @param listener called with each new status (running, then stopped)
     * @return this handle
     */
    TaskHandle onStatus(Consumer<TaskStatus> listener);

    /**
     * @param listener called with each new log line, in order, none lost
     * @return this handle
     */
    TaskHandle onLogLine(Consumer<TaskLogLine> listener);

    /**
     * @param listener called with each new progress value read from the log
     * @return this handle
     */
    TaskHandle onProgress(Consumer<Progress> listener);

    /**
     * Stops watching (the server task goes on); {@link #result()} completes as cancelled.
     *
     * @return false when the watch had already ended
     */
    boolean cancel();

    /**
     * Stops the task on the server (DELETE), then keeps watching until its true final status.
     *
     * @return {@link #result()}
     */
    CompletableFuture<TaskStatus> stopTask();

    /**
     * For an HA request ({@code hastart}, {@code hastop}, {@code hamigrate}): the handle of the
     * real task the HA manager starts, found in the node's task list by VM id and type after
     * the request started. Empty for other tasks.
     *
     * @return the follow-up's handle, once found; fails when none appears before the deadline
     */
    Optional<CompletableFuture<TaskHandle>> followUp();

    /**
     * For a PVE 9 bulk action ({@code bulk-start}, {@code bulk-shutdown}, {@code bulk-suspend},
     * {@code bulk-migrate}): the handles of the guests' own tasks found so far. The bulk worker
     * starts them on the guests' nodes and names no UPID; they are found in the cluster's task
     * list by type, user and start time, each watched with a handle of its own. Empty for other tasks.
     *
     * @return the children found so far
     */
    List<TaskHandle> children();

    /**
     * @param listener called with each child task's handle as it is found (bulk actions only)
     * @return this handle
     */
    TaskHandle onChild(Consumer<TaskHandle> listener);

    /**
     * @return every child's handle, once the bulk task has ended and a last search found the
     *         rest; each handle's result is that guest's outcome. Already complete (empty) for
     *         other tasks.
     */
    CompletableFuture<List<TaskHandle>> allChildren();
}
