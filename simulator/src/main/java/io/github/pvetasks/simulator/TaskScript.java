package io.github.pvetasks.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a simulated task does: how long it runs, which log lines it prints when, how it ends,
 * and how it reacts to being stopped. Immutable; build with {@link #builder(Duration)}.
 *
 * <pre>{@code
 * TaskScript slowFailure = TaskScript.builder(Duration.ofMinutes(5))
 *         .line(Duration.ofSeconds(1), "create full clone of drive scsi0 (local-lvm:base-100-disk-0)")
 *         .endsWithError("clone failed: storage 'local-lvm' is full")
 *         .build();
 * }</pre>
 */
public final class TaskScript {

    /** How a task ends. */
    public enum Outcome {
        /** {@code TASK OK}. */
        OK,
        /** {@code TASK WARNINGS: n}, n being the {@code WARN:} lines printed. */
        WARNINGS,
        /** {@code TASK ERROR: message}. */
        ERROR,
        /** Killed without a final line: the server reports {@code unexpected status}. */
        KILLED
    }

    /** A log line printed at a time after the task's start. */
    public record Line(Duration at, String text) {
        /**
         * @param at when, after the start
         * @param text the line
         */
        public Line {
            if (at == null || at.isNegative() || text == null || text.contains("\n")) {
                throw new IllegalArgumentException("a script line needs a time not before the start and one line of text");
            }
        }
    }

    private final Duration duration;
    private final List<Line> lines;
    private final Outcome outcome;
    private final String errorMessage;
    private final String interruptMessage;
    private final boolean ignoresTerm;
    private final List<String> interruptLines;

    private TaskScript(Builder b) {
        this.duration = b.duration;
        this.lines = List.copyOf(b.lines);
        this.outcome = b.outcome;
        this.errorMessage = b.errorMessage;
        this.interruptMessage = b.interruptMessage;
        this.ignoresTerm = b.ignoresTerm;
        this.interruptLines = List.copyOf(b.interruptLines);
    }

    /**
     * @param duration how long the task runs (simulated time), not negative
     * @return a builder of a task that ends OK with no log lines
     */
    public static Builder builder(Duration duration) {
        return new Builder(duration);
    }

    /**
     * @param duration how long the task runs
     * @return a silent task that ends OK
     */
    public static TaskScript ok(Duration duration) {
        return builder(duration).build();
    }

    /** @return how long the task runs */
    public Duration duration() {
        return duration;
    }

    /** @return the timed log lines, in time order */
    public List<Line> lines() {
        return lines;
    }

    /** @return how it ends */
    public Outcome outcome() {
        return outcome;
    }

    /** @return the error message of an {@link Outcome#ERROR} task */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** @return the exit status the server will report once the task ends by itself */
    public String exitStatus() {
        switch (outcome) {
            case OK: return "OK";
            case WARNINGS: return "WARNINGS: " + warnings();
            case ERROR: return errorMessage;
            default: return "unexpected status";
        }
    }

    /** @return the final log line, if the task writes one */
    public Optional<String> finalLine() {
        switch (outcome) {
            case OK: return Optional.of("TASK OK");
            case WARNINGS: return Optional.of("TASK WARNINGS: " + warnings());
            case ERROR: return Optional.of("TASK ERROR: " + errorMessage);
            default: return Optional.empty();
        }
    }

    long warnings() {
        return Math.max(1, lines.stream().filter(l -> l.text().startsWith("WARN: ")).count());
    }

    /** @return the error message a stop (SIGTERM) ends the task with */
    public String interruptMessage() {
        return interruptMessage;
    }

    /** @return lines printed when the task is stopped, before its final line */
    public List<String> interruptLines() {
        return interruptLines;
    }

    /** @return whether the task ignores SIGTERM, so a stop kills it after 5 s (exit status {@code unexpected status}) */
    public boolean ignoresTerm() {
        return ignoresTerm;
    }

    /** Builds a {@link TaskScript}. */
    public static final class Builder {
        private final Duration duration;
        private final List<Line> lines = new ArrayList<>();
        private Outcome outcome = Outcome.OK;
        private String errorMessage;
        private String interruptMessage = "received interrupt";
        private boolean ignoresTerm;
        private final List<String> interruptLines = new ArrayList<>();

        private Builder(Duration duration) {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException("task duration must not be negative, got " + duration);
            }
            this.duration = duration;
        }

        /**
         * @param at when after the start, at most the duration
         * @param text the line
         * @return this builder
         */
        public Builder line(Duration at, String text) {
            Line l = new Line(at, text);
            if (at.compareTo(duration) > 0) {
                throw new IllegalArgumentException("line at " + at + " is after the task's end at " + duration);
            }
            lines.add(l);
            lines.sort((a, b) -> a.at().compareTo(b.at()));
            return this;
        }

        /**
         * @param text lines printed at the start
         * @return this builder
         */
        public Builder lines(String... text) {
            for (String t : text) {
                line(Duration.ZERO, t);
            }
            return this;
        }

        /** @return this builder, ending {@code TASK OK} */
        public Builder endsOk() {
            outcome = Outcome.OK;
            return this;
        }

        /**
         * Ends {@code TASK WARNINGS: n}; adds {@code WARN:} lines at the end if there are fewer than n.
         *
         * @param count the warning count, 1 or more
         * @return this builder
         */
        public Builder endsWithWarnings(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("warning count must be 1 or more, got " + count);
            }
            long have = lines.stream().filter(l -> l.text().startsWith("WARN: ")).count();
            for (long i = have; i < count; i++) {
                line(duration, "WARN: simulated warning " + (i + 1));
            }
            outcome = Outcome.WARNINGS;
            return this;
        }

        /**
         * @param message the error, one line
         * @return this builder, ending {@code TASK ERROR: message}
         */
        public Builder endsWithError(String message) {
            if (message == null || message.isBlank() || message.contains("\n")) {
                throw new IllegalArgumentException("error message must be one non-empty line");
            }
            outcome = Outcome.ERROR;
            errorMessage = message;
            return this;
        }

        /** @return this builder, ending without a final line (as if killed) */
        public Builder endsKilled() {
            outcome = Outcome.KILLED;
            return this;
        }

        /**
         * @param message the error message a stop ends the task with (default {@code received interrupt})
         * @param lines lines printed when stopped
         * @return this builder
         */
        public Builder onStop(String message, String... lines) {
            this.interruptMessage = message;
            this.interruptLines.clear();
            this.interruptLines.addAll(List.of(lines));
            return this;
        }

        /** @return this builder, for a worker that ignores SIGTERM and is killed after 5 s */
        public Builder ignoresTerm() {
            this.ignoresTerm = true;
            return this;
        }

        /** @return the script */
        public TaskScript build() {
            return new TaskScript(this);
        }
    }
}
