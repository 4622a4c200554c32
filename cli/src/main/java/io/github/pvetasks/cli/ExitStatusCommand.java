package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** Classifies exit statuses by Proxmox VE's backend rule. */
@Command(name = "exit-status", mixinStandardHelpOptions = true, description = "Classify task exit statuses as Proxmox VE does "
        + "(OK, WARNINGS: n = success with warnings, anything else an error). Exit code 1 if any is not a success.")
final class ExitStatusCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "STATUS", description = "exit statuses, such as 'WARNINGS: 2'")
    List<String> statuses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int exit = 0;
        for (String raw : statuses) {
            ExitStatus s = ExitStatus.parse(raw);
            String detail = s.kind() == ExitStatus.Kind.WARNING ? " (" + s.warnings() + " warnings)" : "";
            spec.commandLine().getOut().printf("%-8s %-7s '%s'%s%n", s.kind().apiName(), s.isSuccess() ? "success" : "failure", raw, detail);
            if (!s.isSuccess()) {
                exit = 1;
            }
        }
        return exit;
    }
}
