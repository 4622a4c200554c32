package io.github.pvetasks.metrics;

import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import io.github.pvetasks.monitor.TaskMonitorListener;
import io.github.pvetasks.monitor.WatchEnding;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Micrometer {@link Observation} per watched task, from the watch's start to its one ending,
 * so that metrics and, with a tracing bridge on the user's side, spans come from one instrument.
 * A watch that did not finish (timeout, failed, cancelled) is an error of the observation.
 *
 * <p>With {@link Builder#progressEvents(boolean)}, the observation also gets an event at each
 * quarter of the task's progress ({@code progress 25%}, ...) and at each change of phase (the
 * disk or job a task works on), which a tracing bridge shows on the task's span. That reads each
 * task's log, one request per task and poll, so it is off by default.
 *
 * <pre>{@code
 * PveTaskObservations observations = PveTaskObservations.builder(monitor, observationRegistry).build();
 * // ... observations.close() stops observing
 * }</pre>
 */
public final class PveTaskObservations implements AutoCloseable {

    private final TaskMonitor monitor;
    private final ObservationRegistry registry;
    private final PveTaskObservationConvention convention;
    private final Map<TaskHandle, Observation> open = new ConcurrentHashMap<>();
    private final Map<io.github.pvetasks.core.Upid, Observation> byTask = new ConcurrentHashMap<>();
    private final Listener listener = new Listener();
    private final boolean progressEvents;

    private PveTaskObservations(Builder b) {
        this.monitor = b.monitor;
        this.registry = b.registry;
        this.convention = b.convention;
        this.progressEvents = b.progressEvents;
        monitor.addListener(listener);
    }

    /**
     * @param monitor the monitor whose watches to observe
     * @param registry where observations go (with a meter handler and/or a tracing bridge)
     * @return a builder
     */
    public static Builder builder(TaskMonitor monitor, ObservationRegistry registry) {
        return new Builder(Arguments.requireNonNull(monitor, "monitor"), Arguments.requireNonNull(registry, "observation registry"));
    }

    /** Builds {@link PveTaskObservations}. */
    public static final class Builder {
        private final TaskMonitor monitor;
        private final ObservationRegistry registry;
        private PveTaskObservationConvention convention = new PveTaskObservationConvention();
        private boolean progressEvents;

        private Builder(TaskMonitor monitor, ObservationRegistry registry) {
            this.monitor = monitor;
            this.registry = registry;
        }

        /**
         * @param c the names and keys to use instead of the default
         * @return this builder
         */
        public Builder convention(PveTaskObservationConvention c) {
            this.convention = Arguments.requireNonNull(c, "observation convention");
            return this;
        }

        /**
         * Adds an event at each quarter of a task's progress and at each change of its phase.
         * Progress is read from the task's log, so this costs one log request per task and poll
         * (without it, requests grow with nodes, not tasks).
         *
         * @param on whether to add progress events (default false)
         * @return this builder
         */
        public Builder progressEvents(boolean on) {
            this.progressEvents = on;
            return this;
        }

        /** @return the observations, already listening to the monitor */
        public PveTaskObservations build() {
            return new PveTaskObservations(this);
        }
    }

    /**
     * @param upid a task
     * @return the open observation of its watch, if one is watched now (an {@link ObservedPveTransport}
     *         built with these observations makes the task's own requests its children)
     */
    public java.util.Optional<Observation> observationOf(io.github.pvetasks.core.Upid upid) {
        return java.util.Optional.ofNullable(byTask.get(upid));
    }

    /** Stops observing; observations still open are stopped as they are. */
    @Override
    public void close() {
        monitor.removeListener(listener);
        open.values().forEach(Observation::stop);
        open.clear();
        byTask.clear();
    }

    private final class Listener implements TaskMonitorListener {
        @Override
        public void watchStarted(TaskHandle watch) {
            PveTaskObservationContext context = new PveTaskObservationContext(watch.upid());
            Observation o = Observation.createNotStarted(convention, () -> context, registry).start();
            open.put(watch, o);
            byTask.putIfAbsent(watch.upid(), o);
            if (progressEvents) {
                watch.onProgress(new ProgressMilestones(o)::accept);
            }
        }

        @Override
        public void watchEnded(TaskHandle watch, WatchEnding ending) {
            Observation o = open.remove(watch);
            if (o == null) {
                return;
            }
            byTask.remove(watch.upid(), o);
            ((PveTaskObservationContext) o.getContext()).outcome(ending.outcome());
            if (!ending.outcome().isFinished()) {
                ending.failure().ifPresent(o::error);
            }
            o.event(Observation.Event.of("pve.task." + ending.outcome().tagValue()));
            o.stop();
        }
    }

    /** Turns a watch's progress into events: each quarter reached, each new phase. */
    private static final class ProgressMilestones {
        private final Observation observation;
        private int quarters;
        private String phase = "";

        ProgressMilestones(Observation observation) {
            this.observation = observation;
        }

        synchronized void accept(io.github.pvetasks.core.Progress p) {
            p.phase().filter(next -> !next.equals(phase)).ifPresent(next -> {
                phase = next;
                observation.event(Observation.Event.of("phase", "phase " + next));
            });
            int reached = (int) Math.floor(p.fraction().orElse(0) * 4 + 1e-9);
            while (quarters < Math.min(reached, 4)) {
                quarters++;
                observation.event(Observation.Event.of("progress", "progress " + quarters * 25 + "%"));
            }
        }
    }
}
