package io.github.pvetasks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskSource;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** The commands for a real cluster: list, status, log, watch, stop, clone. */
final class ClusterCommands {

    private ClusterCommands() {
    }

    /** Output settings shared by the cluster commands. */
    static final class Output {
        @Option(names = "--output", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
        String format;

        boolean json() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CliException("unknown output format '" + format + "': use text or json");
            }
            return format.equals("json");
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Map<String, Object> json(TaskStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upid", s.upid().toString());
        m.put("node", s.upid().node());
        m.put("type", s.upid().type());
        m.put("id", s.upid().id());
        m.put("user", s.user());
        s.tokenId().ifPresent(t -> m.put("tokenid", t));
        m.put("starttime", s.startTime().toString());
        m.put("status", s.isRunning() ? "running" : "stopped");
        s.exitStatus().ifPresent(e -> {
            m.put("exitstatus", e.raw());
            m.put("outcome", e.kind().apiName());
        });
        return m;
    }

    static Map<String, Object> json(TaskInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upid", t.upid().toString());
        m.put("node", t.node());
        m.put("type", t.type());
        m.put("id", t.id());
        m.put("user", t.user());
        t.tokenId().ifPresent(x -> m.put("tokenid", x));
        m.put("starttime", t.startTime().toString());
        t.endTime().ifPresent(e -> m.put("endtime", e.toString()));
        // the same fields and meanings as a status: status running/stopped, exitstatus, outcome
        m.put("status", t.isRunning() ? "running" : "stopped");
        t.exitStatus().ifPresent(e -> {
            m.put("exitstatus", e.raw());
            m.put("outcome", e.kind().apiName());
        });
        return m;
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (Exception e) {
            throw new CliException("cannot write JSON: " + e.getMessage());
        }
    }

    static Upid upid(String text) {
        try {
            return Upid.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    static int exitCode(ExitStatus s) {
        return (s.isSuccess() ? ExitCode.OK : ExitCode.TASK_FAILED).code;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a node's tasks with the server's own filters.")
    static final class ListCommand implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Mixin Output output;
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
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
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
                q.statusFilter(java.util.Set.copyOf(kinds));
            }
            if (errors) {
                q.errors(true);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (PveClient client = connection.client(spec.commandLine().getErr())) {
                TaskListPage page = client.tasks().list(node, q.build());
                if (output.json()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("total", page.total());
                    List<Object> items = new ArrayList<>();
                    page.items().forEach(t -> items.add(json(t)));
                    m.put("data", items);
                    print(out, m);
                } else {
                    out.printf("%-20s %-12s %-8s %-18s %s%n", "started", "type", "id", "user", "status");
                    for (TaskInfo t : page.items()) {
                        out.printf("%-20s %-12s %-8s %-18s %s%n", t.startTime(), t.type(), t.id(), t.user(),
                                t.isRunning() ? "running" : ProgressView.describe(t.exitStatus().orElseThrow()));
                    }
                    out.printf("%d shown, %d matching%n", page.items().size(), page.total());
                }
            }
            return 0;
        }

        private static Instant instant(String text, String option) {
            try {
                return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(text)) : Instant.parse(text);
            } catch (RuntimeException e) {
                throw new CliException(option + " needs an ISO instant (2026-01-31T12:00:00Z) or epoch seconds, got '" + text + "'");
            }
        }
    }

    /** A command about one task: parse the UPID, act, print the status as text or JSON. */
    abstract static class OneTaskCommand implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Mixin Output output;
        @Parameters(paramLabel = "UPID") String upid;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        abstract TaskStatus act(PveClient client, Upid u);

        abstract String text(Upid u, TaskStatus s);

        abstract int exitCode(TaskStatus s);

