package io.github.pvetasks.testkit;

import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time: starts at a given instant and runs {@code scale} times faster than wall time
 * (0 = only {@link #advance} moves it, for fully deterministic tests). Thread-safe.
 */
final class SimClock {

    private final double scale;
    private final long wallStartNanos;
    private final Instant start;
    private long manualNanos;

    SimClock(Instant start, double scale) {
        this.start = start;
        this.scale = scale;
        this.wallStartNanos = System.nanoTime();
    }

    synchronized Instant now() {
        long scaled = scale == 0 ? 0 : (long) ((System.nanoTime() - wallStartNanos) * scale);
        return start.plusNanos(scaled + manualNanos);
    }

    synchronized void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("simulated time cannot go back, got " + d);
        }
        manualNanos += d.toNanos();
    }

    double scale() {
        return scale;
    }

    /** @return how long in wall time a simulated duration takes; zero when time only moves by hand */
    Duration wallTimeOf(Duration simulated) {
        return scale == 0 ? Duration.ZERO : Duration.ofNanos((long) (simulated.toNanos() / scale));
    }
}
