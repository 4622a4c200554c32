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
    private final boolean running;

    private TaskInfo(Upid upid, String node, String user, String tokenId, Instant endTime,
            ExitStatus exitStatus, boolean running) {
        this.upid = upid;
        this.node = node;
        this.user = user;
        this.tokenId = tokenId;
        this.endTime = endTime;
        this.exitStatus = exitStatus;
        this.running = running;
    }

    /**
     * A running list item.
     *
     * @param upid the task
     * @param node the node the server names for the item
     * @param user the user the server reports
     * @param tokenId the token name, if the server reported one
     * @return the item
     */
    public static TaskInfo running(Upid upid, String node, String user, Optional<String> tokenId) {
        check(upid, node, user, tokenId);
        return new TaskInfo(upid, node, user, tokenId.orElse(null), null, null, true);
    }

    /**
     * A finished list item.
     *
     * @param upid the task
     * @param node the node the server names for the item
     * @param user the user the server reports
     * @param tokenId the token name, if the server reported one
     * @param endTime when the server archived the task as ended, if it said
     * @param exitStatus the final exit status
     * @return the item
     */
    public static TaskInfo finished(Upid upid, String node, String user, Optional<String> tokenId,
            Optional<Instant> endTime, ExitStatus exitStatus) {
        check(upid, node, user, tokenId);
        PveIdentifiers.requireNonNull(endTime, "end time");
        PveIdentifiers.requireNonNull(exitStatus, "exit status");
        return new TaskInfo(upid, node, user, tokenId.orElse(null), endTime.orElse(null), exitStatus, false);
    }

    private static void check(Upid upid, String node, String user, Optional<String> tokenId) {
        PveIdentifiers.requireNonNull(upid, "upid");
        PveIdentifiers.requireNonNull(node, "node");
        PveIdentifiers.requireNonNull(user, "user");
        PveIdentifiers.requireNonNull(tokenId, "token id");
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
        return running;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskInfo)) {
            return false;
        }
        TaskInfo t = (TaskInfo) o;
        return upid.equals(t.upid) && node.equals(t.node) && user.equals(t.user) && running == t.running
                && tokenId().equals(t.tokenId()) && endTime().equals(t.endTime()) && exitStatus().equals(t.exitStatus());
    }

    @Override
    public int hashCode() {
        return upid.hashCode();
    }

    @Override
    public String toString() {
        return "TaskInfo[" + upid + (running ? " running" : " '" + exitStatus + "'") + "]";
    }
}
