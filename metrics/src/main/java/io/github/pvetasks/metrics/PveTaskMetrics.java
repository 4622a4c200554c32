package io.github.pvetasks.metrics;

import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.MonitorRequest;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.monitor.TaskMonitorListener;
import io.github.pvetasks.monitor.WatchEnding;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Micrometer meters for a {@link TaskMonitor}'s tasks and its own requests. Bind it to one or
 * more registries; from the first bind it listens to the monitor (through a listener of its own,
 * not part of this API), and {@link #close()} stops listening.
 *
 * <pre>{@code
 * PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).tags(Tags.of("cluster", "prod")).build();
 * metrics.bindTo(registry);
 * }</pre>
 *
 * <p>Each event is recorded once in every bound registry: binding the same registry twice
 * changes nothing, and two registries each see every event once. Meters: {@code pve.tasks}
 * (timer by product, node, type and outcome, recorded when a watch ends whatever ends it),
 * {@code pve.tasks.active} (long task timer), {@code pve.tasks.watched} (gauge) and
 * {@code pve.tasks.requests} (timer by product, node, endpoint and outcome). Tags are bounded:
 * never a UPID, VM id or user. Watches started before the first bind are not measured.
 */
public final class PveTaskMetrics implements MeterBinder, AutoCloseable {

    private final TaskMonitor monitor;
    private final Tags extraTags;
    private final Set<MeterRegistry> registries = ConcurrentHashMap.newKeySet();
    private final Map<TaskHandle, List<LongTaskTimer.Sample>> active = new ConcurrentHashMap<>();
    private final Listener listener = new Listener();
    private final AtomicBoolean listening = new AtomicBoolean();

    private PveTaskMetrics(Builder b) {
        this.monitor = b.monitor;
        this.extraTags = b.tags;
    }

    /**
     * @param monitor the monitor to measure
     * @return a builder
     */
    public static Builder builder(TaskMonitor monitor) {
        return new Builder(Arguments.requireNonNull(monitor, "monitor"));
    }

    /** Builds {@link PveTaskMetrics}. */
    public static final class Builder {
        private final TaskMonitor monitor;
        private Tags tags = Tags.empty();

        private Builder(TaskMonitor monitor) {
            this.monitor = monitor;
        }

        /**
         * @param t tags added to every meter (keep them bounded, such as a cluster name)
         * @return this builder
         */
        public Builder tags(Iterable<Tag> t) {
            this.tags = Tags.of(Arguments.requireNonNull(t, "tags"));
            return this;
        }

        /** @return the binder, not yet bound */
        public PveTaskMetrics build() {
            return new PveTaskMetrics(this);
        }
    }

    /**
     * Registers the meters in the registry and, on the first bind, starts listening to the monitor.
     *
     * @param registry where to record; binding the same registry again does nothing
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        Arguments.requireNonNull(registry, "meter registry");
        if (!registries.add(registry)) {
            return;
        }
        Gauge.builder(PveMeterNames.TASKS_WATCHED, active, Map::size)
                .description("Tasks the pve-tasks monitor is watching").baseUnit("tasks").tags(extraTags).register(registry);
        if (listening.compareAndSet(false, true)) {
            monitor.addListener(listener);
        }
    }

    /** Stops listening to the monitor; the meters stay in the registries with their last values. */
    @Override
    public void close() {
        monitor.removeListener(listener);
        for (List<LongTaskTimer.Sample> samples : active.values()) {
            samples.forEach(LongTaskTimer.Sample::stop);
        }
        active.clear();
    }

    private Tags taskTags(String product, Upid upid) {
        return extraTags.and("product", product, "node", upid.node(), "type", upid.type());
    }

    private static String productOf(Upid upid) {
        return upid.product().tagValue();
    }

    /** The monitor's events, recorded once per bound registry. */
    private final class Listener implements TaskMonitorListener {

        @Override
        public void watchStarted(TaskHandle watch) {
            Tags tags = taskTags(productOf(watch.upid()), watch.upid());
            List<LongTaskTimer.Sample> samples = new ArrayList<>(registries.size());
            for (MeterRegistry r : registries) {
                samples.add(LongTaskTimer.builder(PveMeterNames.TASKS_ACTIVE).description("Tasks being watched now, and for how long")
                        .tags(tags).register(r).start());
            }
            active.put(watch, samples);
        }

        @Override
        public void requestCompleted(MonitorRequest request) {
            Tags tags = extraTags.and("product", request.product(), "node", request.node(),
                    "endpoint", request.endpoint().name().toLowerCase(Locale.ROOT),
                    "outcome", RequestOutcomes.forFailure(request.failure().orElse(null)));
            for (MeterRegistry r : registries) {
                Timer.builder(PveMeterNames.MONITOR_REQUESTS).description("Requests the pve-tasks monitor made, and their round trips")
                        .tags(tags).register(r).record(request.latency());
            }
        }

        @Override
        public void watchEnded(TaskHandle watch, WatchEnding ending) {
            List<LongTaskTimer.Sample> samples = active.remove(watch);
            if (samples == null) {
                return; // started before the first bind: not measured
            }
            samples.forEach(LongTaskTimer.Sample::stop);
            Upid upid = watch.upid();
            Duration d = Duration.between(upid.startTime(), ending.endedAt());
            Tags tags = taskTags(productOf(upid), upid).and("outcome", ending.outcome().tagValue());
            for (MeterRegistry r : registries) {
                Timer.builder(PveMeterNames.TASKS).description("Watched tasks, from the server's start time to the end of the watch")
                        .tags(tags).register(r).record(d.isNegative() ? Duration.ZERO : d);
            }
        }
    }
}
