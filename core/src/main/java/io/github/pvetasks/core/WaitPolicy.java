package io.github.pvetasks.core;

import java.time.Duration;

/**
 * How to wait for one task: how long at most, how often to poll, whether {@code WARNINGS: n}
 * counts as success, whether to stop the server task on timeout, and how to treat transient faults.
 *
 * <pre>{@code
 * WaitPolicy p = WaitPolicy.forType("qmclone");                 // 2 h, the guide's clone timeout
 * WaitPolicy strict = p.toBuilder().warningsAreSuccess(false).build();
 * }</pre>
 *
 * <p>Immutable. Defaults: 30 min timeout, polls after 1 s growing by 1.2x to 5 s, warnings are
 * success, the server task is left running on timeout, transient faults are retried until the
 * deadline, and a 400 "no such task" is tolerated for 10 s after the task's start.
 */
public final class WaitPolicy {

    /** The default poll backoff: 1 s, growing by 1.2x per poll, capped at 5 s. */
    public static final Backoff DEFAULT_BACKOFF = Backoff.exponential(Duration.ofSeconds(1), 1.2, Duration.ofSeconds(5));

    private static final WaitPolicy DEFAULTS = builder().build();

    private final Duration timeout;
    private final Backoff backoff;
    private final boolean warningsAreSuccess;
    private final boolean stopTaskOnTimeout;
    private final boolean retryTransientErrors;
    private final Duration noSuchTaskGrace;
    private final Duration longestInterval;
    private final long longestNanos;
    /** The longest interval as set, or null when derived from the timeout (and re-derived by {@link #withTimeout}). */
    private final Duration longestIntervalSet;

    private WaitPolicy(Builder b) {
        this.timeout = b.timeout;
        this.backoff = b.backoff;
        this.warningsAreSuccess = b.warningsAreSuccess;
        this.stopTaskOnTimeout = b.stopTaskOnTimeout;
        this.retryTransientErrors = b.retryTransientErrors;
        this.noSuchTaskGrace = b.noSuchTaskGrace;
        this.longestIntervalSet = b.longestInterval;
        this.longestInterval = b.longestInterval != null ? b.longestInterval : defaultLongestInterval(b.timeout, b.backoff);
        this.longestNanos = longestInterval.toNanos();
    }

    /** A task's age divided by this is the interval it may be polled at, once longer than its backoff. */
    static final int AGE_DIVISOR = 8;

    /** Long waits may be polled more rarely: a 240th of the timeout, at least the backoff's longest delay, at most 30 s. */
    private static Duration defaultLongestInterval(Duration timeout, Backoff backoff) {
        Duration backoffMax = backoff.delay(1_000);
        Duration share = timeout.dividedBy(240);
        Duration cap = Duration.ofSeconds(30);
        Duration d = share.compareTo(cap) > 0 ? cap : share;
        return d.compareTo(backoffMax) < 0 ? backoffMax : d;
    }

    /** @return the default policy (30 min) */
    public static WaitPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * The default policy for a task type, with the timeout of the guide's table: clone 2 h,
     * backup 4 h, snapshot 10 min, start/stop 5 min, create 30 min, anything else 30 min (see
     * {@link WaitPolicies} for the full mapping of types and how to override it).
     *
     * @param type a task type such as {@code qmclone}
     * @return the policy
     * @throws IllegalArgumentException when type is null
     */
    public static WaitPolicy forType(String type) {
        return WaitPolicies.defaults().forType(type);
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's values */
    public Builder toBuilder() {
        Builder b = new Builder().timeout(timeout).backoff(backoff).warningsAreSuccess(warningsAreSuccess)
                .stopTaskOnTimeout(stopTaskOnTimeout).retryTransientErrors(retryTransientErrors);
        b.noSuchTaskGrace(noSuchTaskGrace);
        if (longestIntervalSet != null) {
            b.longestInterval(longestIntervalSet);
        }
        return b;
    }

    /**
     * @param timeout the new timeout
     * @return a copy with that timeout
     */
    public WaitPolicy withTimeout(Duration timeout) {
        return toBuilder().timeout(timeout).build();
    }

    /**
     * How long a task that has run a long time may go unasked. A task is polled at its
     * {@link #backoff()}, or at an eighth of its age when that is longer, but never more rarely
     * than this: the end of a task is known at most this long (plus one answer) after it happens.
     * Default: a 240th of the timeout, at least the backoff's longest delay, at most 30 s (so 30 s
     * for a 2-hour clone or a 4-hour backup, 7.5 s for a 30-minute wait, 5 s for a start).
     *
     * @return the longest interval between two polls of one task
     */
    public Duration longestInterval() {
        return longestInterval;
    }

    /**
     * The interval before the next poll of a task of this age that has been polled
     * {@code attempt} times: the backoff's delay, or an eighth of the age when that is longer,
     * capped at {@link #longestInterval()} (and never shorter than the backoff's delay).
     *
     * @param attempt polls so far, 0 or more
     * @param age how long the task has run (negative counts as zero: clocks disagree)
     * @return the interval
     * @throws IllegalArgumentException if {@code attempt} is negative
     * @throws NullPointerException if {@code age} is null
     */
    public Duration pollInterval(int attempt, Duration age) {
        PveIdentifiers.requireNonNull(age, "task age");
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be 0 or more, got " + attempt);
        }
        Duration base = backoff.delay(attempt);
        if (age.isNegative()) {
            return base;
        }
        // nanosecond arithmetic: Duration.dividedBy goes through BigDecimal, and this runs per watch and poll
        long aged = age.getSeconds() >= (longestNanos / 1_000_000_000L + 1) * AGE_DIVISOR
                ? longestNanos // old enough for the cap (and toNanos could overflow)
                : Math.min(longestNanos, age.toNanos() / AGE_DIVISOR);
        return aged > base.toNanos() ? Duration.ofNanos(aged) : base;
    }