        @Override
        public Integer call() {
            Upid u = upid(upid);
            PrintWriter out = spec.commandLine().getOut();
            try (PveClient client = connection.client(spec.commandLine().getErr(), u)) {
                TaskStatus s = act(client, u);
                if (output.json()) {
                    print(out, json(s));
                } else {
                    out.println(text(u, s));
                }
                return exitCode(s);
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show a task's status. Exit code 0 when it ended with success, 1 when it failed, 3 while it runs.")
    static final class StatusCommand extends OneTaskCommand {
        @Override
        TaskStatus act(PveClient client, Upid u) {
            return client.tasks().status(u);
        }

        @Override
        String text(Upid u, TaskStatus s) {
            return String.format("%s%n  %s %s on %s, started %s by %s%n  %s", u, u.type(), u.id(), u.node(), s.startTime(), s.user(),
                    s.isRunning() ? "running" : ProgressView.describe(s.exitStatus().orElseThrow()));
        }

        @Override
        int exitCode(TaskStatus s) {
            return s.isRunning() ? ExitCode.STILL_RUNNING.code : ClusterCommands.exitCode(s.exitStatus().orElseThrow());
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true, description = "Print a task's whole log; --follow keeps printing until the task ends.")
    static final class LogCommand implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Parameters(paramLabel = "UPID") String upid;
        @Option(names = {"-f", "--follow"}, description = "keep printing new lines until the task ends") boolean follow;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Upid u = upid(upid);
            PrintWriter out = spec.commandLine().getOut();
            try (PveClient client = connection.client(spec.commandLine().getErr(), u)) {
                if (!follow) {
                    for (TaskLogLine line : client.tasks().fullLog(u)) {
                        out.println(line.text());
                    }
                    return 0;
                }
                try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                    TaskHandle h = monitor.watch(u, WaitPolicy.forType(u.type()).toBuilder()
                            .backoff(Backoff.exponential(Duration.ofMillis(500), 1.5, Duration.ofSeconds(2))).build());
                    h.onLogLine(line -> {
                        out.println(line.text());
                        out.flush();
                    });
                    return exitCode(h.await().exitStatus().orElseThrow());
                }
            }
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true, description = "Watch tasks until they end, with progress. Exit code 0 when all succeeded, 1 otherwise.")
    static final class WatchCommand implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Mixin Output output;
        @Parameters(arity = "1..*", paramLabel = "UPID") List<String> upids;
        @Option(names = "--timeout", converter = HumanDuration.class,
                description = "give up after this long: 90s, 30m, 2h, 1h30m or PT30M (default: per task type)") Duration timeout;
        @Option(names = "--no-progress", description = "status only, no progress bars: the tasks' logs are not read, so requests "
                + "grow with nodes, not tasks (with progress, each task's log is read every poll)") boolean noProgress;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Upid> parsed = new ArrayList<>();
            upids.forEach(t -> parsed.add(upid(t)));
            PrintWriter out = spec.commandLine().getOut();
            ProgressView view = new ProgressView(out, !output.json() && ProgressView.terminal());
            int code = 0;
            try (PveClient client = connection.client(spec.commandLine().getErr(), parsed.toArray(new Upid[0]));
                 TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                List<TaskHandle> handles = new ArrayList<>();
                java.util.Set<String> labels = new java.util.HashSet<>();
                for (Upid u : parsed) {
                    WaitPolicy p = timeout == null ? WaitPolicy.forType(u.type()) : WaitPolicy.forType(u.type()).withTimeout(timeout);
                    String label = label(u, labels);
                    TaskHandle h = monitor.watch(u, p);
                    if (!noProgress) {
                        h.onProgress(pr -> view.progress(label, pr));
                    }
                    handles.add(h.onStatus(s -> {
                        if (s.isStopped() && !output.json()) {
                            view.done(label, s);
                        }
                    }).onChild(child -> { // a bulk action's guests, as a group under it
                        String childLabel = "  > " + child.upid().type() + " " + child.upid().id() + "@" + child.upid().node();
                        child.onProgress(pr -> view.progress(childLabel, pr)).onStatus(s -> {
                            if (s.isStopped() && !output.json()) {
                                view.done(childLabel, s);
                            }
                        });
                    }));
                }
                List<Object> results = new ArrayList<>();
                for (TaskHandle h : handles) {
                    try {
                        TaskStatus s = h.await();
                        results.add(json(s));
                        code = Math.max(code, exitCode(s.exitStatus().orElseThrow()));
                        for (TaskHandle child : h.allChildren().join()) {
                            results.add(json(child.await()));
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
                    print(out, results);
                }
            }
            return code;
        }
    }

    /** A task's label: type, id if any, node; a second task with the same label gets its pid. */
    static String label(Upid u, java.util.Set<String> taken) {
        String base = u.type() + (u.id().isEmpty() ? "" : " " + u.id()) + "@" + u.node();
        return taken.add(base) ? base : base + " (pid " + u.pid() + ")";
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a task and print its final status.")
    static final class StopCommand extends OneTaskCommand {
        @Override
        TaskStatus act(PveClient client, Upid u) {
            return client.tasks().stop(u);
        }

        @Override
        String text(Upid u, TaskStatus s) {
            // a UPID ends with ':' already; "UPID...: ok" read as "UPID...:: ok"
            return u + " " + (s.isRunning() ? "still running" : ProgressView.describe(s.exitStatus().orElseThrow()));
        }

        @Override
        int exitCode(TaskStatus s) {
            return 0;
        }
    }

    @Command(name = "clone", mixinStandardHelpOptions = true, description = "Clone a VM; with --wait, follow it to the end with progress.")
    static final class CloneCommand implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Mixin Output output;
        @Parameters(index = "0", paramLabel = "NODE") String node;
        @Parameters(index = "1", paramLabel = "VMID") long vmid;
        @Parameters(index = "2", paramLabel = "NEWID") long newid;
        @Option(names = "--name", description = "the new VM's name") String name;
        @Option(names = "--full", description = "a full copy (default for non-templates)") Boolean full;
        @Option(names = "--target", description = "the node to create the new VM on") String target;
        @Option(names = "--wait", description = "wait for the clone to finish, showing progress") boolean await;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            TaskRequest r;
            try {
                r = TaskRequests.cloneVm(node, vmid, newid);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            if (name != null) {
                r = r.with("name", name);
            }
            if (full != null) {
                r = r.with("full", full);
            }
            if (target != null) {
                r = r.with("target", target);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (PveClient client = connection.client(spec.commandLine().getErr())) {
                Upid u = client.tasks().start(r);
                if (!await) {
                    out.println(u);
                    return 0;
                }
                // with --output json, standard output is one JSON document: progress goes to standard error
                PrintWriter progressOut = output.json() ? spec.commandLine().getErr() : out;
                if (!output.json()) {
                    out.println("started " + u);
                }
                ProgressView view = new ProgressView(progressOut, ProgressView.terminal());
                try (TaskMonitor monitor = TaskMonitor.builder(client).build()) {
                    String label = "clone " + vmid + " -> " + newid;
                    TaskStatus s = monitor.watch(u).onProgress(p -> view.progress(label, p)).await();
                    view.done(label, s);
                    view.finish();
                    if (output.json()) {
                        print(out, json(s));
                    }
                    return exitCode(s.exitStatus().orElseThrow());
                }
            }
        }
    }

    @Command(name = "simulator", description = {"Serve the Proxmox VE simulator until killed, with the standalone simulator's options:",
            "--port N --nodes a,b --time-scale X --user U --password P --token T --http --legacy-errors --service-model --unauthorized-delay MS"},
            mixinStandardHelpOptions = false)
    static final class SimulatorCommand implements Callable<Integer> {
        /** The simulator's own options, passed through as they are: picocli would refuse them as unknown. */
        @CommandLine.Unmatched
        List<String> options = new ArrayList<>();
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (options.contains("--help") || options.contains("-h")) {
                spec.commandLine().usage(spec.commandLine().getOut());
                spec.commandLine().getOut().println(io.github.pvetasks.simulator.PveSimulatorMain.usage());
                return 0;
            }
            io.github.pvetasks.simulator.PveSimulator sim;
            try {
                sim = io.github.pvetasks.simulator.PveSimulatorMain.configure(options.toArray(new String[0])).start();
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("pve-simulator listening on " + sim.baseUri() + " fingerprint " + sim.fingerprint().orElse("none"));
            boolean pbs = sim.product() == io.github.pvetasks.core.Product.PBS;
            String pin = sim.fingerprint().map(f -> " --fingerprint " + f).orElse("");
            out.println(pbs // a backup server writes its tokens with a colon and lists its one node as localhost
                    ? "try: ./pve-tasks list localhost --product pbs --url " + sim.baseUri() + pin + " --token '" + sim.tokenId() + ":" + sim.tokenSecret() + "'"
                    : "try: ./pve-tasks list pve1 --url " + sim.baseUri() + pin + " --token '" + sim.tokenId() + "=" + sim.tokenSecret() + "' --source all");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
            new java.util.concurrent.CountDownLatch(1).await();
            return 0;
        }
    }
}
