package io.github.pvetasks.monitor;

import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;

import java.time.Instant;
import java.util.Optional;

/**
 * How and when one watch ended: with the task's final status (outcome ok, warning, error or
 * unknown), or with the reason there is none (timeout, failed, cancelled). Immutable.
 */
public final class WatchEnding {

    private final Upid upid;
    private final TaskOutcome outcome;
    private final TaskStatus finalStatus;
    private final Throwable failure;
    private final Instant endedAt;

    private WatchEnding(Upid upid, TaskOutcome outcome, TaskStatus finalStatus, Throwable failure, Instant endedAt) {
        this.upid = upid;
        this.outcome = outcome;
        this.finalStatus = finalStatus;
        this.failure = failure;
        this.endedAt = endedAt;
    }

    /**
     * @param status the task's final status (stopped, with an exit status)
     * @return the ending of a watch whose task finished, at the status's observation time
     * @throws IllegalArgumentException when the status has no exit status
     */
    public static WatchEnding finished(TaskStatus status) {
        Arguments.requireNonNull(status, "final status");
        TaskOutcome outcome = TaskOutcome.of(status.exitStatus().orElseThrow(
                () -> new IllegalArgumentException("a finished watch needs a stopped status, got " + status)));
        return new WatchEnding(status.upid(), outcome, status, null, status.observedAt());
    }

    /**
     * @param upid the task
     * @param outcome {@link TaskOutcome#TIMEOUT}, {@link TaskOutcome#FAILED} or {@link TaskOutcome#CANCELLED}
     * @param reason why there is no final status
     * @param at when the watch ended
     * @return the ending
     * @throws IllegalArgumentException for an outcome that carries a status
     */
    public static WatchEnding without(Upid upid, TaskOutcome outcome, Throwable reason, Instant at) {
        Arguments.requireNonNull(outcome, "outcome");
        if (outcome.isFinished()) {
            throw new IllegalArgumentException("outcome " + outcome + " needs a final status");
        }
        return new WatchEnding(Arguments.requireNonNull(upid, "upid"), outcome,
                null, Arguments.requireNonNull(reason, "reason"), Arguments.requireNonNull(at, "time"));
    }

    /** @return the task */
    public Upid upid() {
        return upid;
    }

    /** @return how the watch ended */
    public TaskOutcome outcome() {
        return outcome;
    }

    /** @return the task's final status, when it finished */
    public Optional<TaskStatus> finalStatus() {
        return Optional.ofNullable(finalStatus);
    }

    /** @return why there is no final status (timeout, failure, cancel), when there is none */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return when the watch ended (for a finished task: when its end was observed) */
    public Instant endedAt() {
        return endedAt;
    }

    @Override
    public String toString() {
        return "WatchEnding[" + upid + " " + outcome.tagValue()
                + (finalStatus != null ? " " + finalStatus.exitStatus().orElseThrow().raw() : " " + failure.getClass().getSimpleName()) + "]";
    }
}
