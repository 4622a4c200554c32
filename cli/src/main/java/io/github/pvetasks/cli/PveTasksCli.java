package io.github.pvetasks.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pve-tasks} command line. Offline commands for now (decode UPIDs, classify exit
 * statuses, read progress from task logs); the simulator demo and the cluster commands follow.
 */
@Command(name = "pve-tasks", mixinStandardHelpOptions = true, version = "pve-tasks 0.1.0-SNAPSHOT",
        description = "Work with Proxmox VE tasks.",
        subcommands = {UpidCommand.class, ExitStatusCommand.class, ProgressCommand.class})
public final class PveTasksCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** @return the configured command line, for {@link #main} and tests */
    public static CommandLine newCommandLine() {
        return new CommandLine(new PveTasksCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
