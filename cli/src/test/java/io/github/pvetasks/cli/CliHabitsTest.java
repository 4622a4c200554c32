package io.github.pvetasks.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line follows people's habits (issue 15, part 3). */
class CliHabitsTest {

    static int run(StringWriter out, String... args) {
        CommandLine cli = PveTasksCli.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void everyCommandAnswersHelpAndDashHWithItsExitCodes() {
        for (String command : PveTasksCli.newCommandLine().getSubcommands().keySet()) {
            for (String flag : new String[] {"--help", "-h"}) {
                StringWriter out = new StringWriter();
                assertThat(run(out, command, flag)).as(command + " " + flag + ": " + out).isZero();
                if (!command.equals("generate-completion")) {
                    assertThat(out.toString()).as(command).contains("Exit codes:").contains("0   ").contains("2   ");
                }
            }
        }
    }

    @Test
    void eachCommandListsItsOwnExitCodes() {
        StringWriter stop = new StringWriter();
        run(stop, "stop", "--help");
        assertThat(stop.toString()).contains("0   stopped as asked").contains("3   the server took the stop, but the task still runs")
                .contains("4   nothing to stop").doesNotContain("1   a task ended with an error");
        StringWriter status = new StringWriter();
        run(status, "status", "--help");
        assertThat(status.toString()).contains("3   the task still runs").contains("1   the task ended with an error");
        StringWriter watch = new StringWriter();
        run(watch, "watch", "--help");
        assertThat(watch.toString()).contains("1   a task ended with an error").doesNotContain("3   ");
    }

    @Test
    void everyCommandThatWaitsTakesATimeout() {
        for (String command : new String[] {"watch", "clone", "run", "log"}) {
            StringWriter out = new StringWriter();
            run(out, command, "--help");
            assertThat(out.toString()).as(command).contains("--timeout=").contains("90s, 30m, 2h");
        }
        StringWriter stop = new StringWriter();
        run(stop, "stop", "--help");
        assertThat(stop.toString()).contains("--timeout=").contains("default: 1m");
    }

    @Test
    void durationsAreReadAsPeopleTypeThem() {
        HumanDuration d = new HumanDuration();
        assertThat(d.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(d.convert("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(d.convert("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(d.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(d.convert("PT30M")).isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> d.convert("soon")).hasMessageContaining("'soon' is not a duration");
        assertThatThrownBy(() -> d.convert("0s")).hasMessageContaining("positive");
    }

    @Test
    void twoTasksOfTheSameTypeAndIdGetDifferentLabelsAndAnEmptyIdNoStraySpace() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        io.github.pvetasks.core.Upid a = io.github.pvetasks.core.Upid.parse("UPID:pve1:00001000:00010000:6B0C7000:aptupdate::root@pam:");
        io.github.pvetasks.core.Upid b = io.github.pvetasks.core.Upid.parse("UPID:pve1:00001001:00010001:6B0C7001:aptupdate::root@pam:");
        assertThat(TaskOutput.label(a, taken)).isEqualTo("aptupdate@pve1");
        assertThat(TaskOutput.label(b, taken)).isEqualTo("aptupdate@pve1 (pid 4097)");
    }
}
