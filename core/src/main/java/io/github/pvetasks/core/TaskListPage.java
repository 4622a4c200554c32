package io.github.pvetasks.core;

import java.util.List;

/**
 * One page of a node's task list.
 *
 * @param items the tasks, in the server's order (running first, then most recently archived)
 * @param total how many tasks passed the filters, counting those skipped by {@code start} and cut
 *        by {@code limit}; the server leaves it out when it is 0, which reads as 0 here
 */
public record TaskListPage(List<TaskInfo> items, long total) {

    /**
     * @param items the tasks (copied)
     * @param total the server's count of matching tasks
     * @throws IllegalArgumentException when items is null or total is negative
     */
    public TaskListPage {
        items = List.copyOf(PveIdentifiers.requireNonNull(items, "task list items"));
        if (total < 0) {
            throw new IllegalArgumentException("task list total must not be negative, got " + total);
        }
    }
}
