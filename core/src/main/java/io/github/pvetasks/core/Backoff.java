package io.github.pvetasks.core;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before poll number {@code attempt} (0 for the first wait after the start).
 * Implementations must be thread-safe and return a positive duration.
 */
@FunctionalInterface
public interface Backoff {

    /**
     * @param attempt how many polls came before, 0 or more
     * @return the delay before the next poll, positive
     */
    Duration delay(int attempt);

    /**
     * The same delay every time.
     *
     * @param delay the delay, positive
     * @return the backoff
     */
    static Backoff fixed(Duration delay) {
        requirePositive(delay, "fixed backoff delay");
        return attempt -> delay;
    }

    /**
     * {@code initial * factor^attempt}, capped at {@code max}.
     *
     * @param initial the first delay, positive
     * @param factor the growth per attempt, 1.0 or more
     * @param max the cap, at least {@code initial}
     * @return the backoff
     */
    static Backoff exponential(Duration initial, double factor, Duration max) {
        requirePositive(initial, "exponential backoff initial delay");
        requirePositive(max, "exponential backoff maximum delay");
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("exponential backoff factor must be 1.0 or more, got " + factor);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("exponential backoff maximum " + max + " is below the initial delay " + initial);
        }
        double initialNanos = initial.toNanos();
        long maxNanos = max.toNanos();
        return attempt -> {
            double nanos = initialNanos * Math.pow(factor, Math.max(0, attempt));
            return nanos >= maxNanos ? max : Duration.ofNanos((long) nanos);
        };
    }

    /**
     * Spreads another backoff's delays by up to {@code ±fraction}, so that many clients started
     * together do not poll in lock step.
     *
     * @param base the backoff to spread
     * @param fraction how far to spread, 0.0 to 1.0
     * @param random the source of randomness (a seeded one makes tests repeatable)
     * @return the jittered backoff; never below one millisecond
     */
    static Backoff jittered(Backoff base, double fraction, RandomGenerator random) {
        PveIdentifiers.requireNonNull(base, "base backoff");
        PveIdentifiers.requireNonNull(random, "random generator");
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("jitter fraction must be between 0.0 and 1.0, got " + fraction);
        }
        return attempt -> {
            long nanos = base.delay(attempt).toNanos();
            double spread = (random.nextDouble() * 2 - 1) * fraction;
            return Duration.ofNanos(Math.max(1_000_000L, (long) (nanos * (1 + spread))));
        };
    }

    private static void requirePositive(Duration d, String what) {
        PveIdentifiers.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }
}
