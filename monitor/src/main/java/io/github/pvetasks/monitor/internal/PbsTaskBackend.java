package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.TaskApi;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskQuery;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Proxmox Backup Server tasks through a PBS client's {@link TaskApi}. PBS is one node; its list
 * holds running tasks (first, with no status) and finished ones by default, so {@code since}
 * alone answers for every watch, and a finished task leaves the running part at once (no archive
 * lag). PBS has no HA requests and no bulk actions, so those searches find nothing.
 */
final class PbsTaskBackend extends ClientTaskBackend {

    PbsTaskBackend(TaskApi tasks, String server) {
        super(tasks, Product.PBS, server);
    }

    @Override
    public CompletableFuture<List<TaskInfo>> tasksSince(String node, Instant since, int limit) {
        TaskQuery q = TaskQuery.builder().since(since).limit(limit).build();
        return call(() -> tasks.listAsync(node, q)).thenApply(TaskListPage::items);
    }

    @Override
    public CompletableFuture<List<TaskInfo>> guestTasksSince(String node, String guestId, Instant since) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<List<TaskInfo>> clusterTasks() {
        return CompletableFuture.completedFuture(List.of());
    }
}
