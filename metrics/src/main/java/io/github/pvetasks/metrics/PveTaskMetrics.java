package io.github.pvetasks.metrics;

import io.github.pvetasks.core.PveIdentifiers;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.monitor.TaskMonitorListener;
import io.github.pvetasks.monitor.TaskOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Micrometer meters for a {@link TaskMonitor}'s tasks and its own work. Bind it to a registry;
 * from then on it listens to the monitor, and {@link #close()} stops listening.
 *
 * <pre>{@code
 * PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).tags(Tags.of("cluster", "prod")).build();
 * metrics.bindTo(registry);
 * }</pre>
 *
 * <p>Tags are bounded: node, task type, outcome, endpoint. Never a UPID, VM id or user.
 */
public final class PveTaskMetrics implements MeterBinder, TaskMonitorListener, AutoCloseable {

    private final TaskMonitor monitor;
    private final Tags extraTags;
    private final Clock clock;
    private final AtomicInteger watched = new AtomicInteger();
    private final Map<Upid, LongTaskTimer.Sample> active = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    private PveTaskMetrics(Builder b) {
        this.monitor = b.monitor;
        this.extraTags = b.tags;
        this.clock = b.clock != null ? b.clock : b.monitor.clock();
    }

    /**
     * @param monitor the monitor to measure
     * @return a builder
     */
    public static Builder builder(TaskMonitor monitor) {
        return new Builder(PveIdentifiers.requireNonNull(monitor, "monitor"));
    }

    /** Builds {@link PveTaskMetrics}. */
    public static final class Builder {
        private final TaskMonitor monitor;
        private Tags tags = Tags.empty();
        private Clock clock;

        private Builder(TaskMonitor monitor) {
            this.monitor = monitor;
        }

        /**
         * @param t tags added to every meter (keep them bounded, such as a cluster name)
         * @return this builder
         */
        public Builder tags(Iterable<Tag> t) {
            this.tags = Tags.of(PveIdentifiers.requireNonNull(t, "tags"));
            return this;
        }

        /**
         * @param c the clock for timeout and cancel durations (default: the monitor's)
         * @return this builder
         */
        public Builder clock(Clock c) {
            this.clock = PveIdentifiers.requireNonNull(c, "clock");
            return this;
        }

        /** @return the binder, not yet bound */
        public PveTaskMetrics build() {
            return new PveTaskMetrics(this);
        }
    }

    @Override
    public void bindTo(MeterRegistry r) {
        PveIdentifiers.requireNonNull(r, "meter registry");
        this.registry = r;
        Gauge.builder(PveMeterNames.TASKS_WATCHED, watched, AtomicInteger::get)
                .description("Tasks the pve-tasks monitor is watching").baseUnit("tasks").tags(extraTags).register(r);
        monitor.addListener(this);
    }

    /** Stops listening to the monitor; the meters stay in the registry with their last values. */
    @Override
    public void close() {
        monitor.removeListener(this);
        for (LongTaskTimer.Sample s : active.values()) {
            s.stop();
        }
        active.clear();
    }

    @Override
    public void watchStarted(Upid upid) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        watched.incrementAndGet();
        LongTaskTimer ltt = LongTaskTimer.builder(PveMeterNames.TASKS_ACTIVE)
                .description("Tasks being watched now, and for how long").tags(extraTags)
                .tag("node", upid.node()).tag("type", upid.type()).register(r);
        active.put(upid, ltt.start());
    }

    @Override
    public void requestCompleted(String node, Endpoint endpoint, Duration latency, Throwable failure) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        Timer.builder(PveMeterNames.POLLS).description("Round trips of the pve-tasks monitor's requests").tags(extraTags)
                .tag("node", node).tag("outcome", failure == null ? "success" : "failure").register(r).record(latency);
        Counter.builder(PveMeterNames.POLL_REQUESTS).description("Requests the pve-tasks monitor made").baseUnit("requests")
                .tags(extraTags).tag("endpoint", endpoint.name().toLowerCase(Locale.ROOT)).register(r).increment();
    }

    @Override
    public void taskFinished(TaskStatus status, TaskOutcome outcome) {
        record(status.upid(), outcome, Duration.between(status.upid().startTime(), status.observedAt()));
    }

    @Override
    public void watchEnded(Upid upid, TaskOutcome outcome) {
        record(upid, outcome, Duration.between(upid.startTime(), clock.instant()));
    }

    private void record(Upid upid, TaskOutcome outcome, Duration duration) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        LongTaskTimer.Sample sample = active.remove(upid);
        if (sample != null) {
            sample.stop();
            watched.decrementAndGet();
        }
        Timer.builder(PveMeterNames.TASKS).description("Proxmox VE task durations, from the server's start time to the observed end")
                .tags(extraTags).tag("node", upid.node()).tag("type", upid.type()).tag("outcome", outcome.tagValue())
                .register(r).record(duration.isNegative() ? Duration.ZERO : duration);
    }
}
