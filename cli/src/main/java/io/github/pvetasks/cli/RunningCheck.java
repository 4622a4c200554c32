package io.github.pvetasks.cli;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Asks the status of tasks a list shows as running. A node's list says "running" for a task
 * whose daemon restarted until the list is next archived (never, while pvestatd hangs), while the
 * task's own status already says stopped. One status request per such task, bounded.
 */
final class RunningCheck {

    /** Checked without being asked when the list shows at most this many running tasks. */
    static final int AUTO_LIMIT = 10;
    /** Never more status requests than this for one list. */
    static final int MAX_CHECKED = 50;

    private RunningCheck() {
    }

    /**
     * @param client the client
     * @param items the list
     * @param asked true: check (up to {@link #MAX_CHECKED}); false: never; null: when at most {@link #AUTO_LIMIT}
     * @return each checked task's status by UPID; a task whose status could not be read is left out
     */
    static Map<String, TaskStatus> check(PveClient client, List<TaskInfo> items, Boolean asked) {
        List<TaskInfo> running = new ArrayList<>();
        items.stream().filter(TaskInfo::isRunning).forEach(running::add);
        boolean check = asked != null ? asked : running.size() <= AUTO_LIMIT;
        Map<String, TaskStatus> result = new LinkedHashMap<>();
        if (!check || running.isEmpty()) {
            return result;
        }
        Map<String, CompletableFuture<TaskStatus>> pending = new LinkedHashMap<>();
        for (TaskInfo t : running.subList(0, Math.min(MAX_CHECKED, running.size()))) {
            pending.put(t.upid().toString(), client.tasks().statusAsync(t.upid()));
        }
        pending.forEach((upid, f) -> {
            try {
                result.put(upid, f.join());
            } catch (RuntimeException e) {
                // the list's word stands for this one (no permission, or a node that does not answer)
            }
        });
        return result;
    }
}
