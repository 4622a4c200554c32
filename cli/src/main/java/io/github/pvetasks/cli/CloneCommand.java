package io.github.pvetasks.cli;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequest;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.Upid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code clone}: clones a VM; with --wait, follows the clone to its end. */
@Command(name = "clone", mixinStandardHelpOptions = true, description = "Clone a VM; with --wait, follow it to the end with progress.")
final class CloneCommand implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Mixin OutputOption output;
    @Mixin TimeoutOption timeout;
    @Parameters(index = "0", paramLabel = "NODE") String node;
    @Parameters(index = "1", paramLabel = "VMID") long vmid;
    @Parameters(index = "2", paramLabel = "NEWID") long newid;
    @Option(names = "--name", description = "the new VM's name") String name;
    @Option(names = "--full", description = "a full copy (default for non-templates)") Boolean full;
    @Option(names = "--target", description = "the node to create the new VM on") String target;
    @Option(names = "--wait", description = "wait for the clone to finish, showing progress (--timeout applies)") boolean await;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!await && timeout.given().isPresent()) {
            throw new CliException("--timeout limits --wait; add --wait to wait for the clone");
        }
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
                return ExitCode.OK.code;
            }
            return TaskWaiter.await(client, u, "clone " + vmid + " -> " + newid, timeout, output.json(), out, spec.commandLine().getErr());
        }
    }
}
