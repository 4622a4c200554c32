package io.github.pvetasks.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time the monitor schedules by: monotonic nanoseconds for intervals and deadlines, and the
 * instant for observation times. The system ticker uses {@link System#nanoTime()}; a ticker over
 * another clock (a simulator's, which may run faster than wall time or only when told) follows
 * that clock, and the loop then re-reads it at least every {@link #recheck()} because it cannot
 * know when such a clock moves.
 */
final class Ticker {

    private final Clock clock;
    private final boolean system;
    private final Duration recheck;

    private Ticker(Clock clock, boolean system, Duration recheck) {
        this.clock = clock;
        this.system = system;
        this.recheck = recheck;
    }

    static Ticker system() {
        return new Ticker(Clock.systemUTC(), true, Duration.ZERO);
    }

    static Ticker following(Clock clock, Duration recheck) {
        return new Ticker(clock, false, recheck);
    }

    long nanos() {
        if (system) {
            return System.nanoTime();
        }
        Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    Instant instant() {
        return clock.instant();
    }

    Clock clock() {
        return clock;
    }

    /** @return how long the loop may sleep without re-reading the clock; zero for the system clock (no limit) */
    Duration recheck() {
        return recheck;
    }
}
