package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskLogPage;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How the monitor reads one product's tasks on one server. The monitor's parts (scheduling, the
 * request budget, reconciling, tailing, endings) are the same for every product; only this port
 * knows which requests a product answers and how. Each method starts one request and never
 * throws: a failure arrives through the future.
 */
public interface TaskBackend {

    /** @return the product's short name, for events and meters ({@code pve}) */
    String product();

    /** @return which server this backend reads, unique in one monitor ({@code pve}, {@code pbs}, {@code pve#2}) */
    String server();

    /**
     * One request that answers for every watched task on a node: running ones, and those that
     * finished since {@code since}, with their exit status.
     *
     * @param node the node
     * @param since the start time of the oldest task asked about
     * @param limit how many items to ask for at most
     * @return the items
     */
    CompletableFuture<List<TaskInfo>> tasksSince(String node, Instant since, int limit);

    /**
     * The tasks of one guest started since a time (to find the task an HA request leads to).
     *
     * @param node the node
     * @param guestId the guest's id as the UPID holds it
     * @param since the earliest start time
     * @return the items
     */
    CompletableFuture<List<TaskInfo>> guestTasksSince(String node, String guestId, Instant since);

    /** @return the recent tasks of every node, as the cluster's broadcasts hold them (to find a bulk task's children) */
    CompletableFuture<List<TaskInfo>> clusterTasks();

    /** @return the task's status */
    CompletableFuture<TaskStatus> status(Upid upid);

    /** @return one page of the task's log, from the offset {@code start} */
    CompletableFuture<TaskLogPage> log(Upid upid, long start, int limit);

    /** @return the task's status after asking the server to stop it */
    CompletableFuture<TaskStatus> stop(Upid upid);
}
