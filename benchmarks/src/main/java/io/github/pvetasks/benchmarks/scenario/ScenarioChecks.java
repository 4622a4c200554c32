package io.github.pvetasks.benchmarks.scenario;

import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.core.Upid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The monitor's promises, checked after a scenario: every handle completes by its deadline plus
 * a small bound; exactly one terminal event per watch; a task that ended before its deadline with
 * nothing fatal in the way completes with exactly the simulator's recorded exit status, and no
 * handle ever reports another; requests in flight to a node never exceed the budget; every
 * follow-up completes.
 */
final class ScenarioChecks {

    /** How late after its deadline a handle may complete: the final check's grace plus a step and a margin. */
    static final Duration LATE_BOUND = Duration.ofSeconds(5).plus(ScenarioRunner.STEP).plusSeconds(2);
    /** A task must end this long before its deadline for its outcome to be required. */
    static final Duration END_MARGIN = Duration.ofSeconds(2);

    private ScenarioChecks() {
    }

    /**
     * @param recorded each task's exit status as its server recorded it (empty while running or unknown)
     */
    static ScenarioReport check(ScenarioPlan plan, Function<Upid, Optional<String>> recorded, Instant t0,
                                List<ScenarioRunner.Watched> watched, TaskHandle ha, Map<TaskHandle, List<String>> events,
                                Map<String, Integer> maxima) {
        ScenarioReport r = new ScenarioReport();
        String seed = "seed " + plan.seed() + ": ";
        r.watches = watched.size() + (ha == null ? 0 : 1);
        r.backupServerWatches = (int) watched.stream().filter(w -> w.upid.product() == io.github.pvetasks.core.Product.PBS).count();
        for (ScenarioRunner.Watched w : watched) {
            String who = seed + w.upid.type() + " on " + w.upid.node() + " (" + w.plan + ")";
            if (!w.handle.result().isDone() || w.completedAt == null) {
                r.hung++;
                r.violation(who + " never completed");
                continue;
            }
            Instant deadline = w.watchedAt.plus(w.plan.timeout());
            if (w.completedAt.isAfter(deadline.plus(LATE_BOUND))) {
                r.hung++;
                r.violation(who + " completed at " + w.completedAt + ", after its deadline " + deadline + " and the bound, events "
                        + events.getOrDefault(w.handle, List.of()) + ", server " + recorded.apply(w.upid));
            }
            List<String> e = events.getOrDefault(w.handle, List.of());
            if (w.refused) {
                if (!e.isEmpty() || !w.handle.result().isCancelled() && !w.handle.result().isCompletedExceptionally()) {
                    r.leaked++;
                    r.violation(who + " was watched after close but had the events " + e);
                }
                continue;
            }
            if (e.size() != 2 || !e.get(0).equals("started") || !e.get(1).startsWith("ended")) {
                r.leaked++;
                r.violation(who + " had the events " + e);
            }
            Optional<String> truth = recorded.apply(w.upid);
            Optional<TaskStatus> got = w.handle.result().isCompletedExceptionally() ? Optional.empty()
                    : Optional.of(w.handle.result().join());
            if (got.isPresent() && !got.get().exitStatus().map(x -> x.raw()).equals(truth)) {
                r.wrong++;
                r.violation(who + " reported " + got.get().exitStatus().map(x -> x.raw()) + " but the server recorded " + truth);
            }
            if (got.isEmpty() && mustHaveOutcome(plan, w, t0, deadline)) {
                r.lost++;
                r.violation(who + " ended in time with " + truth + " but the handle failed: " + failure(w.handle));
            }
        }
        if (ha != null && (!ha.result().isDone() || !ha.followUp().orElseThrow().isDone())) {
            r.hung++;
            r.violation(seed + "the HA request or its follow-up never completed");
        }
        if (ha != null && !ha.followUp().orElseThrow().isCompletedExceptionally()) {
            TaskHandle real = ha.followUp().orElseThrow().join();
            if (!real.result().isDone()) {
                r.hung++;
                r.violation(seed + "the HA follow-up's own watch never completed");
            }
        }
        maxima.forEach((node, max) -> {
            if (max > plan.maxInFlightPerNode()) {
                r.overLimit++;
                r.violation(seed + node + " had " + max + " requests in flight, over the budget of " + plan.maxInFlightPerNode());
            }
        });
        return r;
    }

    /** A task that ended before its deadline, watched to the end with nothing fatal in the way, must give its outcome. */
    private static boolean mustHaveOutcome(ScenarioPlan plan, ScenarioRunner.Watched w, Instant t0, Instant deadline) {
        if (w.plan.ghost() || w.plan.action() != ScenarioPlan.Action.NONE) {
            return false;
        }
        if (plan.closeAt().isPresent() && !t0.plus(plan.closeAt().get()).isAfter(deadline.plus(LATE_BOUND))) {
            return false;
        }
        Instant end = t0.plus(w.plan.startAt()).plus(w.plan.duration());
        if (end.isAfter(deadline.minus(END_MARGIN))) {
            return false;
        }
        for (ScenarioPlan.FaultWindow f : plan.faults()) {
            boolean overlaps = t0.plus(f.from()).isBefore(deadline.plus(LATE_BOUND)) && t0.plus(f.until()).isAfter(w.watchedAt);
            if (f.kind().blocksOutcome() && f.node().equals(w.upid.node()) && overlaps) {
                return false;
            }
        }
        return true;
    }

    private static String failure(TaskHandle h) {
        try {
            h.result().join();
            return "none";
        } catch (RuntimeException e) {
            return String.valueOf(e.getCause());
        }
    }
}
