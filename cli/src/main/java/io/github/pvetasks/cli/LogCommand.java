package io.github.pvetasks.cli;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code log}: a task's whole log, or (with --follow) its lines as they come until it ends. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Print a task's whole log; --follow keeps printing until the task ends.")
final class LogCommand implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Mixin TimeoutOption timeout;
    @Parameters(paramLabel = "UPID") String upid;
    @Option(names = {"-f", "--follow"}, description = "keep printing new lines until the task ends (--timeout applies)") boolean follow;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Upid u = TaskOutput.upid(upid);
        if (!follow && timeout.given().isPresent()) {
            throw new CliException("--timeout limits --follow; without --follow, log prints what there is and returns");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (PveClient client = connection.client(spec.commandLine().getErr(), u)) {
            if (!follow) {
                for (TaskLogLine line : client.tasks().fullLog(u)) {
                    out.println(line.text());
                }
                return ExitCode.OK.code;
            }
            try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                TaskHandle h = monitor.watch(u, timeout.policy(u).toBuilder()
                        .backoff(Backoff.exponential(Duration.ofMillis(500), 1.5, Duration.ofSeconds(2))).build());
                h.onLogLine(line -> {
                    out.println(line.text());
                    out.flush();
                });
                return TaskOutput.exitCode(h.await().exitStatus().orElseThrow());
            }
        }
    }
}
