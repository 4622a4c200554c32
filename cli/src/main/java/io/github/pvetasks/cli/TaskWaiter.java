package io.github.pvetasks.cli;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskMonitor;

import java.io.PrintWriter;

/**
 * Waits for one task a command started ({@code clone --wait}, {@code run --wait}): progress on
 * standard output, or on standard error when standard output is one JSON document; the timeout
 * is {@code --timeout}'s, else the task type's; the exit code comes from the outcome.
 */
final class TaskWaiter {

    private TaskWaiter() {
    }

    static int await(PveClient client, Upid task, String label, TimeoutOption timeout, boolean json, PrintWriter out, PrintWriter err) {
        if (!json) {
            out.println("started " + task);
        }
        try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
            ProgressView view = new ProgressView(json ? err : out, ProgressView.terminal(), monitor.clock());
            TaskStatus s = monitor.watch(task, timeout.policy(task)).onProgress(p -> view.progress(label, task, p)).await();
            view.done(label, s);
            view.finish();
            if (json) {
                TaskOutput.print(out, TaskOutput.json(s));
            }
            return TaskOutput.exitCode(s.exitStatus().orElseThrow());
        }
    }
}
