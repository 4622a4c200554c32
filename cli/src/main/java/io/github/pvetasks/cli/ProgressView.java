package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskStatus;
import me.tongfei.progressbar.DefaultProgressBarRenderer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.time.Duration;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shows tasks' progress. On a terminal: one live bar per task (me.tongfei:progressbar, several at
 * once, with rate, ETA and the terminal's width), finished with the task's outcome. In a file, a
 * pipe or a CI log: plain lines, at most one per 10 % step and task, each with the true figure.
 * Thread-safe.
 */
final class ProgressView {

    /** The bars count in tenths of a percent, so a figure such as 42.5 % shows as it is. */
    private static final int SCALE = 1000;

    private final PrintWriter out;
    private final PrintStream barStream;
    private final int width;
    private final Map<String, LiveBar> bars = new LinkedHashMap<>();

    /** A task's bar and the renderer that can turn it into the task's reason. */
    private record LiveBar(ProgressBar bar, TaskRenderer renderer) {
    }
    private final Map<String, Integer> lastDecile = new LinkedHashMap<>();

    /**
     * @param out where everything goes
     * @param live bars redrawn in place (a terminal), or plain lines
     */
    ProgressView(PrintWriter out, boolean live) {
        this(out, live, 0);
    }

    /** @param width the bars' width in characters; 0 asks the terminal */
    ProgressView(PrintWriter out, boolean live, int width) {
        this.out = out;
        this.barStream = live ? new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8) : null;
        this.width = width;
    }

    static boolean terminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    synchronized void progress(String label, Progress p) {
        if (p.fraction().isEmpty()) {
            return;
        }
        double f = p.fraction().getAsDouble();
        if (barStream != null) {
            ProgressBar bar = bars.computeIfAbsent(label, this::newBar).bar();
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
        if (exit.isSuccess()) {
            bar.stepTo(SCALE);
            bar.setExtraMessage(" " + outcome);
        } else {
            // a failure's reason matters more than its bar: the line becomes the reason
            live.renderer().ending = String.format(Locale.ROOT, "%-24s %s", label, outcome);
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

    private LiveBar newBar(String label) {
        TaskRenderer renderer = new TaskRenderer();
        return new LiveBar(new ProgressBarBuilder()
                .setTaskName(String.format(Locale.ROOT, "%-24s", label)) // aligned bars
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

    /** A linear estimate from the progress since the bar appeared; none before the first step. */
    private static Optional<Duration> linearEta(ProgressState state) {
        long done = state.getCurrent() - state.getStart();
        if (done <= 0) {
            return Optional.empty();
        }
        Duration elapsed = state.getElapsedAfterStart();
        return Optional.of(elapsed.multipliedBy(state.getMax() - state.getCurrent()).dividedBy(done));
    }

    /**
     * The library's bar (percent, figure, elapsed / ETA, rate in percent per minute), until a
     * failed task turns its line into the reason.
     */
    private static final class TaskRenderer extends DefaultProgressBarRenderer {
        volatile String ending;

        TaskRenderer() {
            super(StandardCharsets.UTF_8.equals(Charset.defaultCharset()) ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII,
                    "%", SCALE / 100, true, new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)),
                    ChronoUnit.MINUTES, true, ProgressView::linearEta);
        }

        @Override
        public String render(ProgressState state, int maxLength) {
            String end = ending;
            if (end == null) {
                return super.render(state, maxLength);
            }
            // padded to the bar's width, so nothing of the bar drawn before stays visible after it
            return end.length() >= maxLength ? end : end + " ".repeat(maxLength - end.length());
        }
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
