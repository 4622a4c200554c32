package io.github.pvetasks.core;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of {@code GET /nodes/{node}/tasks/{upid}/status}: whether the task runs and, once it
 * stopped, its exit status. The server reports no end time and no progress here; progress comes
 * from the task log (see {@link ProgressParsers}).
 *
 * <p>Immutable.
 */
public final class TaskStatus {

    private final Upid upid;
    private final TaskState state;
    private final ExitStatus exitStatus;
    private final String user;
    private final String tokenId;
    private final Instant observedAt;

    private TaskStatus(Upid upid, TaskState state, ExitStatus exitStatus, String user, String tokenId, Instant observedAt) {
        this.upid = upid;
        this.state = state;
        this.exitStatus = exitStatus;
        this.user = user;
        this.tokenId = tokenId;
        this.observedAt = observedAt;
    }

    /**
     * A running task, started by the UPID's user.
     *
     * @param upid the task
     * @param observedAt when the status was read
     * @return the snapshot
     */
    public static TaskStatus running(Upid upid, Instant observedAt) {
        return builder(upid, TaskState.RUNNING, observedAt).build();
    }

    /**
     * A stopped task, started by the UPID's user.
     *
     * @param upid the task
     * @param exitStatus its final exit status
     * @param observedAt when the status was read
     * @return the snapshot
     */
    public static TaskStatus stopped(Upid upid, ExitStatus exitStatus, Instant observedAt) {
        return builder(upid, TaskState.STOPPED, observedAt).exitStatus(exitStatus).build();
    }

    /**
     * @param upid the task
     * @param state running or stopped
     * @param observedAt when the status was read
     * @return a builder; the user and token default to the UPID's
     */
    public static Builder builder(Upid upid, TaskState state, Instant observedAt) {
        return new Builder(PveIdentifiers.requireNonNull(upid, "upid"), PveIdentifiers.requireNonNull(state, "state"),
                PveIdentifiers.requireNonNull(observedAt, "observation time"));
    }

    /** Builds a {@link TaskStatus}. */
    public static final class Builder {
        private final Upid upid;
        private final TaskState state;
        private final Instant observedAt;
        private ExitStatus exitStatus;
        private String user;
        private String tokenId;

        private Builder(Upid upid, TaskState state, Instant observedAt) {
            this.upid = upid;
            this.state = state;
            this.observedAt = observedAt;
            this.user = upid.userWithoutToken();
            this.tokenId = upid.tokenId().orElse(null);
        }

        /**
         * @param exitStatus the exit status; required exactly when stopped
         * @return this builder
         */
        public Builder exitStatus(ExitStatus exitStatus) {
            this.exitStatus = PveIdentifiers.requireNonNull(exitStatus, "exit status");
            return this;
        }

        /**
         * @param user the user as the server reports it ({@code user@realm})
         * @return this builder
         */
        public Builder user(String user) {
            this.user = PveIdentifiers.requireNonNull(user, "user");
            return this;
        }

        /**
         * @param tokenId the API token name
         * @return this builder
         */
        public Builder tokenId(String tokenId) {
            this.tokenId = PveIdentifiers.requireNonNull(tokenId, "token id");
            return this;
        }

        /**
         * @return the snapshot
         * @throws IllegalArgumentException when the exit status does not fit the state
         */
        public TaskStatus build() {
            if (state == TaskState.RUNNING && exitStatus != null) {
                throw new IllegalArgumentException("a running task has no exit status, got '" + exitStatus + "'");
            }
            if (state == TaskState.STOPPED && exitStatus == null) {
                throw new IllegalArgumentException("a stopped task needs an exit status");
            }
            return new TaskStatus(upid, state, exitStatus, user, tokenId, observedAt);
        }
    }

    /** @return the task */
    public Upid upid() {
        return upid;
    }

    /** @return running or stopped */
    public TaskState state() {
        return state;
    }

    /** @return true while the worker runs */
    public boolean isRunning() {
        return state == TaskState.RUNNING;
    }

    /** @return true once the worker has ended */
    public boolean isStopped() {
        return state == TaskState.STOPPED;
    }

    /** @return the exit status; present exactly when the task has stopped */
    public Optional<ExitStatus> exitStatus() {
        return Optional.ofNullable(exitStatus);
    }

    /** @return the user as the server reports it, without any token part */
    public String user() {
        return user;
    }

    /** @return the API token name when a token started the task */
    public Optional<String> tokenId() {
        return Optional.ofNullable(tokenId);
    }

    /** @return when the task started (from the UPID) */
    public Instant startTime() {
        return upid.startTime();
    }

    /** @return when this snapshot was read */
    public Instant observedAt() {
        return observedAt;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskStatus)) {
            return false;
        }
        TaskStatus t = (TaskStatus) o;
        return upid.equals(t.upid) && state == t.state && exitStatus().equals(t.exitStatus())
                && user.equals(t.user) && tokenId().equals(t.tokenId()) && observedAt.equals(t.observedAt);
    }

    @Override
    public int hashCode() {
        return upid.hashCode() * 31 + state.hashCode();
    }

    @Override
    public String toString() {
        return "TaskStatus[" + upid + " " + state.name().toLowerCase(java.util.Locale.ROOT)
                + (exitStatus == null ? "" : " '" + exitStatus + "'") + "]";
    }
}
