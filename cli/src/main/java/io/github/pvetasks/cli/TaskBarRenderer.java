package io.github.pvetasks.cli;

import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One task's bar, timed by the task, not by the bar: elapsed counts from the task's own start
 * (its UPID's start time) on the monitor's clock, so a clone that began ten minutes before
 * {@code watch} shows ten minutes, and the demo's simulated time shows simulated minutes. The
 * estimate and the rate come from the task's progress over that whole time; a finished bar
 * shows the task's duration. The library only draws: its own clock (wall time since the bar
 * appeared) is never shown.
 *
 * <pre>clone 100 -> 120          42.5% │█████▏      │ (0:10:23 / 0:14:05) 4.1%/min drive-scsi0</pre>
 */
final class TaskBarRenderer implements ProgressBarRenderer {

    private static final boolean UNICODE = StandardCharsets.UTF_8.equals(Charset.defaultCharset());

    private final String label;
    private final Instant taskStart;
    private final Clock clock;
    private final long scale;
    private volatile Instant endedAt;
    private volatile String replacement;

    /**
     * @param label the task's label, already padded
     * @param taskStart when the task started, on the server (its UPID's start time)
     * @param clock the monitor's clock
     * @param scale the bar's maximum (progress counts in 1/scale steps)
     */
    TaskBarRenderer(String label, Instant taskStart, Clock clock, long scale) {
        this.label = label;
        this.taskStart = taskStart;
        this.clock = clock;
        this.scale = scale;
    }

    /** Freezes the times at the task's end. */
    void endedAt(Instant end) {
        this.endedAt = end;
    }

    /** From now on the bar's line is this text (a failed task's reason). */
    void replaceWith(String text) {
        this.replacement = text;
    }

    @Override
    public String render(ProgressState state, int maxLength) {
        String text = replacement;
        if (text != null) {
            // padded to the bar's width, so nothing of the bar drawn before stays visible after it
            return text.length() >= maxLength ? text : text + " ".repeat(maxLength - text.length());
        }
        double fraction = Math.max(0, Math.min(1, state.getCurrent() / (double) scale));
        Instant end = endedAt;
        Duration elapsed = elapsed(end != null ? end : clock.instant());
        String prefix = String.format(Locale.ROOT, "%s %5.1f%% ", label, fraction * 100);
        String suffix = " " + times(fraction, elapsed, end != null) + state.getExtraMessage();
        int barWidth = maxLength - prefix.length() - suffix.length() - 2;
        if (barWidth < 4) {
            String line = prefix + suffix.strip();
            return line.length() > maxLength ? line.substring(0, Math.max(0, maxLength)) : line;
        }
        return prefix + (UNICODE ? "│" : "[") + bar(fraction, barWidth) + (UNICODE ? "│" : "]") + suffix;
    }

    /** @return the task's elapsed time at {@code now}, never negative (the server's clock may be ahead) */
    Duration elapsed(Instant now) {
        Duration d = Duration.between(taskStart, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** "(elapsed / estimated total) rate", or "(duration)" once the task ended. */
    static String times(double fraction, Duration elapsed, boolean ended) {
        if (ended) {
            return "(" + clockFormat(elapsed) + ")";
        }
        if (fraction <= 0 || elapsed.isZero()) {
            return "(" + clockFormat(elapsed) + " / ?)";
        }
        Duration total = Duration.ofMillis(Math.round(elapsed.toMillis() / fraction));
        double perMinute = fraction * 100 / (elapsed.toMillis() / 60_000.0);
        return String.format(Locale.ROOT, "(%s / %s) %.1f%%/min", clockFormat(elapsed), clockFormat(total), perMinute);
    }

    /** H:MM:SS, hours unbounded. */
    static String clockFormat(Duration d) {
        long s = d.getSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    private static String bar(double fraction, int width) {
        double cells = fraction * width;
        int full = (int) cells;
        StringBuilder b = new StringBuilder(width);
        b.append((UNICODE ? "█" : "=").repeat(full));
        if (full < width) {
            if (UNICODE) {
                String eighths = " ▏▎▍▌▋▊▉";
                b.append(eighths.charAt((int) ((cells - full) * 8)));
            } else {
                b.append(cells - full >= 0.5 ? '-' : ' ');
            }
            b.append(" ".repeat(width - full - 1));
        }
        return b.toString();
    }
}
