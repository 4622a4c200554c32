package io.github.pvetasks.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Progress read from one task log line. Proxmox VE has no progress field: the only progress is
 * what workers print to their log, in a handful of formats (see {@link ProgressFormat}). Every
 * part is optional because each format carries a different subset. A task that copies several
 * disks reports each disk's progress in turn; {@link #phase()} names the disk or job.
 *
 * <p>Immutable.
 */
public final class Progress {

    private final ProgressFormat format;
    private final double fraction;
    private final long bytesDone;
    private final long bytesTotal;
    private final double bytesPerSecond;
    private final Duration elapsed;
    private final String phase;
    private final String line;

    private Progress(Builder b) {
        this.format = b.format;
        this.fraction = b.fraction;
        this.bytesDone = b.bytesDone;
        this.bytesTotal = b.bytesTotal;
        this.bytesPerSecond = b.bytesPerSecond;
        this.elapsed = b.elapsed;
        this.phase = b.phase;
        this.line = b.line;
    }

    /**
     * @param format the format of the line
     * @param line the log line the progress was read from
     * @return a builder; unset parts stay empty
     */
    public static Builder builder(ProgressFormat format, String line) {
        return new Builder(PveIdentifiers.requireNonNull(format, "progress format"),
                PveIdentifiers.requireNonNull(line, "progress line"));
    }

    /** @return the format of the line */
    public ProgressFormat format() {
        return format;
    }

    /** @return how far the work is, 0.0 to 1.0 */
    public OptionalDouble fraction() {
        return Double.isNaN(fraction) ? OptionalDouble.empty() : OptionalDouble.of(fraction);
    }

    /** @return the percentage, 0 to 100 */
    public OptionalDouble percent() {
        return Double.isNaN(fraction) ? OptionalDouble.empty() : OptionalDouble.of(fraction * 100);
    }

    /** @return bytes done (sizes the server printed rounded, such as "4.2 GiB", are approximate) */
    public OptionalLong bytesDone() {
        return bytesDone < 0 ? OptionalLong.empty() : OptionalLong.of(bytesDone);
    }

    /** @return bytes in all */
    public OptionalLong bytesTotal() {
        return bytesTotal < 0 ? OptionalLong.empty() : OptionalLong.of(bytesTotal);
    }

    /** @return the transfer rate the line reports, in bytes per second */
    public OptionalDouble bytesPerSecond() {
        return Double.isNaN(bytesPerSecond) ? OptionalDouble.empty() : OptionalDouble.of(bytesPerSecond);
    }

    /** @return the elapsed time the line reports */
    public Optional<Duration> elapsed() {
        return Optional.ofNullable(elapsed);
    }

    /** @return the disk or job the line is about, such as {@code mirror-scsi0} */
    public Optional<String> phase() {
        return Optional.ofNullable(phase);
    }

    /** @return the log line this progress was read from */
    public String line() {
        return line;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Progress)) {
            return false;
        }
        Progress p = (Progress) o;
        return format == p.format && Double.compare(fraction, p.fraction) == 0 && bytesDone == p.bytesDone
                && bytesTotal == p.bytesTotal && Double.compare(bytesPerSecond, p.bytesPerSecond) == 0
                && Objects.equals(elapsed, p.elapsed) && Objects.equals(phase, p.phase) && line.equals(p.line);
    }

    @Override
    public int hashCode() {
        return line.hashCode();
    }

    @Override
    public String toString() {
        return "Progress[" + format + (Double.isNaN(fraction) ? "" : String.format(java.util.Locale.ROOT, " %.2f%%", fraction * 100))
                + (phase == null ? "" : " " + phase) + "]";
    }

    /** Builds a {@link Progress}; every setter checks its value. */
    public static final class Builder {
        private final ProgressFormat format;
        private final String line;
        private double fraction = Double.NaN;
        private long bytesDone = -1;
        private long bytesTotal = -1;
        private double bytesPerSecond = Double.NaN;
        private Duration elapsed;
        private String phase;

        private Builder(ProgressFormat format, String line) {
            this.format = format;
            this.line = line;
        }

        /**
         * @param fraction 0.0 to 1.0; values slightly outside (rounding) are clamped
         * @return this builder
         */
        public Builder fraction(double fraction) {
            if (Double.isNaN(fraction) || fraction < -0.01 || fraction > 1.01) {
                throw new IllegalArgumentException("progress fraction must be between 0.0 and 1.0, got " + fraction);
            }
            this.fraction = Math.max(0.0, Math.min(1.0, fraction));
            return this;
        }

        /**
         * @param done bytes done, 0 or more
         * @param total bytes in all, 0 or more
         * @return this builder
         */
        public Builder bytes(long done, long total) {
            if (done < 0 || total < 0) {
                throw new IllegalArgumentException("progress bytes must not be negative, got " + done + " of " + total);
            }
            this.bytesDone = done;
            this.bytesTotal = total;
            return this;
        }

        /**
         * @param done bytes done, 0 or more
         * @return this builder
         */
        public Builder bytesDone(long done) {
            if (done < 0) {
                throw new IllegalArgumentException("progress bytes must not be negative, got " + done);
            }
            this.bytesDone = done;
            return this;
        }

        /**
         * @param rate bytes per second, 0 or more
         * @return this builder
         */
        public Builder bytesPerSecond(double rate) {
            if (!(rate >= 0)) {
                throw new IllegalArgumentException("progress rate must not be negative, got " + rate);
            }
            this.bytesPerSecond = rate;
            return this;
        }

        /**
         * @param elapsed the elapsed time, not negative
         * @return this builder
         */
        public Builder elapsed(Duration elapsed) {
            PveIdentifiers.requireNonNull(elapsed, "progress elapsed time");
            if (elapsed.isNegative()) {
                throw new IllegalArgumentException("progress elapsed time must not be negative, got " + elapsed);
            }
            this.elapsed = elapsed;
            return this;
        }

        /**
         * @param phase the disk or job name
         * @return this builder
         */
        public Builder phase(String phase) {
            this.phase = PveIdentifiers.requireNonNull(phase, "progress phase");
            return this;
        }

        /** @return the progress */
        public Progress build() {
            return new Progress(this);
        }
    }
}
