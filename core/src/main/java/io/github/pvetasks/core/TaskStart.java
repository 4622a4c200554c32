package io.github.pvetasks.core;

import java.util.Optional;

/**
 * The answer to a call that may or may not start a task. Most task-starting calls always answer
 * with a UPID; a few legitimately do not: vzdump answers {@code "OK"} when none of the selected
 * guests is on the node, and an async VM config change answers {@code null} when it finished
 * within its {@code background_delay}.
 */
public final class TaskStart {

    private final Upid upid;
    private final String answer;
    private final String request;

    private TaskStart(Upid upid, String answer, String request) {
        this.upid = upid;
        this.answer = answer;
        this.request = request;
    }

    /**
     * @param upid the started task
     * @return a start that started a task
     */
    public static TaskStart started(Upid upid) {
        PveIdentifiers.requireNonNull(upid, "upid");
        return new TaskStart(upid, '"' + upid.toString() + '"', "");
    }

    /**
     * @param request the request, as {@code METHOD /path}
     * @param answer the server's {@code data} as JSON text, such as {@code "OK"} or {@code null}
     * @return a start that started nothing
     */
    public static TaskStart notStarted(String request, String answer) {
        return new TaskStart(null, PveIdentifiers.requireNonNull(answer, "answer"),
                PveIdentifiers.requireNonNull(request, "request"));
    }

    /** @return true when the server started a task */
    public boolean isStarted() {
        return upid != null;
    }

    /** @return the started task's UPID */
    public Optional<Upid> upid() {
        return Optional.ofNullable(upid);
    }

    /**
     * @return the started task's UPID
     * @throws NoTaskStartedException when no task was started, with the server's answer
     */
    public Upid orElseThrow() {
        if (upid == null) {
            throw new NoTaskStartedException(request, answer);
        }
        return upid;
    }

    /** @return the server's {@code data} as JSON text */
    public String answer() {
        return answer;
    }

    @Override
    public String toString() {
        return upid != null ? "TaskStart[" + upid + "]" : "TaskStart[no task: " + answer + "]";
    }
}
