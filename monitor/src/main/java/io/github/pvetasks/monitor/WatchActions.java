package io.github.pvetasks.monitor;

import io.github.pvetasks.core.TaskLogLine;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/** What a user asks of one watch, run on the monitor's thread: stop its task, read its log's tail. */
final class WatchActions {

    private final MonitorCore core;
    private final SchedulerLoop loop;
    private final Requests requests;
    private final LogFollow logs;

    WatchActions(MonitorCore core, SchedulerLoop loop, Requests requests, LogFollow logs) {
        this.core = core;
        this.loop = loop;
        this.requests = requests;
        this.logs = logs;
    }

    /** Asks the server to stop the task; the watch goes on to the task's true final status. */
    void stop(Watch w) {
        loop.execute(() -> {
            if (w.isEnded()) {
                return;
            }
            requests.send(w.node, TaskMonitorListener.Endpoint.STOP, () -> w.node.backend.stop(w.upid), (s, failure) -> {
                if (w.isEnded()) {
                    return;
                }
                if (failure != null) {
                    core.fault(w, failure);
                } else if (s.isStopped()) {
                    core.seenStopped(w, s);
                } else {
                    w.needsStatus = true;
                }
            });
        });
    }

    CompletableFuture<List<TaskLogLine>> logTail(Watch w) {
        CompletableFuture<List<TaskLogLine>> out = new CompletableFuture<>();
        if (!loop.execute(() -> logs.tail(w).whenComplete((lines, e) -> {
            if (e != null) {
                out.completeExceptionally(e);
            } else {
                out.complete(lines);
            }
        }))) {
            out.completeExceptionally(new CancellationException("the monitor is closed"));
        }
        return out;
    }
}
