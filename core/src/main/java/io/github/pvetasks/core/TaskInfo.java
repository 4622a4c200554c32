package io.github.pvetasks.core;

import java.time.Instant;
import java.util.Optional;

/**
 * One item of a task list ({@code GET /nodes/{node}/tasks} or {@code GET /cluster/tasks}).
 *
 * <p>Running items have no end time and no exit status (the node list marks them
 * {@code status: "RUNNING"}, the cluster list only carries a {@code pid}). Finished items carry
 * both. Immutable.
 */
public final class TaskInfo {

    private final Upid upid;
    private final String node;
    private final String user;
    private final String tokenId;
    private final Instant endTime;
    private final ExitStatus exitStatus;

    private TaskInfo(Upid upid, String node, String user, String tokenId, Instant endTime, ExitStatus exitStatus) {
        this.upid = upid;
        this.node = node;
        this.user = user;
        this.tokenId = tokenId;
        this.endTime = endTime;
        this.exitStatus = exitStatus;
    }

    /**
     * @param upid the task
     * @return a builder for a running item; node and user default to the UPID's
     */
    public static Builder builder(Upid upid) {
        return new Builder(PveIdentifiers.requireNonNull(upid, "upid"));
    }

    /** Builds a {@link TaskInfo}. */
    public static final class Builder {
        private final Upid upid;
        private String node;
        private String user;
        private String tokenId;
        private Instant endTime;
        private ExitStatus exitStatus;

        private Builder(Upid upid) {
            this.upid = upid;
            this.node = upid.node();
            this.user = upid.user();
        }

        /**
         * @param node the node the list names for the task
         * @return this builder
         */
        public Builder node(String node) {
            this.node = PveIdentifiers.requireNonNull(node, "node");
            return this;
        }

        /**
         * @param user the user the list reports
         * @return this builder
         */
        public Builder user(String user) {
            this.user = PveIdentifiers.requireNonNull(user, "user");
            return this;
        }

        /**
         * @param tokenId the token name the list reports
         * @return this builder
         */
        public Builder tokenId(String tokenId) {
            this.tokenId = PveIdentifiers.requireNonNull(tokenId, "token id");
            return this;
        }

        /**
         * Marks the item finished.
         *
         * @param exitStatus the final exit status
         * @return this builder
         */
        public Builder finished(ExitStatus exitStatus) {
            this.exitStatus = PveIdentifiers.requireNonNull(exitStatus, "exit status");
            return this;
        }

        /**
         * @param endTime when the server recorded the end (finished items only)
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = PveIdentifiers.requireNonNull(endTime, "end time");
            return this;
        }

        /**
         * @return the item: finished when an exit status was given, otherwise running
         * @throws IllegalArgumentException when an end time is given for a running item
         */
        public TaskInfo build() {
            if (exitStatus == null && endTime != null) {
                throw new IllegalArgumentException("a running task has no end time, got " + endTime);
            }
            return new TaskInfo(upid, node, user, tokenId, endTime, exitStatus);
        }
    }

    /** @return the task */
    public Upid upid() {
        return upid;
    }

    /** @return the node the list names for this task */
    public String node() {
        return node;
    }

    /** @return the task type (from the UPID) */
    public String type() {
        return upid.type();
    }

    /** @return the worker id (from the UPID), possibly empty */
    public String id() {
        return upid.id();
    }

    /** @return the user as the list reports it (archived token tasks: without the token part) */
    public String user() {
        return user;
    }

    /** @return the token name, when the list reports one */
    public Optional<String> tokenId() {
        return Optional.ofNullable(tokenId);
    }

    /** @return when the task started */
    public Instant startTime() {
        return upid.startTime();
    }

    /** @return when the server recorded the end; empty while running */
    public Optional<Instant> endTime() {
        return Optional.ofNullable(endTime);
    }

    /** @return the final exit status; empty while running */
    public Optional<ExitStatus> exitStatus() {
        return Optional.ofNullable(exitStatus);
    }

    /** @return true while the task runs */
    public boolean isRunning() {
        return exitStatus == null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskInfo)) {
            return false;
        }
        TaskInfo t = (TaskInfo) o;
        return upid.equals(t.upid) && node.equals(t.node) && user.equals(t.user)
                && tokenId().equals(t.tokenId()) && endTime().equals(t.endTime()) && exitStatus().equals(t.exitStatus());
    }

    @Override
    public int hashCode() {
        return upid.hashCode();
    }

    @Override
    public String toString() {
        return "TaskInfo[" + upid + (isRunning() ? " running" : " '" + exitStatus + "'") + "]";
    }
}
