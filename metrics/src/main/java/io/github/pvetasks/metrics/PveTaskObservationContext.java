package io.github.pvetasks.metrics;

import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskOutcome;
import io.micrometer.observation.Observation;

import java.util.Optional;

/** What an observation of one watched task knows: the task, and once the watch has ended, its outcome. */
public final class PveTaskObservationContext extends Observation.Context {

    private final Upid upid;
    private volatile TaskOutcome outcome;

    PveTaskObservationContext(Upid upid) {
        this.upid = upid;
    }

    /** @return the watched task */
    public Upid upid() {
        return upid;
    }

    /** @return how the watch ended, once it has */
    public Optional<TaskOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    void outcome(TaskOutcome o) {
        this.outcome = o;
    }
}
