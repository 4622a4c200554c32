package io.github.pvetasks.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pve-tasks} command line: with no arguments it runs the demo against the embedded
 * simulator; with a cluster's URL and credentials it lists, shows, follows, watches, stops and
 * clones tasks. Errors are one line and a non-zero exit code ({@code --debug} adds the stack trace).
 */
@Command(name = "pve-tasks", mixinStandardHelpOptions = true, version = "pve-tasks 0.1.0-SNAPSHOT",
        description = "Work with Proxmox VE tasks.",
        subcommands = {DemoCommand.class, ListCommand.class, StatusCommand.class, LogCommand.class, WatchCommand.class,
                StopCommand.class, CloneCommand.class, RunCommand.class, SimulatorCommand.class,
                UpidCommand.class, ExitStatusCommand.class, ProgressCommand.class, picocli.AutoComplete.GenerateCompletion.class})
public final class PveTasksCli implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "print stack traces of errors")
    boolean debug;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** @return the configured command line, for {@link #main} and tests */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new PveTasksCli());
        // each command's --help lists its own exit codes, all from ExitCode
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpFor("pve-tasks"));
        cli.getSubcommands().forEach((name, sub) -> sub.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpFor(name)));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PveTasksCli root = (PveTasksCli) commandLine.getCommandSpec().root().userObject();
            Throwable cause = e;
            while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            commandLine.getErr().println("pve-tasks: " + message);
            if (root.debug) {
                cause.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return ExitCode.ERROR.code;
        });
        return cli;
    }

    /** With no command: the demo. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("demo").execute();
    }
}
