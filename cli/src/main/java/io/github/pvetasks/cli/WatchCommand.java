package io.github.pvetasks.cli;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code watch}: several tasks at once, with progress, until each ends. */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Watch tasks until they end, with progress. Exit code 0 when all succeeded, 1 otherwise.")
final class WatchCommand implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Mixin OutputOption output;
    @Mixin TimeoutOption timeout;
    @Parameters(arity = "1..*", paramLabel = "UPID") List<String> upids;
    @Option(names = "--no-progress", description = "status only, no progress bars: the tasks' logs are not read, so requests "
            + "grow with nodes, not tasks (with progress, each task's log is read every poll)") boolean noProgress;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Upid> parsed = new ArrayList<>();
        upids.forEach(t -> parsed.add(TaskOutput.upid(t)));
        PrintWriter out = spec.commandLine().getOut();
        try (PveClient client = connection.client(spec.commandLine().getErr(), parsed.toArray(new Upid[0]));
             TaskMonitor monitor = TaskMonitor.builder(client).build()) {
            ProgressView view = new ProgressView(out, !output.json() && ProgressView.terminal(), monitor.clock());
            List<TaskHandle> handles = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            for (Upid u : parsed) {
                handles.add(follow(monitor.watch(u, timeout.policy(u)), TaskOutput.label(u, labels), view));
            }
            int code = ExitCode.OK.code;
            List<Object> results = new ArrayList<>();
            for (TaskHandle h : handles) {
                try {
                    TaskStatus s = h.await();
                    results.add(TaskOutput.json(s));
                    code = Math.max(code, TaskOutput.exitCode(s.exitStatus().orElseThrow()));
                    for (TaskHandle child : h.allChildren().join()) {
                        results.add(TaskOutput.json(child.await()));
                    }
                } catch (RuntimeException e) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("upid", h.upid().toString());
                    m.put("error", e.getMessage());
                    results.add(m);
                    if (!output.json()) {
                        view.message("  " + h.upid() + ": " + e.getMessage());
                    }
                    code = Math.max(code, ExitCode.ERROR.code);
                }
            }
            view.finish();
            if (output.json()) {
                TaskOutput.print(out, results);
            }
            return code;
        }
    }

    private TaskHandle follow(TaskHandle h, String label, ProgressView view) {
        if (!noProgress) {
            h.onProgress(p -> view.progress(label, h.upid(), p));
        }
        return h.onStatus(s -> {
            if (s.isStopped() && !output.json()) {
                view.done(label, s);
            }
        }).onChild(child -> { // a bulk action's guests, as a group under it
            String childLabel = "  > " + child.upid().type() + " " + child.upid().id() + "@" + child.upid().node();
            child.onProgress(p -> view.progress(childLabel, child.upid(), p)).onStatus(s -> {
                if (s.isStopped() && !output.json()) {
                    view.done(childLabel, s);
                }
            });
        });
    }
}
