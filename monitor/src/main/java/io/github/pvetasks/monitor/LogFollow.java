package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.FaultPolicy;

import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.ProgressParser;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskLogPage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the logs of watches with log or progress listeners through their {@link LogTailer}s,
 * delivers new complete lines and the progress read from them, and ends a stopped task's watch
 * once its log is drained. Also reads a failed task's last lines for
 * {@link io.github.pvetasks.core.TaskFailedException}.
 */
final class LogFollow {

    private final MonitorCore core;
    private final Requests requests;
    private final EventDispatcher events;
    private final ProgressParser progressParser;
    private final Ticker ticker;

    LogFollow(MonitorCore core, Requests requests, EventDispatcher events, ProgressParser progressParser, Ticker ticker) {
        this.ticker = ticker;
        this.core = core;
        this.requests = requests;
        this.events = events;
        this.progressParser = progressParser;
    }

    /** Reads the watch's next page if its node has room. */
    void send(Watch w) {
        boolean stoppedWhenAsked = w.finalStatus != null;
        long start = w.tailer().nextStart();
        long now = ticker.nanos();
        if (w.phase == Watch.Phase.POLLING) {
            w.logDueNanos = now + w.policy.backoff().delay(Math.max(0, w.attempt - 1)).toNanos();
        }
        w.logInFlight = requests.trySend(w.node, TaskMonitorListener.Endpoint.LOG,
                () -> w.node.backend.log(w.upid, start, LogTailer.PAGE_LINES),
                (page, failure) -> answered(w, page, failure, stoppedWhenAsked));
    }

    private void answered(Watch w, TaskLogPage page, Throwable failure, boolean stoppedWhenAsked) {
        w.logInFlight = false;
        if (w.isEnded()) {
            return;
        }
        if (failure != null) {
            w.logDueNanos = ticker.nanos() + FaultPolicy.statusRetry(w.attempt).toNanos();
            core.fault(w, failure);
            return;
        }
        List<TaskLogLine> fresh = w.tailer().accept(page, stoppedWhenAsked, ticker.nanos());
        if (!fresh.isEmpty()) {
            List<Progress> progress = new ArrayList<>();
            for (TaskLogLine line : fresh) {
                progressParser.parse(line.text()).ifPresent(progress::add);
            }
            if (!progress.isEmpty()) {
                w.lastProgress = progress.get(progress.size() - 1);
            }
            events.log(w, fresh, progress);
            String last = fresh.get(fresh.size() - 1).message(); // without a PBS time stamp
            if (!stoppedWhenAsked && w.phase == Watch.Phase.POLLING && last.startsWith("TASK ")) {
                w.needsStatus = true; // the worker wrote its end ("TASK OK", ...): ask, whatever the list says
            }
        }
        if (stoppedWhenAsked && w.tailer().drained(page, fresh)) {
            core.endings().finished(w, w.finalStatus);
        }
    }

    /**
     * The last lines of a task's log: those kept while tailing, else two reads through the
     * node's budget (the total, then the tail). Completes on the listener thread.
     */
    CompletableFuture<List<TaskLogLine>> tail(Watch w) {
        CompletableFuture<List<TaskLogLine>> out = new CompletableFuture<>();
        List<TaskLogLine> kept = w.tailer == null ? List.of() : w.tailer.tail();
        if (!kept.isEmpty()) {
            events.emit(() -> out.complete(kept));
            return out;
        }
        requests.send(w.node, TaskMonitorListener.Endpoint.LOG, () -> w.node.backend.log(w.upid, 0, 1), (first, failure) -> {
            if (failure != null) {
                events.emit(() -> out.completeExceptionally(failure));
                return;
            }
            long from = Math.max(0, first.total() - LogTailer.TAIL_LINES);
            requests.send(w.node, TaskMonitorListener.Endpoint.LOG, () -> w.node.backend.log(w.upid, from, LogTailer.TAIL_LINES),
                    (page, again) -> events.emit(() -> {
                        if (again != null) {
                            out.completeExceptionally(again);
                        } else {
                            out.complete(page.lines());
                        }
                    }));
        });
        return out;
    }
}
