package io.github.pvetasks.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One-shot calls of the Proxmox VE task API. Each call has an async form returning a
 * {@link CompletableFuture} (which always completes: with the result, or with a
 * {@link PveException}) and a blocking twin that returns the result or throws that exception.
 *
 * <p>Reads are addressed to the node named in the UPID. Nothing here retries on its own: a
 * task-starting call is never sent twice, and reads fail fast so that callers (such as the
 * monitor) decide how to retry. The only automatic repeat is one transparent re-login after a
 * 401 with password credentials, which the server rejected before running anything.
 */
public interface TaskApi {

    /**
     * {@code GET /nodes/{node}/tasks/{upid}/status}.
     *
     * @param upid the task
     * @return running, or stopped with the server's exit status
     */
    CompletableFuture<TaskStatus> statusAsync(Upid upid);

    /**
     * Blocking twin of {@link #statusAsync(Upid)}.
     *
     * @param upid the task
     * @return the status
     */
    TaskStatus status(Upid upid);

    /**
     * {@code GET /nodes/{node}/tasks/{upid}/log?start=S&limit=L}: one page of the log.
     *
     * @param upid the task
     * @param start the 0-based offset of the first line (the line numbered {@code start + 1})
     * @param limit the most lines to return, at least 1
     * @return the page; an empty log is an empty page with total 0
     */
    CompletableFuture<TaskLogPage> logAsync(Upid upid, long start, long limit);

    /**
     * Blocking twin of {@link #logAsync(Upid, long, long)}.
     *
     * @param upid the task
     * @param start the 0-based offset
     * @param limit the most lines
     * @return the page
     */
    TaskLogPage log(Upid upid, long start, long limit);

    /**
     * The whole log, read in pages until the last line the server counted (the server's default
     * page is only 50 lines).
     *
     * @param upid the task
     * @return every line, in order
     */
    CompletableFuture<List<TaskLogLine>> fullLogAsync(Upid upid);

    /**
     * Blocking twin of {@link #fullLogAsync(Upid)}.
     *
     * @param upid the task
     * @return every line, in order
     */
    List<TaskLogLine> fullLog(Upid upid);

    /**
     * {@code GET /nodes/{node}/tasks} with every filter the server has.
     *
     * @param node the node whose list to read
     * @param query the filters
     * @return one page of the list with the server's total
     */
    CompletableFuture<TaskListPage> listAsync(String node, TaskQuery query);

    /**
     * Blocking twin of {@link #listAsync(String, TaskQuery)}.
     *
     * @param node the node
     * @param query the filters
     * @return the page
     */
    TaskListPage list(String node, TaskQuery query);

    /**
     * {@code GET /cluster/tasks}: per node, the running tasks and the newest finished ones
     * (25 at most per node, up to ~10 s old).
     *
     * @return the tasks of every node
     */
    CompletableFuture<List<TaskInfo>> clusterTasksAsync();

    /**
     * Blocking twin of {@link #clusterTasksAsync()}.
     *
     * @return the tasks of every node
     */
    List<TaskInfo> clusterTasks();

    /**
     * {@code DELETE /nodes/{node}/tasks/{upid}}, then the task's status. The server's stop call
     * returns only once the worker is gone (SIGTERM, then SIGKILL after ~5 s), so the status read
     * right after it is normally the final one. Stopping a task that already ended changes nothing.
     *
     * @param upid the task
     * @return the status read after the stop
     */
    CompletableFuture<TaskStatus> stopAsync(Upid upid);

    /**
     * Blocking twin of {@link #stopAsync(Upid)}.
     *
     * @param upid the task
     * @return the status read after the stop
     */
    TaskStatus stop(Upid upid);

    /**
     * Sends a task-starting request that must start a task.
     *
     * @param request the request, from {@link TaskRequests} or {@link TaskRequest#of}
     * @return the new task's UPID; the future fails with {@link NoTaskStartedException} when the
     *         server answered without one
     */
    CompletableFuture<Upid> startAsync(TaskRequest request);

    /**
     * Blocking twin of {@link #startAsync(TaskRequest)}.
     *
     * @param request the request
     * @return the new task's UPID
     */
    Upid start(TaskRequest request);

    /**
     * Sends a request that may or may not start a task (vzdump's {@code "OK"}, an async config
     * change's {@code null}).
     *
     * @param request the request
     * @return what happened
     */
    CompletableFuture<TaskStart> submitAsync(TaskRequest request);

    /**
     * Blocking twin of {@link #submitAsync(TaskRequest)}.
     *
     * @param request the request
     * @return what happened
     */
    TaskStart submit(TaskRequest request);
}
