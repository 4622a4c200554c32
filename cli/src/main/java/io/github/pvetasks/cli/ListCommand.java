package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code list}: a node's tasks with the server's own filters, and which "running" ones have ended. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"List a node's tasks with the server's own filters.",
        "A task the list shows as running may have ended already: when the daemon that started it restarted, the node's list",
        "says 'running' until its next archiving. list asks such tasks' status (when the list shows " + RunningCheck.AUTO_LIMIT
                + " or fewer, or with --check-running) and says which have ended."})
final class ListCommand implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Mixin OutputOption output;
    @Parameters(index = "0", paramLabel = "NODE") String node;
    @Option(names = "--limit", description = "at most this many (server default 50)") Long limit;
    @Option(names = "--start", description = "skip this many") Long start;
    @Option(names = "--source", description = "archive (default), active or all") String source;
    @Option(names = "--type", description = "exact task type, such as qmclone") String type;
    @Option(names = "--user-filter", description = "case-insensitive part of the user") String userFilter;
    @Option(names = "--vmid", description = "VM or container id") Long vmid;
    @Option(names = "--since", description = "started at or after (ISO instant or epoch seconds)") String since;
    @Option(names = "--until", description = "started at or before (ISO instant or epoch seconds)") String until;
    @Option(names = "--status", split = ",", description = "status classes: ok, warning, error, unknown") List<String> status;
    @Option(names = "--errors", description = "only tasks that did not end OK") boolean errors;
    @Option(names = "--check-running", negatable = true, description = "ask the status of every task listed as running (at most "
            + RunningCheck.MAX_CHECKED + "; default: only when " + RunningCheck.AUTO_LIMIT + " or fewer are listed as running)")
    Boolean checkRunning;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TaskQuery query = query();
        PrintWriter out = spec.commandLine().getOut();
        try (PveClient client = connection.client(spec.commandLine().getErr())) {
            TaskListPage page = client.tasks().list(node, query);
            Map<String, TaskStatus> checked = RunningCheck.check(client, page.items(), checkRunning);
            if (output.json()) {
                printJson(out, page, checked);
            } else {
                printText(out, page, checked);
            }
        }
        return ExitCode.OK.code;
    }

    private void printJson(PrintWriter out, TaskListPage page, Map<String, TaskStatus> checked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        List<Object> items = new ArrayList<>();
        for (TaskInfo t : page.items()) {
            Map<String, Object> item = TaskOutput.json(t); // "status" stays what the list says
            TaskStatus s = checked.get(t.upid().toString());
            if (s != null) {
                item.put("checked", TaskOutput.json(s)); // what the task's own status says now
            }
            items.add(item);
        }
        m.put("data", items);
        TaskOutput.print(out, m);
    }

    private static void printText(PrintWriter out, TaskListPage page, Map<String, TaskStatus> checked) {
        out.printf("%-20s %-12s %-8s %-22s %s%n", "started", "type", "id", "user", "status");
        int ended = 0;
        for (TaskInfo t : page.items()) {
            String state;
            TaskStatus s = checked.get(t.upid().toString());
            if (!t.isRunning()) {
                state = ProgressView.describe(t.exitStatus().orElseThrow());
            } else if (s != null && s.isStopped()) {
                state = "ended: " + ProgressView.describe(s.exitStatus().orElseThrow()) + " (listed as running)";
                ended++;
            } else {
                state = "running";
            }
            out.printf("%-20s %-12s %-8s %-22s %s%n", t.startTime(), t.type(), t.id(), TaskOutput.user(t), state);
        }
        out.printf("%d shown, %d matching%n", page.items().size(), page.total());
        if (ended > 0) {
            out.printf("%d listed as running had already ended: the node's list lags (the daemon that started them restarted, "
                    + "or pvestatd hangs); their status is the truth%n", ended);
        }
    }

    private TaskQuery query() {
        TaskQuery.Builder q = TaskQuery.builder();
        if (limit != null) {
            q.limit(limit);
        }
        if (start != null) {
            q.start(start);
        }
        if (source != null) {
            try {
                q.source(TaskSource.valueOf(source.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CliException("unknown source '" + source + "': use archive, active or all");
            }
        }
        if (type != null) {
            q.typeFilter(type);
        }
        if (userFilter != null) {
            q.userFilter(userFilter);
        }
        if (vmid != null) {
            q.vmid(vmid);
        }
        if (since != null) {
            q.since(instant(since, "--since"));
        }
        if (until != null) {
            q.until(instant(until, "--until"));
        }
        if (status != null) {
            List<ExitStatus.Kind> kinds = new ArrayList<>();
            for (String s : status) {
                try {
                    kinds.add(ExitStatus.Kind.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new CliException("unknown status class '" + s + "': use ok, warning, error or unknown");
                }
            }
            q.statusFilter(Set.copyOf(kinds));
        }
        if (errors) {
            q.errors(true);
        }
        try {
            return q.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static Instant instant(String text, String option) {
        try {
            return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(text)) : Instant.parse(text);
        } catch (RuntimeException e) {
            throw new CliException(option + " needs an ISO instant (2026-01-31T12:00:00Z) or epoch seconds, got '" + text + "'");
        }
    }
}
