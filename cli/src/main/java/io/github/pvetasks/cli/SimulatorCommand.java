package io.github.pvetasks.cli;

import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.PveSimulatorMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code simulator}: serves the embedded simulator until killed, as the standalone jar does. */
@Command(name = "simulator", description = {"Serve the Proxmox VE simulator until killed, with the standalone simulator's options:",
        "--product pve|pbs --port N --nodes a,b --time-scale X --user U --password P --token T --http --legacy-errors",
        "--service-model --unauthorized-delay MS (a token as USER@REALM!ID=SECRET, or USER@REALM!ID:SECRET as PBS writes it)"},
        mixinStandardHelpOptions = false)
final class SimulatorCommand implements Callable<Integer> {
    /** The simulator's own options, passed through as they are: picocli would refuse them as unknown. */
    @CommandLine.Unmatched
    List<String> options = new ArrayList<>();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (options.contains("--help") || options.contains("-h")) {
            spec.commandLine().usage(out);
            out.println(PveSimulatorMain.usage());
            return ExitCode.OK.code;
        }
        PveSimulator sim;
        try {
            sim = PveSimulatorMain.configure(options.toArray(new String[0])).start();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        PveSimulatorMain.announcement(sim).forEach(line -> out.println(line.replace("try: pve-tasks ", "try: ./pve-tasks ")));
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        new CountDownLatch(1).await();
        return ExitCode.OK.code;
    }
}
