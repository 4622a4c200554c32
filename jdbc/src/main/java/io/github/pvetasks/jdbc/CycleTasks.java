package io.github.pvetasks.jdbc;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The two db-scheduler tasks: one execution per node with watches ({@code pve-tasks-node},
 * instance {@code server|node}), which runs that node's {@link NodeCycle} and reschedules itself
 * for when the node is next due, or removes itself when the node has nothing left; and one
 * cluster-wide recurring sweep ({@code pve-tasks-sweep}) that schedules a node's execution
 * wherever a watch has none (a watch recorded in the instant its node's execution removed itself,
 * or through the caller's own transaction) and deletes delivered watches after their retention.
 * db-scheduler's own locking makes one replica run an execution at a time, and its heartbeats
 * hand a dead replica's executions to another.
 */
final class CycleTasks {

    static final String NODE_TASK = "pve-tasks-node";
    static final String SWEEP_TASK = "pve-tasks-sweep";
    private static final Logger LOG = LoggerFactory.getLogger(CycleTasks.class);
    /** First pause after a cycle that threw (the database unreachable, say); doubles per failure in a row. */
    static final Duration FAILURE_BASE = Duration.ofMillis(500);
    static final Duration FAILURE_MAX = Duration.ofSeconds(30);

    /** How often a new watch's node is nudged while its cycle runs, and how many times at most (about 10 s). */
    static final Duration NUDGE_RETRY = Duration.ofMillis(50);
    static final int NUDGE_TRIES = 200;

    private final ScheduledExecutorService nudger =
            Executors.newSingleThreadScheduledExecutor(io.github.pvetasks.core.spi.DaemonThreads.factory("pve-tasks-jdbc-nudge"));
    final CustomTask<String> node;
    final RecurringTask<Void> sweep;
    private final Clock clock;

    CycleTasks(NodeCycle cycle, WatchStore store, Clock clock, Duration sweepInterval, Duration retention, String schedulerTable) {
        this.clock = clock;
        this.node = Tasks.custom(NODE_TASK, String.class)
                .onFailure(CycleTasks::retryLater)
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    try {
                        NodeCycle.Next next = cycle.run(instance.getId(), NodeState.decode(instance.getData()));
                        return next.at().isPresent() ? reschedule(next.at().get(), next.state().encode()) : removed();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("node cycle " + instance.getId() + " interrupted", e);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException("node cycle " + instance.getId() + " lost the database: " + e.getMessage(), e);
                    }
                });
        this.sweep = Tasks.recurring(SWEEP_TASK, FixedDelay.of(sweepInterval))
                .onFailureReschedule()
                .execute((instance, context) -> {
                    try {
                        SchedulerClient client = context.getSchedulerClient();
                        for (String key : store.nodesWithoutCycle(schedulerTable, NODE_TASK)) {
                            if (ensureScheduled(client, key)) {
                                LOG.debug("sweep scheduled node cycle {}", key);
                            }
                        }
                        store.purgeDelivered(clock.instant().minus(retention));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException("sweep lost the database: " + e.getMessage(), e);
                    }
                });
    }

    /** @return true when the node had no execution and now has one, due at once */
    boolean ensureScheduled(SchedulerClient client, String key) {
        return client.scheduleIfNotExists(new TaskInstance<>(NODE_TASK, key, NodeState.FIRST.encode()), clock.instant());
    }

    /**
     * Makes the node's cycle due within {@code within}, for a watch just recorded (its first poll
     * is due after its backoff's first delay): scheduled now if the node has no cycle, moved
     * earlier if it is due later than that (a node of long tasks, polled rarely), left alone if
     * it is due sooner (so a burst of watches on one node costs one early cycle, not one each). A
     * cycle running right now may have read the node's rows before the new one, so the move is
     * tried again, every {@link #NUDGE_RETRY}, until that cycle has finished (the sweep is the backstop).
     */
    void pollSoon(SchedulerClient client, String key, Duration within) {
        nudge(client, key, within, 0);
    }

    private void nudge(SchedulerClient client, String key, Duration within, int tries) {
        try {
            if (ensureScheduled(client, key)) {
                return;
            }
            TaskInstanceId id = TaskInstanceId.of(NODE_TASK, key);
            Optional<ScheduledExecution<Object>> e = client.getScheduledExecution(id);
            Instant by = clock.instant().plus(within);
            if (e.isEmpty() || e.get().isPicked()) {
                retryNudge(client, key, within, tries); // removed or running this moment
            } else if (e.get().getExecutionTime().isAfter(by)) {
                client.reschedule(id, by);
            }
        } catch (RuntimeException e) {
            retryNudge(client, key, within, tries); // picked between the read and the move, or the database failed
        }
    }

    private void retryNudge(SchedulerClient client, String key, Duration within, int tries) {
        if (tries < NUDGE_TRIES && !nudger.isShutdown()) {
            try {
                nudger.schedule(() -> nudge(client, key, within, tries + 1), NUDGE_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // closing: the sweep of a replica still running schedules it
            }
        }
    }

    void close() {
        nudger.shutdownNow();
    }

    private static CompletionHandler<String> reschedule(Instant at, String state) {
        return (ExecutionComplete done, ExecutionOperations<String> ops) -> ops.reschedule(done, at, state);
    }

    private static CompletionHandler<String> removed() {
        return (ExecutionComplete done, ExecutionOperations<String> ops) -> ops.remove();
    }

    private static void retryLater(ExecutionComplete done, ExecutionOperations<String> ops) {
        int failures = done.getExecution().consecutiveFailures + 1;
        long millis = Math.min(FAILURE_MAX.toMillis(), FAILURE_BASE.toMillis() << Math.min(16, failures - 1));
        LOG.warn("node cycle {} failed ({} in a row), again in {} ms: {}", done.getExecution().taskInstance.getId(), failures, millis,
                done.getCause().map(Throwable::getMessage).orElse("?"));
        ops.reschedule(done, done.getTimeDone().plusMillis(millis));
    }
}
