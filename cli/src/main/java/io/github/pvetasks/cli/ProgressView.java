package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shows tasks' progress. On a terminal: one live bar per task (me.tongfei:progressbar draws and
 * redraws several at once, at the terminal's width), finished with the task's outcome; the time
 * figures are the task's own (see {@link TaskBarRenderer}). In a file, a pipe or a CI log: plain
 * lines, at most one per 10 % step and task, each with the true figure. Thread-safe.
 */
final class ProgressView {

    /** The bars count in tenths of a percent, so a figure such as 42.5 % shows as it is. */
    private static final int SCALE = 1000;

    private final PrintWriter out;
    private final PrintStream barStream;
    private final int width;
    private final Clock clock;
    private final Map<String, LiveBar> bars = new LinkedHashMap<>();

    /** A task's bar and the renderer that knows the task's times and can turn it into its reason. */
    private record LiveBar(ProgressBar bar, TaskBarRenderer renderer) {
    }
    private final Map<String, Integer> lastDecile = new LinkedHashMap<>();

    /**
     * @param out where everything goes
     * @param live bars redrawn in place (a terminal), or plain lines
     * @param clock the monitor's clock: a task's elapsed time is this clock's now minus its UPID's start
     */
    ProgressView(PrintWriter out, boolean live, Clock clock) {
        this(out, live, 0, clock);
    }

    /** @param width the bars' width in characters; 0 asks the terminal */
    ProgressView(PrintWriter out, boolean live, int width, Clock clock) {
        this.out = out;
        this.barStream = live ? new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8) : null;
        this.width = width;
        this.clock = clock;
    }

    static boolean terminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    synchronized void progress(String label, Upid task, Progress p) {
        if (p.fraction().isEmpty()) {
            return;
        }
        double f = p.fraction().getAsDouble();
        if (barStream != null) {
            ProgressBar bar = bars.computeIfAbsent(label, l -> newBar(l, task)).bar();
            bar.stepTo(Math.round(f * SCALE));
            bar.setExtraMessage(p.phase().map(phase -> " " + phase).orElse(""));
            return;
        }
        int decile = (int) (f * 10);
        if (lastDecile.getOrDefault(label, -1) < decile) {
            lastDecile.put(label, decile);
            // at most a line per 10 % step, each with the true figure (not rounded down to the step)
            line(String.format(Locale.ROOT, "  %-24s %5.1f%%", label, f * 100));
        }
    }

    synchronized void done(String label, TaskStatus status) {
        ExitStatus exit = status.exitStatus().orElse(ExitStatus.parse(""));
        String outcome = describe(exit);
        if (barStream == null) {
            line(String.format(Locale.ROOT, "  %-24s %s", label, outcome));
            return;
        }
        LiveBar live = bars.get(label);
        if (live == null) { // a task that never showed progress gets a line, not an empty bar
            text(String.format(Locale.ROOT, "%-24s %s", label, outcome));
            return;
        }
        ProgressBar bar = live.bar();
        live.renderer().endedAt(status.observedAt()); // the bar now shows the task's duration
        if (exit.isSuccess()) {
            bar.stepTo(SCALE);
            bar.setExtraMessage(" " + outcome);
        } else {
            // a failure's reason matters more than its bar: the line becomes the reason
            live.renderer().replaceWith(String.format(Locale.ROOT, "%-24s %s", label, outcome));
        }
        bar.close(); // draws the line a last time and stops redrawing it
    }

    synchronized void message(String text) {
        if (barStream != null) {
            text(text);
        } else {
            line(text);
        }
    }

    /** Ends the live block (bars still open are drawn a last time) so later output starts below it. */
    synchronized void finish() {
        bars.values().forEach(b -> b.bar().close());
        bars.clear();
        out.flush();
    }

    static String describe(ExitStatus s) {
        switch (s.kind()) {
            case OK: return "ok";
            case WARNING: return "ok with warnings (" + s.warnings() + ")";
            case ERROR: return "failed: " + s.message();
            default: return "unknown outcome (" + (s.raw().isEmpty() ? "no status" : s.raw()) + ")";
        }
    }

    private LiveBar newBar(String label, Upid task) {
        TaskBarRenderer renderer = new TaskBarRenderer(String.format(Locale.ROOT, "%-24s", label), task.startTime(), clock, SCALE);
        return new LiveBar(new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(SCALE)
                .setRenderer(renderer)
                .setUpdateIntervalMillis(250)
                .setConsumer(new FlushingConsumer(barStream, width))
                .build(), renderer);
    }

    /**
     * A fixed line among live bars. It goes through the bars' consumer as a bar that renders only
     * this text, because the consumer counts the lines it drew to find each bar again: a line
     * printed beside it would shift every live bar by one.
     */
    private void text(String text) {
        new ProgressBarBuilder().setTaskName(text).setInitialMax(1).setRenderer((state, maxLength) -> text)
                .setConsumer(new FlushingConsumer(barStream, width)).build().close();
    }

    private void line(String text) {
        out.println(text);
        out.flush();
    }

    /** The library's multi-bar console consumer, flushed after each drawing so it reaches the writer. */
    private static final class FlushingConsumer extends InteractiveConsoleProgressBarConsumer {
        private final PrintStream stream;

        FlushingConsumer(PrintStream stream, int width) {
            super(stream, width > 0 ? width : -1);
            this.stream = stream;
        }

        @Override
        public void accept(String rendered) {
            super.accept(rendered);
            stream.flush();
        }
    }

    /** Bytes from the bars' PrintStream into the CLI's writer, decoded whole at each flush. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter target;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        WriterStream(PrintWriter target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            pending.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public synchronized void flush() {
            target.write(pending.toString(StandardCharsets.UTF_8));
            target.flush();
            pending.reset();
        }
    }
}
