package io.github.pvetasks.jdbc;

import io.github.pvetasks.monitor.WatchEnding;

import java.sql.Connection;

/**
 * What a service does when a durable watch ends, registered by name on every replica at start-up
 * ({@link DurableTaskMonitorBuilder#handler}); a watch names its handler, since a lambda cannot
 * outlive its process.
 *
 * <p>The handler runs inside the database transaction that marks the ending delivered, on
 * {@code connection}. Its effects in that database (an order row updated, an outbox row written)
 * commit together with the mark, or not at all: they happen <b>exactly once</b>, whatever replica
 * dies when. Effects outside the database (an e-mail, a call to another service) are
 * <b>at least once</b>: a replica that dies after the effect and before the commit leaves the
 * ending to be delivered again, so key them by {@link WatchEnding#upid()}. A handler that throws
 * rolls the transaction back; the ending is delivered again later, with a growing pause.
 *
 * <p>Do not commit, roll back or close {@code connection}: the monitor does.
 */
@FunctionalInterface
public interface EndingHandler {

    /**
     * @param ending how the watch ended: the task's final status, or a timeout, failure or cancel
     * @param payload the payload the watch was recorded with (an order id, say); empty if none
     * @param connection the delivery's transaction
     * @throws Exception to have the ending delivered again later
     */
    void handle(WatchEnding ending, String payload, Connection connection) throws Exception;
}
