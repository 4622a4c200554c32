package io.github.pvetasks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PveTasksCliTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = PveTasksCli.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void decodesUpidsAndNamesTheBadField() {
        int code = run("upid", "UPID:pve1:0003A2F1:01B2C3D4:65A1B2C3:qmclone:9000:automation@pve!ci:", "UPID:pve1:12:");
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("node       pve1", "type       qmclone", "id         9000",
                "user       automation@pve", "token      ci", "started    2024-01-12T21:44:35Z");
        assertThat(err.toString()).contains("invalid UPID 'UPID:pve1:12:'");
    }

    @Test
    void classifiesExitStatusesLikeTheServer() {
        assertThat(run("exit-status", "OK", "WARNINGS: 2")).isZero();
        assertThat(out.toString()).contains("ok       success 'OK'", "warning  success 'WARNINGS: 2' (2 warnings)");
        assertThat(run("exit-status", "WARN: disk almost full")).isEqualTo(1);
        assertThat(out.toString()).contains("error    failure 'WARN: disk almost full'");
    }

    @Test
    void readsProgressAndTheOutcomeFromALog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("clone.log");
        Files.writeString(log, "create full clone of drive scsi0 (local-lvm:base-9000-disk-0)\n"
                + "mirror-scsi0: transferred 8.0 GiB of 32.0 GiB (25.00%) in 30s\n"
                + "mirror-scsi0: transferred 32.0 GiB of 32.0 GiB (100.00%) in 2m 1s, ready\n"
                + "TASK ERROR: clone failed: interrupted by signal\n");
        assertThat(run("progress", log.toString())).isZero();
        assertThat(out.toString())
                .contains("mirror    [#####...............]  25.00% mirror-scsi0 8.0 GiB of 32.0 GiB after 30s")
                .contains("2 progress lines")
                .contains("outcome: error 'clone failed: interrupted by signal'");
    }

    @Test
    void theDemoRefusesATimeScaleThatWouldFreezeIt() {
        assertThat(run("demo", "--time-scale", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--time-scale must be more than 0, got 0.0");
        assertThat(out.toString()).doesNotContain("simulator at");
    }

    @Test
    void theSimulatorCommandTakesTheSimulatorsOptions() {
        CommandLine cli = PveTasksCli.newCommandLine();
        CommandLine.ParseResult parsed = cli.parseArgs("simulator", "--port", "0", "--nodes", "a1,b2", "--time-scale", "5", "--http");
        SimulatorCommand simulator = (SimulatorCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(simulator.options).containsExactly("--port", "0", "--nodes", "a1,b2", "--time-scale", "5", "--http");
        // A bad value reaches the simulator's own check, which names it (and nothing starts).
        assertThat(run("simulator", "--time-scale", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--time-scale must be more than 0");
        assertThat(run("simulator", "--frob")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown option '--frob'");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "list", "status", "log", "watch", "stop", "clone", "simulator", "upid", "exit-status", "progress");
    }
}
