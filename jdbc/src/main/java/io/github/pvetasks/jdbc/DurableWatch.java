package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskOutcome;

import java.time.Instant;
import java.util.Optional;

/**
 * One durable watch as the database holds it, read at one moment: the task, the server it is
 * read from, the handler its ending goes to with its payload, its deadline, and where it is in
 * its life: {@link State#ACTIVE} (watched), {@link State#ENDED} (its ending recorded, not yet
 * delivered) or {@link State#DELIVERED}. Immutable.
 */
public final class DurableWatch {

    /** Where a watch is in its life; it only ever moves forward. */
    public enum State {
        /** Its task is watched. */
        ACTIVE,
        /** Its ending is recorded; its handler has not yet committed it. */
        ENDED,
        /** Its handler ran and committed, once. */
        DELIVERED
    }

    private final Upid upid;
    private final String server;
    private final String handler;
    private final String payload;
    private final WaitPolicy policy;
    private final Instant recordedAt;
    private final Instant deadline;
    private final State state;
    private final long version;
    private final TaskOutcome outcome;
    private final String exitStatus;
    private final Instant endedAt;
    private final String failure;
    private final int deliveryAttempts;
    private final Instant nextDeliveryAt;

    DurableWatch(Upid upid, String server, String handler, String payload, WaitPolicy policy, Instant recordedAt,
                 Instant deadline, State state, long version, TaskOutcome outcome, String exitStatus, Instant endedAt,
                 String failure, int deliveryAttempts, Instant nextDeliveryAt) {
        this.upid = upid;
        this.server = server;
        this.handler = handler;
        this.payload = payload;
        this.policy = policy;
        this.recordedAt = recordedAt;
        this.deadline = deadline;
        this.state = state;
        this.version = version;
        this.outcome = outcome;
        this.exitStatus = exitStatus;
        this.endedAt = endedAt;
        this.failure = failure;
        this.deliveryAttempts = deliveryAttempts;
        this.nextDeliveryAt = nextDeliveryAt;
    }

    /** @return the task */
    public Upid upid() {
        return upid;
    }

    /** @return the name of the server its task is read from */
    public String server() {
        return server;
    }

    /** @return the name of the handler its ending goes to */
    public String handler() {
        return handler;
    }

    /** @return the payload its handler receives; empty if none */
    public String payload() {
        return payload;
    }

    /** @return the wait policy it was recorded with (its backoff as stored: see the module's guide) */
    public WaitPolicy policy() {
        return policy;
    }

    /** @return when it was recorded */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** @return when it times out if its task is still running: recorded time plus the policy's timeout */
    public Instant deadline() {
        return deadline;
    }

    /** @return where it is in its life */
    public State state() {
        return state;
    }

    /** @return how it ended, once it has */
    public Optional<TaskOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** @return the task's exit status, when the watch ended with one (a finish, or a timeout after the task stopped) */
    public Optional<ExitStatus> exitStatus() {
        return Optional.ofNullable(exitStatus).map(s -> ExitStatus.parse(s, upid.product()));
    }

    /** @return when the ending was observed, once it has been */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** @return why watching failed or timed out, when it did */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return how many deliveries of its ending failed (a handler that threw, or a rolled back transaction) */
    public int deliveryAttempts() {
        return deliveryAttempts;
    }

    /** @return this watch as recorded ended: the row a won compare-and-set leaves */
    DurableWatch ended(TaskOutcome how, String exit, String why, Instant at) {
        return new DurableWatch(upid, server, handler, payload, policy, recordedAt, deadline, State.ENDED, version + 1, how, exit, at,
                why, 0, at);
    }

    long version() {
        return version;
    }

    String exitStatusText() {
        return exitStatus;
    }

    Instant nextDeliveryAt() {
        return nextDeliveryAt;
    }

    @Override
    public String toString() {
        return "DurableWatch[" + upid + " " + state.name().toLowerCase(java.util.Locale.ROOT) + " server=" + server
                + " handler=" + handler + (outcome != null ? " outcome=" + outcome.tagValue() : "") + "]";
    }
}
