package io.github.pvetasks.simulator;

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
    private final java.time.Clock external;
    private long manualNanos;

    SimClock(Instant start, double scale) {
        this.start = start;
        this.scale = scale;
        this.wallStartNanos = System.nanoTime();
        this.external = null;
    }

    /** Time read from a caller's clock (plus any {@link #advance}); the scale is then 1 for wall-time purposes. */
    SimClock(java.time.Clock external) {
        this.start = external.instant();
        this.scale = 1;
        this.wallStartNanos = System.nanoTime();
        this.external = external;
    }

    synchronized Instant now() {
        if (external != null) {
            return external.instant().plusNanos(manualNanos);
        }
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
