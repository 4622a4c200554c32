package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.ProgressFormat;
import io.github.pvetasks.core.TaskState;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress view: library bars on a terminal, plain lines elsewhere. */
class ProgressViewTest {

    static final Upid CLONE = Upid.parse("UPID:pve1:0001E240:0098967F:65A1B2C3:qmclone:100:root@pam:");
    /** Ten minutes after the clone started. */
    static final Clock TEN_MINUTES_IN = Clock.fixed(CLONE.startTime().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);

    static TaskStatus stopped(String exit) {
        return stoppedAt(exit, CLONE.startTime().plus(Duration.ofMinutes(12)));
    }

    static TaskStatus stoppedAt(String exit, Instant at) {
        return TaskStatus.builder(CLONE, TaskState.STOPPED, at).exitStatus(ExitStatus.parse(exit)).build();
    }

    static Progress at(double fraction) {
        return Progress.builder(ProgressFormat.values()[0], "line").fraction(fraction).build();
    }

    @Test
    void liveBarsShowSeveralTasksWithFiguresRateAndOutcome() {
        StringWriter sink = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(sink), true, 110, TEN_MINUTES_IN);
        view.progress("clone 100 -> 120", CLONE, at(0.425));
        view.progress("backup 101", CLONE, at(0.10));
        view.done("clone 100 -> 120", stopped("OK"));
        view.message("pve2: connection refused");
        view.progress("backup 101", CLONE, at(0.60));
        view.finish();
        String shown = sink.toString();
        assertThat(shown).contains("clone 100 -> 120         ").contains("backup 101              ");
        assertThat(shown).contains("100.0% ").contains(" ok").contains(" 60.0% ").contains("%/min");
        assertThat(shown).contains("\u001b["); // bars are redrawn in place
        // What a terminal shows at the end: each task on one line of its own, the message on a line of
        // its own, nothing drawn over anything else (the order of the lines is the order of first drawing).
        List<String> screen = terminal(shown);
        assertThat(screen).hasSize(3);
        assertThat(screen).filteredOn(l -> l.startsWith("clone 100 -> 120")).singleElement().asString().contains("100.0%").endsWith(" ok");
        assertThat(screen).filteredOn(l -> l.startsWith("backup 101")).singleElement().asString().contains(" 60.0% ");
        assertThat(screen).contains("pve2: connection refused");
    }

    @Test
    void aFailedTasksBarBecomesItsReason() {
        StringWriter sink = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(sink), true, 120, TEN_MINUTES_IN);
        view.progress("clone 101 -> 121", CLONE, at(0.31));
        view.done("clone 101 -> 121", stopped("clone failed: storage 'local-lvm' is full"));
        view.finish();
        assertThat(terminal(sink.toString())).containsExactly("clone 101 -> 121         failed: clone failed: storage 'local-lvm' is full");
    }

    @Test
    void aTaskWithoutProgressStillGetsItsOutcomeLine() {
        StringWriter sink = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(sink), true, 110, TEN_MINUTES_IN);
        view.done("create CT 250", stopped("command 'pct create' failed: exit code 1"));
        view.finish();
        assertThat(sink.toString()).contains("create CT 250            failed: command 'pct create' failed: exit code 1")
                .doesNotContain("%");
    }

    @Test
    void plainLinesComeAtMostOncePerTenPercentWithTheTrueFigure() {
        StringWriter sink = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(sink), false, TEN_MINUTES_IN);
        for (double f : new double[] {0.01, 0.05, 0.125, 0.13, 0.19, 0.425, 0.99}) {
            view.progress("clone 100 -> 120", CLONE, at(f));
        }
        view.done("clone 100 -> 120", stopped("WARNINGS: 2"));
        view.finish();
        assertThat(sink.toString().lines()).containsExactly(
                "  clone 100 -> 120           1.0%",
                "  clone 100 -> 120          12.5%",
                "  clone 100 -> 120          42.5%",
                "  clone 100 -> 120          99.0%",
                "  clone 100 -> 120         ok with warnings (2)");
        assertThat(sink.toString()).doesNotContain("\u001b");
    }

    @Test
    void barsTellTheTasksTimeNotTheBars() {
        // watch begins ten minutes into a clone that is 40 % done: 10 minutes elapsed, 25 in all, 4 %/min
        StringWriter sink = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(sink), true, 120, TEN_MINUTES_IN);
        view.progress("clone 100 -> 120", CLONE, at(0.40));
        view.finish();
        assertThat(terminal(sink.toString())).singleElement().asString().contains(" 40.0% ").contains("(0:10:00 / 0:25:00) 4.0%/min");

        // a finished bar shows the task's duration: it ended 12 minutes after it started
        StringWriter done = new StringWriter();
        ProgressView ended = new ProgressView(new PrintWriter(done), true, 120, TEN_MINUTES_IN);
        ended.progress("clone 100 -> 120", CLONE, at(0.95));
        ended.done("clone 100 -> 120", stopped("OK"));
        ended.finish();
        assertThat(terminal(done.toString())).singleElement().asString().contains("100.0%").contains("(0:12:00) ok")
                .doesNotContain("%/min").doesNotContain("?");
    }

    @Test
    void theDemosSimulatedMinutesAreShownAsMinutes() {
        // a clock 60x faster than wall time: the bar follows it, not the wall clock
        Instant[] now = {CLONE.startTime()};
        Clock simulated = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        StringWriter sink = new StringWriter();
        ProgressView view = new ProgressView(new PrintWriter(sink), true, 120, simulated);
        now[0] = CLONE.startTime().plus(Duration.ofMinutes(3));
        view.progress("clone 100 -> 120", CLONE, at(0.5));
        view.finish();
        assertThat(terminal(sink.toString())).singleElement().asString().contains("(0:03:00 / 0:06:00) 16.7%/min");
    }

    @Test
    void aTaskStartedByTheServersClockAheadOfOursShowsNoNegativeTime() {
        TaskBarRenderer r = new TaskBarRenderer("x", CLONE.startTime(), TEN_MINUTES_IN, 1000);
        assertThat(r.elapsed(CLONE.startTime().minusSeconds(5))).isZero();
        assertThat(TaskBarRenderer.times(0, Duration.ZERO, false)).isEqualTo("(0:00:00 / ?)");
        assertThat(TaskBarRenderer.clockFormat(Duration.ofHours(27).plusSeconds(61))).isEqualTo("27:01:01");
    }

    /** Plays text with carriage returns, new lines and cursor up/down moves onto a screen. */
    static List<String> terminal(String output) {
        List<StringBuilder> lines = new ArrayList<>(List.of(new StringBuilder()));
        int row = 0;
        int col = 0;
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\u001b') {
                int end = i + 2;
                while (Character.isDigit(output.charAt(end))) {
                    end++;
                }
                int n = Integer.parseInt(output.substring(i + 2, end));
                row += output.charAt(end) == 'A' ? -n : n;
                i = end;
            } else if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                row++;
                col = 0;
            } else {
                StringBuilder line = lines.get(row);
                if (col < line.length()) {
                    line.setCharAt(col, c);
                } else {
                    line.append(c);
                }
                col++;
            }
            while (lines.size() <= row) {
                lines.add(new StringBuilder());
            }
        }
        return lines.stream().map(l -> l.toString().strip()).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
