package io.github.pvetasks.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command: every guide scenario behaves as expected. */
class DemoCommandTest {

    @Test
    void everyScenarioBehavesAsExpected() {
        StringWriter out = new StringWriter();
        CommandLine cli = PveTasksCli.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("demo", "--plain", "--transport", "vertx");
        assertThat(out.toString()).contains("10 of 10 scenarios behaved as expected").doesNotContain("[FAIL]")
                .contains("transport: vertx")
                .contains("failed: clone failed: storage 'local-lvm' is full")
                .contains("ok with warnings (1)")
                .contains("20 clones started, 20 ok, 20 VMs exist")
                .contains(":verify:store1:root@pam!sim: (PBS: nine fields").contains("verify store1 (PBS)      ok")
                .containsPattern("pbs +ok +verify +1 tasks");
        assertThat(code).isZero();
    }
}
