package io.github.pvetasks.cli;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code status}: one task's status; the exit code says how it ended, or that it runs. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a task's status. Exit code 0 when it ended with success, 1 when it failed, 3 while it runs.")
final class StatusCommand implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Mixin OutputOption output;
    @Parameters(paramLabel = "UPID") String upid;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Upid u = TaskOutput.upid(upid);
        PrintWriter out = spec.commandLine().getOut();
        try (PveClient client = connection.client(spec.commandLine().getErr(), u)) {
            TaskStatus s = client.tasks().status(u);
            if (output.json()) {
                TaskOutput.print(out, TaskOutput.json(s));
            } else {
                out.printf("%s%n  %s %s on %s, started %s by %s%n  %s%n", u, u.type(), u.id(), u.node(), s.startTime(),
                        TaskOutput.user(s), s.isRunning() ? "running" : ProgressView.describe(s.exitStatus().orElseThrow()));
            }
            return s.isRunning() ? ExitCode.STILL_RUNNING.code : TaskOutput.exitCode(s.exitStatus().orElseThrow());
        }
    }
}
