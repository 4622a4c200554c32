package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.TaskApi;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskSource;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Proxmox VE tasks through a {@link TaskApi}. The node list is asked with {@code source=all} and
 * {@code since}: its active part says what runs, its archive part carries the exit status the
 * server read from each finished task's log, so one request answers for running and finished
 * tasks alike.
 */
final class PveTaskBackend extends ClientTaskBackend {

    /** Items asked for a follow-up search (the guest's tasks since the request started). */
    static final int FOLLOW_UP_LIST_LIMIT = 50;

    PveTaskBackend(TaskApi tasks, String server) {
        super(tasks, Product.PVE, server);
    }

    @Override
    public CompletableFuture<List<TaskInfo>> tasksSince(String node, Instant since, int limit) {
        TaskQuery q = TaskQuery.builder().source(TaskSource.ALL).since(since).limit(limit).build();
        return call(() -> tasks.listAsync(node, q)).thenApply(TaskListPage::items);
    }

    @Override
    public CompletableFuture<List<TaskInfo>> guestTasksSince(String node, String guestId, Instant since) {
        TaskQuery.Builder q = TaskQuery.builder().source(TaskSource.ALL).since(since).limit(FOLLOW_UP_LIST_LIMIT);
        if (guestId.matches("[1-9][0-9]{2,8}")) {
            q.vmid(Long.parseLong(guestId));
        }
        return call(() -> tasks.listAsync(node, q.build())).thenApply(TaskListPage::items);
    }

    @Override
    public CompletableFuture<List<TaskInfo>> clusterTasks() {
        return call(tasks::clusterTasksAsync);
    }
}
