package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskOutcome;
import io.github.pvetasks.monitor.internal.FaultPolicy;
import io.github.pvetasks.monitor.internal.ListReconciler;
import io.github.pvetasks.monitor.internal.TaskBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One poll cycle of one node, as one db-scheduler execution runs it on whichever replica picked
 * it: deliver the node's endings that wait, send one task list for all its active watches, read
 * it with the in-memory monitor's {@link ListReconciler}, ask by status only what the list cannot
 * tell (a task it does not show, a deadline's final check, one running task's confirmation per
 * interval), record each ending with a compare-and-set and deliver it, and say when the node is
 * next due: at the pace of its most urgent watch ({@code WaitPolicy.pollInterval}).
 *
 * <p>Running twice at once (a replica thought dead was only slow) is harmless: both read the same
 * answers; only one compare-and-set per ending wins and only one delivery commits. Nothing is
 * written for a watch that is still running, so a cycle costs one read of the node's rows.
 */
final class NodeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(NodeCycle.class);
    /**
     * How often one running task of a node is confirmed by status: pvestatd's period. A task
     * that ends is archived, and so shown ended by the next list, within pvestatd's 10 s; a
     * confirmation catches the rest (an orphan while pvestatd hangs), one task per interval in
     * turn. The in-memory monitor asks every 5 s at most but, checking at list answers, skips
     * about every other list; measured on the same workload (replica-soak --calm), confirming
     * every 5 s here cost about 50 % more status requests for the same endings.
     */
    static final Duration CONFIRM_INTERVAL = Duration.ofSeconds(10);
    /** The longest wait for one answer, beyond the client's own timeouts (so a cycle can never hang). */
    static final Duration ANSWER_BOUND = Duration.ofMinutes(2);

    /** When the node is next due, and what its next cycle needs to know; no time: the node has nothing left. */
    record Next(Optional<Instant> at, NodeState state) {
    }

    /** The earliest time something of the node is due again; none: the node has nothing left. */
    private static final class Due {
        Instant at;

        void atLatest(Instant t) {
            at = at == null || t.isBefore(at) ? t : at;
        }
    }

    private final WatchStore store;
    private final Deliveries deliveries;
    private final Map<String, TaskBackend> backends;
    private final Clock clock;
    private final int maxInFlight;
    final AtomicLong cycles = new AtomicLong();
    final AtomicLong requests = new AtomicLong();

    NodeCycle(WatchStore store, Deliveries deliveries, Map<String, TaskBackend> backends, Clock clock, int maxInFlight) {
        this.store = store;
        this.deliveries = deliveries;
        this.backends = Map.copyOf(backends);
        this.clock = clock;
        this.maxInFlight = maxInFlight;
    }

    Next run(String key, NodeState state) throws SQLException, InterruptedException {
        cycles.incrementAndGet();
        String server = NodeKey.server(key);
        String node = NodeKey.node(key);
        Instant now = clock.instant();
        Due due = new Due();
        List<DurableWatch> active = new ArrayList<>();
        for (DurableWatch w : store.nodeWork(server, node)) {
            if (w.state() == DurableWatch.State.ACTIVE) {
                active.add(w);
            } else if (!w.nextDeliveryAt().isAfter(now)) {
                if (!deliveries.deliver(w)) {
                    due.atLatest(now.plus(Deliveries.retryPause(w.deliveryAttempts())));
                }
            } else {
                due.atLatest(w.nextDeliveryAt());
            }
        }
        if (active.isEmpty()) {
            return new Next(Optional.ofNullable(due.at), NodeState.FIRST);
        }
        TaskBackend backend = backends.get(server);
        if (backend == null) {
            throw new IllegalStateException("watches on node '" + node + "' of server '" + server + "', but this replica has no "
                    + "server of that name: register it with DurableTaskMonitor.builder(...).server(\"" + server + "\", client)");
        }
        List<TaskInfo> items;
        requests.incrementAndGet();
        try {
            items = await(backend.tasksSince(node, oldestStart(active).minus(Duration.ofSeconds(1)), Math.max(1000, active.size() * 4)));
        } catch (ExecutionException | TimeoutException e) {
            return listFailed(active, e instanceof ExecutionException ? e.getCause() : e, state.failures() + 1, state, now, due);
        }
        Map<Upid, ListReconciler.Sighting> seen = ListReconciler.reconcile(active.stream().map(DurableWatch::upid).toList(), items);
        Map<Upid, TaskInfo> finished = new HashMap<>();
        for (TaskInfo i : items) {
            if (!i.isRunning()) {
                finished.putIfAbsent(i.upid(), i);
            }
        }
        List<DurableWatch> ask = new ArrayList<>();
        List<DurableWatch> running = new ArrayList<>();
        List<DurableWatch> still = new ArrayList<>();
        for (DurableWatch w : active) {
            ListReconciler.Sighting s = seen.get(w.upid());
            boolean expired = !now.isBefore(w.deadline());
            if (s.exit().isPresent()) {
                Optional<Instant> endTime = Optional.ofNullable(finished.get(w.upid())).flatMap(TaskInfo::endTime);
                boolean lateEnd = expired && endTime.isPresent() && endTime.get().isAfter(w.deadline());
                end(w, lateEnd ? TaskOutcome.TIMEOUT : TaskOutcome.of(s.exit().get()), s.exit().get().raw(),
                        lateEnd ? "the task ended at " + endTime.get() + ", after the deadline" : null, now, due);
            } else if (s == ListReconciler.Sighting.RUNNING && !expired) {
                running.add(w);
            } else {
                ask.add(w); // not shown, or the deadline's final check
            }
        }
        NodeState after = confirmOne(state, running, now, ask);
        still.addAll(running); // less the one asked to confirm it
        still.addAll(askStatuses(backend, ask, now, due));
        nextPolls(still, now, due);
        LOG.debug("cycle {}: {} active, {} asked by status, {} still active, next {}", key, active.size(), ask.size(), still.size(), due.at);
        return new Next(Optional.ofNullable(due.at), after.withFailures(0));
    }

    /**
     * Once per {@link #CONFIRM_INTERVAL}, one running watch is asked by status (the list may show an ended task
     * running), taking turns in UPID order: with n running watches each is confirmed at least
     * every n intervals, and requests stay at one list plus at most one confirmation per interval.
     */
    private static NodeState confirmOne(NodeState state, List<DurableWatch> running, Instant now, List<DurableWatch> ask) {
        if (running.isEmpty() || now.isBefore(state.nextConfirm())) {
            return state;
        }
        DurableWatch next = null;
        DurableWatch first = null;
        for (DurableWatch w : running) {
            String u = w.upid().toString();
            if (first == null || u.compareTo(first.upid().toString()) < 0) {
                first = w;
            }
            if (u.compareTo(state.lastConfirmed()) > 0 && (next == null || u.compareTo(next.upid().toString()) < 0)) {
                next = w;
            }
        }
        DurableWatch confirm = next != null ? next : first; // past the last one: round again
        running.remove(confirm);
        ask.add(confirm);
        return new NodeState(state.failures(), now.plus(CONFIRM_INTERVAL), confirm.upid().toString());
    }

    /** @return the watches still active after their status answers */
    private List<DurableWatch> askStatuses(TaskBackend backend, List<DurableWatch> ask, Instant now, Due due) throws SQLException, InterruptedException {
        List<DurableWatch> still = new ArrayList<>();
        for (int from = 0; from < ask.size(); from += maxInFlight) {
            List<DurableWatch> chunk = ask.subList(from, Math.min(ask.size(), from + maxInFlight));
            List<CompletableFuture<TaskStatus>> answers = new ArrayList<>();
            for (DurableWatch w : chunk) {
                requests.incrementAndGet();
                answers.add(backend.status(w.upid()));
            }
            for (int i = 0; i < chunk.size(); i++) {
                DurableWatch w = chunk.get(i);
                boolean expired = !now.isBefore(w.deadline());
                try {
                    TaskStatus s = await(answers.get(i));
                    if (s.isStopped() && s.exitStatus().isPresent() && expired && now.isAfter(w.deadline().plus(FaultPolicy.FINAL_CHECK_GRACE))) {
                        // stopped, yet not in the list's archive: it ended moments ago, long after a deadline nobody watched
                        end(w, TaskOutcome.TIMEOUT, s.exitStatus().get().raw(), "the task ended after the deadline " + w.deadline(), now, due);
                    } else if (s.isStopped() && s.exitStatus().isPresent()) {
                        end(w, TaskOutcome.of(s.exitStatus().get()), s.exitStatus().get().raw(), null, now, due);
                    } else if (expired) {
                        end(w, TaskOutcome.TIMEOUT, null, "still running at the deadline " + w.deadline(), now, due);
                        if (w.policy().stopTaskOnTimeout()) {
                            backend.stop(w.upid()); // asked, not awaited: the watch has ended either way
                        }
                    } else {
                        still.add(w);
                    }
                } catch (ExecutionException | TimeoutException e) {
                    Throwable f = e instanceof ExecutionException ? FaultPolicy.unwrap(e.getCause()) : e;
                    if (FaultPolicy.isNoSuchTask(f) && !withinGrace(w, now)) {
                        end(w, TaskOutcome.FAILED, null, "the server does not know the task: " + f.getMessage(), now, due);
                    } else if (FaultPolicy.isNoSuchTask(f)) {
                        still.add(w);
                    } else if (FaultPolicy.endsWatch(f, w.policy())) {
                        end(w, TaskOutcome.FAILED, null, describe(f), now, due);
                    } else if (!now.isBefore(w.deadline().plus(FaultPolicy.FINAL_CHECK_GRACE))) {
                        end(w, TaskOutcome.TIMEOUT, null, "no status at the deadline: " + describe(f), now, due);
                    } else {
                        still.add(w);
                    }
                }
            }
        }
        return still;
    }

    private Next listFailed(List<DurableWatch> active, Throwable failure, int failures, NodeState state, Instant now, Due due)
            throws SQLException {
        Throwable f = FaultPolicy.unwrap(failure);
        LOG.debug("list of a node failed ({} in a row): {}", failures, describe(f));
        for (DurableWatch w : active) {
            if (FaultPolicy.endsWatch(f, w.policy())) {
                end(w, TaskOutcome.FAILED, null, describe(f), now, due);
            } else if (!now.isBefore(w.deadline().plus(FaultPolicy.FINAL_CHECK_GRACE))) {
                end(w, TaskOutcome.TIMEOUT, null, "no answer at the deadline: " + describe(f), now, due);
            }
        }
        due.atLatest(now.plus(FaultPolicy.nodeBackoff(failures)));
        return new Next(Optional.of(due.at), state.withFailures(failures));
    }

    /** The node is due at the pace of its most urgent watch, at a deadline, or for a final check's retry. */
    private static void nextPolls(List<DurableWatch> still, Instant now, Due due) {
        for (DurableWatch w : still) {
            if (!now.isBefore(w.deadline())) {
                due.atLatest(now.plus(FaultPolicy.FINAL_CHECK_RETRY)); // the final check is retried until the grace ends
                continue;
            }
            Duration watched = Duration.between(w.recordedAt(), now);
            Duration age = Duration.between(w.upid().startTime(), now);
            due.atLatest(now.plus(w.policy().pollInterval(PolicySnapshot.attemptsAfter(w.policy(), watched), age)));
            due.atLatest(w.deadline());
        }
    }

    /** Records the ending if nobody has, and delivers it; a delivery that did not commit makes the node due for its retry. */
    private void end(DurableWatch w, TaskOutcome outcome, String exit, String why, Instant now, Due due) throws SQLException {
        if (store.end(w, outcome, exit, why, now) && !deliveries.deliver(w.ended(outcome, exit, why, now))) {
            due.atLatest(now.plus(Deliveries.retryPause(0)));
        }
    }

    private boolean withinGrace(DurableWatch w, Instant now) {
        Duration grace = w.policy().noSuchTaskGrace();
        return !now.isAfter(w.upid().startTime().plus(grace)) || !now.isAfter(w.recordedAt().plus(grace));
    }

    private <T> T await(CompletableFuture<T> f) throws ExecutionException, TimeoutException, InterruptedException {
        return f.get(ANSWER_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Instant oldestStart(List<DurableWatch> ws) {
        Instant oldest = Instant.MAX;
        for (DurableWatch w : ws) {
            oldest = w.upid().startTime().isBefore(oldest) ? w.upid().startTime() : oldest;
        }
        return oldest.isBefore(Instant.EPOCH.plusSeconds(1)) ? Instant.EPOCH.plusSeconds(1) : oldest;
    }

    static String describe(Throwable f) {
        return f.getClass().getSimpleName() + (f.getMessage() != null ? ": " + f.getMessage() : "");
    }
}
