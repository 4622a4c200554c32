package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveException;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.monitor.TaskOutcome;
import io.github.pvetasks.monitor.WatchEnding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers recorded endings to their handlers, each at most once per committed transaction: the
 * {@code ENDED -> DELIVERED} mark is written first (it takes the row's lock, so a second replica
 * delivering the same ending waits, then finds it delivered and does nothing), then the handler
 * runs on the same connection, then both commit together. A crash or a throwing handler rolls both
 * back, and the ending is delivered again later.
 */
final class Deliveries {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
    /** First pause after a failed delivery; doubles per failure. */
    static final Duration RETRY_BASE = Duration.ofSeconds(1);
    /** Longest pause between deliveries of one ending. */
    static final Duration RETRY_MAX = Duration.ofMinutes(5);
    /** How long an ending waits for a replica that has its handler, when this one has not. */
    static final Duration NO_HANDLER_RETRY = Duration.ofSeconds(30);

    private final WatchStore store;
    private final Map<String, EndingHandler> handlers;
    private final Clock clock;
    private final AtomicLong delivered = new AtomicLong();

    Deliveries(WatchStore store, Map<String, EndingHandler> handlers, Clock clock) {
        this.store = store;
        this.handlers = Map.copyOf(handlers);
        this.clock = clock;
    }

    /** @return endings this process has delivered (committed) */
    long delivered() {
        return delivered.get();
    }

    /**
     * Delivers one recorded ending, if nobody has yet.
     *
     * @return true when this call delivered it
     */
    boolean deliver(DurableWatch ended) throws SQLException {
        EndingHandler handler = handlers.get(ended.handler());
        if (handler == null) {
            LOG.warn("no handler '{}' on this replica for the ending of {}; another replica may have it, asked again in {}",
                    ended.handler(), ended.upid(), NO_HANDLER_RETRY);
            store.postponeDelivery(ended.upid(), clock.instant().plus(NO_HANDLER_RETRY));
            return false;
        }
        WatchEnding ending = ending(ended);
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!store.markDelivered(c, ended.upid(), clock.instant())) {
                    c.rollback();
                    return false; // delivered by someone else meanwhile
                }
                handler.handle(ending, ended.payload(), c);
                c.commit();
                delivered.incrementAndGet();
                return true;
            } catch (Exception e) {
                rollback(c);
                Duration pause = retryPause(ended.deliveryAttempts());
                LOG.warn("handler '{}' failed for the ending of {} (attempt {}); delivered again in {}", ended.handler(), ended.upid(),
                        ended.deliveryAttempts() + 1, pause, e);
                store.deliveryFailed(ended.upid(), clock.instant().plus(pause), e.getClass().getSimpleName() + ": " + e.getMessage());
                return false;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    static Duration retryPause(int failedBefore) {
        long millis = RETRY_BASE.toMillis() << Math.min(20, Math.max(0, failedBefore));
        return Duration.ofMillis(Math.min(millis, RETRY_MAX.toMillis()));
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback failed (the connection is gone; the database rolls back for us)", e);
        }
    }

    /** @return the ending the row records, as the in-memory monitor would have reported it */
    static WatchEnding ending(DurableWatch w) {
        TaskOutcome outcome = w.outcome().orElseThrow(() -> new IllegalStateException("watch " + w.upid() + " has not ended"));
        Instant at = w.endedAt().orElseThrow();
        TaskStatus stopped = w.exitStatusText() == null ? null
                : TaskStatus.stopped(w.upid(), ExitStatus.parse(w.exitStatusText(), w.upid().product()), at);
        if (outcome.isFinished()) {
            return WatchEnding.finished(stopped);
        }
        String why = w.failure().orElse(outcome.tagValue());
        switch (outcome) {
            case TIMEOUT:
                return WatchEnding.without(w.upid(), outcome, new TaskTimeoutException(w.upid(), w.policy().timeout(),
                        stopped != null ? stopped : TaskStatus.running(w.upid(), at)), at);
            case CANCELLED:
                return WatchEnding.without(w.upid(), outcome, new CancellationException(why), at);
            default:
                return WatchEnding.without(w.upid(), outcome, new PveException("watching " + w.upid() + " failed: " + why), at);
        }
    }
}
