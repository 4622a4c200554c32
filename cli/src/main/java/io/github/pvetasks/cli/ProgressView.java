package io.github.pvetasks.cli;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskStatus;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shows tasks' progress: live bars redrawn in place on a terminal, plain lines (at most one per 10 % step, with the true figure)
 * when the output is a file or pipe. Thread-safe.
 */
final class ProgressView {

    private final PrintWriter out;
    private final boolean live;
    private final Map<String, String> lines = new LinkedHashMap<>();
    private final Map<String, Integer> lastDecile = new LinkedHashMap<>();
    private int drawn;

    ProgressView(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    static boolean terminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    synchronized void progress(String label, Progress p) {
        if (p.fraction().isEmpty()) {
            return;
        }
        double f = p.fraction().getAsDouble();
        if (live) {
            lines.put(label, bar(label, f, p.phase().orElse("")));
            redraw();
        } else {
            int decile = (int) (f * 10);
            if (lastDecile.getOrDefault(label, -1) < decile) {
                lastDecile.put(label, decile);
                // at most a line per 10 % step, each with the true figure (not rounded down to the step)
                out.println(String.format(Locale.ROOT, "  %-24s %5.1f%%", label, f * 100));
                out.flush();
            }
        }
    }

    synchronized void done(String label, TaskStatus status) {
        String outcome = describe(status.exitStatus().orElse(ExitStatus.parse("")));
        if (live) {
            lines.put(label, String.format(Locale.ROOT, "  %-24s %s", label, outcome));
            redraw();
        } else {
            out.println(String.format(Locale.ROOT, "  %-24s %s", label, outcome));
            out.flush();
        }
    }

    synchronized void message(String text) {
        if (live) {
            lines.put(text + "#" + lines.size(), text);
            redraw();
        } else {
            out.println(text);
            out.flush();
        }
    }

    /** Ends the live block so later output starts below it. */
    synchronized void finish() {
        lines.clear();
        drawn = 0;
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

    private static String bar(String label, double f, String phase) {
        int filled = (int) Math.round(f * 30);
        return String.format(Locale.ROOT, "  %-24s [%s%s] %5.1f%% %s", label, "#".repeat(filled), ".".repeat(30 - filled), f * 100, phase);
    }

    private void redraw() {
        if (drawn > 0) {
            out.print("\u001b[" + drawn + "A");
        }
        for (String line : lines.values()) {
            out.print("\r\u001b[2K" + line + "\n");
        }
        drawn = lines.size();
        out.flush();
    }
}
