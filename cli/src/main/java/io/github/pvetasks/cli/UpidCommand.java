package io.github.pvetasks.cli;

import io.github.pvetasks.core.Upid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** Decodes UPIDs exactly as Proxmox VE and Proxmox Backup Server parse them. */
@Command(name = "upid", mixinStandardHelpOptions = true, description = "Decode Proxmox VE / PBS task ids (UPIDs). Exit code 2 if any is invalid.")
final class UpidCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "UPID", description = "UPIDs to decode")
    List<String> upids;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (String text : upids) {
            try {
                Upid u = Upid.parse(text);
                out.println(u);
                out.printf("  product    %s%n", u.product());
                out.printf("  node       %s%n", u.node());
                out.printf("  type       %s%n", u.type());
                out.printf("  id         %s%n", u.id().isEmpty() ? "(none)" : u.id());
                out.printf("  user       %s%n", u.userWithoutToken());
                u.tokenId().ifPresent(t -> out.printf("  token      %s%n", t));
                out.printf("  started    %s%n", u.startTime());
                out.printf("  pid        %d (pstart %d)%n", u.pid(), u.pstart());
                u.taskCounter().ifPresent(c -> out.printf("  task no.   %d%n", c));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                exit = 2;
            }
        }
        return exit;
    }
}
