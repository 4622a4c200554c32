package io.github.pvetasks.core;

/**
 * A call that should have started a task got an answer without a UPID (for example {@code null}
 * or {@code "OK"}). Calls that may legitimately start nothing, such as vzdump, return a
 * {@link TaskStart} instead of throwing this.
 */
public class NoTaskStartedException extends PveException {

    private static final long serialVersionUID = 1L;

    /** What the server answered instead of a UPID. */
    private final String answer;

    /**
     * @param request the request, as {@code METHOD /path}
     * @param answer the server's {@code data}, as JSON text
     */
    public NoTaskStartedException(String request, String answer) {
        super(request + ": no task was started (the server answered " + answer + " instead of a UPID)");
        this.answer = answer;
    }

    /** @return the server's {@code data}, as JSON text (such as {@code null} or {@code "OK"}) */
    public String answer() {
        return answer;
    }
}
