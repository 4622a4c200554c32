package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code stop}: asks the server to stop a running task, waits until it has ended, and says
 * whether this stop is what ended it. {@code pve-tasks stop X && next-step} runs next-step only
 * when X was running and is now stopped; the other cases have exit codes of their own.
 *
 * <p>A Proxmox VE stop (SIGTERM, then SIGKILL) usually makes the task end with an error such as
 * {@code received interrupt}: that is the stop succeeding, so it is exit code 0 here, not 1. A task
 * that ends with success (OK or warnings) finished by itself before the stop reached it: nothing
 * was stopped (4). A Proxmox Backup Server stop only requests an abort, so the task may take a
 * while to end: stop waits up to {@code --timeout} (3 when it still runs).
 */
@Command(name = "stop", mixinStandardHelpOptions = true, description = {"Stop a running task and wait until it has ended.",
        "Exit code 0 means the task was running and this stop ended it (its log then says why, such as 'received interrupt')."})
final class StopCommand implements Callable<Integer> {

    /** Long enough for a PVE stop (SIGKILL after 5 s) and a PBS worker's cooperative abort. */
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

    @Mixin ConnectionOptions connection;
    @Mixin OutputOption output;
    @Parameters(paramLabel = "UPID") String upid;
    @Option(names = "--timeout", converter = HumanDuration.class,
            description = "how long to wait for the task to end after the stop: 90s, 5m, ... (default: 1m)") Duration timeout;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** What became of the stop, each with its exit code. */
    enum Result {
        STOPPED(ExitCode.OK, "stopped"),
        ALREADY_ENDED(ExitCode.NOTHING_TO_STOP, "already-ended"),
        ENDED_BY_ITSELF(ExitCode.NOTHING_TO_STOP, "ended-by-itself"),
        STILL_RUNNING(ExitCode.STILL_RUNNING, "still-running");

        final ExitCode code;
        final String json;

        Result(ExitCode code, String json) {
            this.code = code;
            this.json = json;
        }
    }

    @Override
    public Integer call() {
        Upid u = TaskOutput.upid(upid);
        PrintWriter out = spec.commandLine().getOut();
        try (PveClient client = connection.client(spec.commandLine().getErr(), u)) {
            TaskStatus before = client.tasks().status(u); // no such task, or no permission: exit 2, nothing sent
            TaskStatus after = before;
            Result result;
            if (before.isStopped()) {
                result = Result.ALREADY_ENDED; // no DELETE: there is nothing to stop
            } else {
                client.tasks().stop(u); // refused (no Sys.Modify, say): exit 2 with the server's message
                after = awaitEnd(client, u);
                result = after.isRunning() ? Result.STILL_RUNNING
                        : after.exitStatus().map(ExitStatus::isSuccess).orElse(false) ? Result.ENDED_BY_ITSELF : Result.STOPPED;
            }
            if (output.json()) {
                Map<String, Object> m = TaskOutput.json(after);
                m.put("stop", result.json);
                TaskOutput.print(out, m);
            } else {
                out.println(u + " " + text(result, after));
            }
            return result.code.code;
        }
    }

    private TaskStatus awaitEnd(PveClient client, Upid u) {
        TaskStatus now = client.tasks().status(u); // PVE's DELETE returns once the worker is gone: normally final
        if (now.isStopped()) {
            return now;
        }
        Duration wait = timeout != null ? timeout : DEFAULT_WAIT;
        try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
            return monitor.watch(u, WaitPolicy.forType(u.type()).withTimeout(wait)).await();
        } catch (TaskTimeoutException e) {
            return e.lastStatus().orElse(now);
        }
    }

    private static String text(Result result, TaskStatus s) {
        switch (result) {
            case STOPPED:
                return "stopped: " + ProgressView.describe(s.exitStatus().orElseThrow());
            case ALREADY_ENDED:
                return "not stopped: it had already ended, " + ProgressView.describe(s.exitStatus().orElseThrow());
            case ENDED_BY_ITSELF:
                return "not stopped: it ended by itself before the stop reached it, " + ProgressView.describe(s.exitStatus().orElseThrow());
            default:
                return "still running: the server took the stop, but the task has not ended yet";
        }
    }
}
