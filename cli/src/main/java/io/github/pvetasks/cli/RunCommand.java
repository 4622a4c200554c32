package io.github.pvetasks.cli;

import io.github.pvetasks.core.EndpointParam;
import io.github.pvetasks.core.EndpointRequest;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskEndpoint;
import io.github.pvetasks.core.TaskEndpoints;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.TaskStart;
import io.github.pvetasks.core.spi.HttpMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Starts any task-starting endpoint of the facts table, its parameters checked before sending. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Start any of Proxmox VE 9.1's 105 task-starting endpoints, every value checked before sending.",
        "  pve-tasks run POST /nodes/{node}/qemu/{vmid}/clone node=pve1 vmid=100 newid=123 full=1 --wait",
        "  pve-tasks run --list [TEXT]    the endpoints (those whose path or worker type holds TEXT)",
        "  pve-tasks run --list POST /nodes/{node}/vzdump    one endpoint's parameters"})
final class RunCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Mixin OutputOption output;
    @Mixin TimeoutOption timeout;
    @Option(names = "--list", description = "list endpoints, or one endpoint's parameters, instead of starting anything") boolean list;
    @Option(names = "--wait", description = "wait for the task to finish, showing progress; exit code from its outcome "
            + "(--timeout applies)") boolean await;
    @Parameters(paramLabel = "ARGS", arity = "0..*", description = "METHOD PATH-TEMPLATE name=value...",
            completionCandidates = EndpointWords.class) List<String> args = new ArrayList<>();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            return list(out);
        }
        if (!await && timeout.given().isPresent()) {
            throw new CliException("--timeout limits --wait; add --wait to wait for the task");
        }
        if (args.size() < 2) {
            throw new CliException("run needs METHOD PATH-TEMPLATE [name=value...]; 'pve-tasks run --list' shows the endpoints");
        }
        TaskEndpoint endpoint = endpoint(args.get(0), args.get(1));
        EndpointRequest b = endpoint.request();
        TaskRequest request;
        try {
            for (String kv : args.subList(2, args.size())) {
                int eq = kv.indexOf('=');
                if (eq < 1) {
                    throw new CliException("parameters are name=value, got '" + kv + "'");
                }
                b.set(kv.substring(0, eq), kv.substring(eq + 1));
            }
            request = b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        try (PveClient client = connection.client(spec.commandLine().getErr())) {
            TaskStart start = client.tasks().submit(request);
            if (!start.isStarted()) {
                out.println("no task started; the server answered " + start.answer());
                return 0;
            }
            if (!await) {
                out.println(start.upid().orElseThrow());
                return 0;
            }
            io.github.pvetasks.core.Upid u = start.upid().get();
            return TaskWaiter.await(client, u, u.type() + " " + u.id(), timeout, output.json(), out, spec.commandLine().getErr());
        }
    }

    /** Shell completion words: the methods, every endpoint's path template and every parameter name with its '='. */
    static final class EndpointWords implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            java.util.TreeSet<String> words = new java.util.TreeSet<>(List.of("GET", "POST", "PUT", "DELETE"));
            for (TaskEndpoint e : TaskEndpoints.pve().all()) {
                words.add(e.path());
                e.params().keySet().forEach(p -> words.add(p + "="));
            }
            return words.iterator();
        }
    }

    private static TaskEndpoint endpoint(String method, String path) {
        HttpMethod m;
        try {
            m = HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException("unknown HTTP method '" + method + "'; use GET, POST, PUT or DELETE");
        }
        return TaskEndpoints.pve().find(m, path).orElseThrow(() -> new CliException(
                "no task-starting endpoint " + m + " " + path + "; 'pve-tasks run --list' shows them (paths use {node}, {vmid}, ...)"));
    }

    private int list(PrintWriter out) {
        if (args.size() >= 2) {
            TaskEndpoint e = endpoint(args.get(0), args.get(1));
            out.println(e + "  (answers " + e.answer().name().toLowerCase(Locale.ROOT) + e.permission().map(p -> "; needs " + p).orElse("") + ")");
            for (EndpointParam p : e.params().values()) {
                out.println("  " + p + (p.enumValues().isEmpty() ? "" : " one of " + p.enumValues())
                        + p.defaultValue().map(d -> " default " + d).orElse(""));
            }
            return 0;
        }
        String filter = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
        for (TaskEndpoint e : TaskEndpoints.pve().all()) {
            if (e.toString().toLowerCase(Locale.ROOT).contains(filter)) {
                out.println(e);
            }
        }
        return 0;
    }
}
