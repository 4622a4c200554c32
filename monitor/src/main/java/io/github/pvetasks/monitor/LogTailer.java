package io.github.pvetasks.monitor;

import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskLogPage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows one task's log: where to read next, which lines are new, and the last lines kept for
 * a failure's report. Only the loop thread uses it.
 *
 * <p>While the task runs, the last line of a page is provisional: the worker may still be
 * writing it, and the server returns the half-written text (the same line number comes back
 * longer on the next read). It is delivered once a later line exists, once the task has stopped,
 * or once reads have returned it unchanged for {@link #QUIET_LINE_AGE} (a complete line that stays
 * last while the task works on). So a growing line is delivered once, complete, and a quiet
 * task's last line is late by that age at most. Once the task has stopped the log is read to the
 * server's total before the watch ends.
 */
final class LogTailer {

    /** Lines asked per log request. */
    static final int PAGE_LINES = 500;
    /** Lines kept for {@link io.github.pvetasks.core.TaskFailedException}. */
    static final int TAIL_LINES = 20;
    /** How long a running task's last line must stay unchanged to count as whole. */
    static final java.time.Duration QUIET_LINE_AGE = java.time.Duration.ofSeconds(5);

    private long delivered;
    /** The last line of the previous read, withheld while it may still grow. */
    private TaskLogLine provisional;
    private long provisionalSinceNanos;
    private ArrayDeque<TaskLogLine> tail;

    /** @return the {@code start} offset of the next read: the line after the last one delivered */
    long nextStart() {
        return delivered;
    }

    /**
     * @param page a page read at {@link #nextStart()}
     * @param taskStopped whether the task was known to have stopped before the page was asked
     * @param nowNanos the monitor's time of the answer
     * @return the lines to deliver now, in order, none delivered before
     */
    List<TaskLogLine> accept(TaskLogPage page, boolean taskStopped, long nowNanos) {
        List<TaskLogLine> lines = page.lines();
        int usable = lines.size();
        if (!taskStopped && usable > 0 && lines.get(usable - 1).n() >= page.total()) {
            TaskLogLine last = lines.get(usable - 1);
            if (!last.equals(provisional)) {
                provisional = last;
                provisionalSinceNanos = nowNanos;
            }
            if (nowNanos - provisionalSinceNanos < QUIET_LINE_AGE.toNanos()) {
                usable--; // the last line of a running task may still grow
            }
        }
        List<TaskLogLine> fresh = new ArrayList<>();
        for (int i = 0; i < usable; i++) {
            TaskLogLine line = lines.get(i);
            if (line.n() > delivered) {
                fresh.add(line);
                delivered = line.n();
                keep(line);
            }
        }
        return fresh;
    }

    /**
     * @param lastPage the page just read of a stopped task
     * @param fresh what it delivered
     * @return true when nothing is left to read: the server's total is reached, or the page held nothing new
     */
    boolean drained(TaskLogPage lastPage, List<TaskLogLine> fresh) {
        return fresh.isEmpty() || delivered >= lastPage.total();
    }

    /** @return the last lines delivered, oldest first; empty when none was read */
    List<TaskLogLine> tail() {
        return tail == null ? List.of() : List.copyOf(tail);
    }

    private void keep(TaskLogLine line) {
        if (tail == null) {
            tail = new ArrayDeque<>(TAIL_LINES);
        }
        if (tail.size() == TAIL_LINES) {
            tail.removeFirst();
        }
        tail.addLast(line);
    }
}