    /** @return the longest time to wait, counted from when the wait starts */
    public Duration timeout() {
        return timeout;
    }

    /** @return the delay between polls */
    public Backoff backoff() {
        return backoff;
    }

    /** @return whether {@code WARNINGS: n} counts as success (default true, as the server counts it) */
    public boolean warningsAreSuccess() {
        return warningsAreSuccess;
    }

    /** @return whether the server task is stopped (DELETE) when the wait times out */
    public boolean stopTaskOnTimeout() {
        return stopTaskOnTimeout;
    }

    /** @return whether transient faults (I/O, 5xx, 595/596/599) are retried until the deadline */
    public boolean retryTransientErrors() {
        return retryTransientErrors;
    }

    /** @return how long after the task's start a 400 "no such task" is taken as not-yet-visible */
    public Duration noSuchTaskGrace() {
        return noSuchTaskGrace;
    }

    /**
     * @param status a stopped task's exit status
     * @return whether it counts as success under this policy
     */
    public boolean isSuccess(ExitStatus status) {
        PveIdentifiers.requireNonNull(status, "exit status");
        return status.isSuccess(warningsAreSuccess);
    }

    @Override
    public String toString() {
        return "WaitPolicy[timeout=" + timeout + ", warningsAreSuccess=" + warningsAreSuccess
                + ", stopTaskOnTimeout=" + stopTaskOnTimeout + ", retryTransientErrors=" + retryTransientErrors
                + ", noSuchTaskGrace=" + noSuchTaskGrace + ", longestInterval=" + longestInterval + "]";
    }

    /** Builds a {@link WaitPolicy}; every setter checks its value at once. */
    public static final class Builder {
        private Duration timeout = Duration.ofMinutes(30);
        private Backoff backoff = DEFAULT_BACKOFF;
        private boolean warningsAreSuccess = true;
        private boolean stopTaskOnTimeout;
        private boolean retryTransientErrors = true;
        private Duration noSuchTaskGrace = Duration.ofSeconds(10);
        private Duration longestInterval;

        private Builder() {
        }

        /**
         * @param longest the longest interval between two polls of a long-running task, positive
         *                (default: see {@link WaitPolicy#longestInterval()})
         * @return this builder
         */
        public Builder longestInterval(Duration longest) {
            PveIdentifiers.requireNonNull(longest, "longest interval");
            if (longest.isZero() || longest.isNegative()) {
                throw new IllegalArgumentException("longest interval must be positive, got " + longest);
            }
            this.longestInterval = longest;
            return this;
        }

        /**
         * @param timeout the longest wait, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            PveIdentifiers.requireNonNull(timeout, "wait timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("wait timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * @param backoff the delay between polls
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = PveIdentifiers.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * Shorthand for an exponential backoff from {@code initial} to {@code max} (factor 1.2).
         *
         * @param initial the first poll delay
         * @param max the longest poll delay
         * @return this builder
         */
        public Builder pollInterval(Duration initial, Duration max) {
            return backoff(Backoff.exponential(initial, 1.2, max));
        }

        /**
         * @param warningsAreSuccess false to treat {@code WARNINGS: n} as failure
         * @return this builder
         */
        public Builder warningsAreSuccess(boolean warningsAreSuccess) {
            this.warningsAreSuccess = warningsAreSuccess;
            return this;
        }

        /**
         * @param stopTaskOnTimeout true to stop the server task when the wait times out
         * @return this builder
         */
        public Builder stopTaskOnTimeout(boolean stopTaskOnTimeout) {
            this.stopTaskOnTimeout = stopTaskOnTimeout;
            return this;
        }

        /**
         * @param retryTransientErrors false to fail the wait on the first transient fault
         * @return this builder
         */
        public Builder retryTransientErrors(boolean retryTransientErrors) {
            this.retryTransientErrors = retryTransientErrors;
            return this;
        }

        /**
         * @param grace how long after the task's start a "no such task" answer is tolerated, 0 or more
         * @return this builder
         */
        public Builder noSuchTaskGrace(Duration grace) {
            PveIdentifiers.requireNonNull(grace, "no-such-task grace");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("no-such-task grace must not be negative, got " + grace);
            }
            this.noSuchTaskGrace = grace;
            return this;
        }

        /** @return the policy */
        public WaitPolicy build() {
            return new WaitPolicy(this);
        }
    }
}
