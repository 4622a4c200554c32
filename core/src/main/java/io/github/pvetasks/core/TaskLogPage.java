package io.github.pvetasks.core;

import java.util.List;

/**
 * One page of a task log ({@code GET .../log?start=S&limit=L}).
 *
 * <p>The server answers an empty log file with the single placeholder line {@code "no content"}
 * and {@code total: 1}; such a page is decoded as an empty page with total 0, so that a reader
 * who resumes at {@link #nextStart()} does not skip the real first line when it arrives.
 *
 * @param lines the lines, sorted by line number
 * @param total how many lines the log file had when the server read it
 */
public record TaskLogPage(List<TaskLogLine> lines, long total) {

    /**
     * @param lines the lines (copied and kept in the given order)
     * @param total the server's line count
     * @throws IllegalArgumentException when lines is null or total is negative
     */
    public TaskLogPage {
        lines = List.copyOf(PveIdentifiers.requireNonNull(lines, "log lines"));
        if (total < 0) {
            throw new IllegalArgumentException("log total must not be negative, got " + total);
        }
    }

    /** @return an empty page of an empty log */
    public static TaskLogPage empty() {
        return new TaskLogPage(List.of(), 0);
    }

    /** @return the {@code start} offset that asks for the lines after this page */
    public long nextStart() {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).n();
    }

    /** @return true when the page holds no line */
    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
