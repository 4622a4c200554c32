package io.github.pvetasks.core;

/**
 * One line of a task log.
 *
 * @param n the 1-based line number the server gives
 * @param text the line, without its newline
 */
public record TaskLogLine(long n, String text) {

    /**
     * @param n the 1-based line number
     * @param text the line
     * @throws IllegalArgumentException when {@code n < 1} or the text is null
     */
    public TaskLogLine {
        if (n < 1) {
            throw new IllegalArgumentException("log line number must be 1 or more, got " + n);
        }
        PveIdentifiers.requireNonNull(text, "log line text");
    }
}
