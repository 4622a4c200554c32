package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.FaultPolicy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The only way the monitor talks to a server. Every request (list, status, log, stop, the stop
 * after a timeout, the log tail of a failure, a follow-up search) takes a slot of its node's
 * budget, so at most {@code maxInFlightPerNode} requests to one node are ever in flight; its
 * answer hops back to the loop thread, frees the slot, is reported to the listeners once, and
 * then reaches its handler. Polls start only when a slot is free; requests that must run wait
 * in the node's queue for one.
 */
final class Requests {

    private final SchedulerLoop loop;
    private final EventDispatcher events;
    private final Ticker ticker;
    /**
     * Builds and sends the requests, off the scheduler thread: encoding a request and handing it
     * to a transport (connection lookup, writing the head) costs more than deciding it, so the
     * scheduler's time goes to scheduling, and one slow send never holds up the other nodes.
     */
    private final java.util.concurrent.ExecutorService sender =
            java.util.concurrent.Executors.newSingleThreadExecutor(io.github.pvetasks.core.spi.DaemonThreads.factory("pve-tasks-monitor-send"));
    private int inFlight;

    Requests(SchedulerLoop loop, EventDispatcher events, Ticker ticker) {
        this.loop = loop;
        this.events = events;
        this.ticker = ticker;
    }

    /** Stops the sender thread; called after the loop has stopped, so nothing is sent any more. */
    void close() {
        sender.shutdownNow();
    }

    /** @return requests sent and not yet answered, all nodes together (loop thread) */
    int inFlight() {
        return inFlight;
    }

    /**
     * A poll: sent now if the node has room, otherwise not at all.
     *
     * @return whether it was sent
     */
    <T> boolean trySend(NodeState node, TaskMonitorListener.Endpoint endpoint, Supplier<CompletableFuture<T>> call,
                        BiConsumer<T, Throwable> onAnswer) {
        if (!node.hasRoomForPoll()) {
            return false;
        }
        start(node, endpoint, call, onAnswer);
        return true;
    }

    /** A request that must run: sent now if the node has room, otherwise as soon as a slot frees. */
    <T> void send(NodeState node, TaskMonitorListener.Endpoint endpoint, Supplier<CompletableFuture<T>> call,
                  BiConsumer<T, Throwable> onAnswer) {
        if (node.hasRoomForPoll()) { // nothing queued ahead of it, and a free slot
            start(node, endpoint, call, onAnswer);
        } else {
            node.queued.addLast(new NodeState.Queued(() -> start(node, endpoint, call, onAnswer),
                    () -> onAnswer.accept(null, new CancellationException("the monitor was closed"))));
        }
    }

    /** Answers every queued request of the node with a cancellation (the monitor is closing). */
    void abandonQueued(NodeState node) {
        while (!node.queued.isEmpty()) {
            node.queued.removeFirst().abandon().run();
        }
    }

    private <T> void start(NodeState node, TaskMonitorListener.Endpoint endpoint, Supplier<CompletableFuture<T>> call,
                           BiConsumer<T, Throwable> onAnswer) {
        node.inFlight++;
        inFlight++;
        long t0 = ticker.nanos();
        CompletableFuture<T> f;
        try {
            f = CompletableFuture.supplyAsync(call, sender).thenCompose(x -> x);
        } catch (java.util.concurrent.RejectedExecutionException e) { // closed meanwhile
            f = CompletableFuture.failedFuture(new CancellationException("the monitor was closed"));
        }
        f.whenComplete((value, failure) -> {
            Throwable cause = failure == null ? null : FaultPolicy.unwrap(failure);
            Runnable answer = () -> answered(node, endpoint, t0, value, cause, onAnswer);
            if (!loop.execute(answer)) {
                // the monitor has closed: every watch has ended; let the handler release its waiters
                onAnswer.accept(null, cause != null ? cause : new CancellationException("the monitor was closed"));
            }
        });
    }

    private <T> void answered(NodeState node, TaskMonitorListener.Endpoint endpoint, long t0, T value, Throwable failure,
                              BiConsumer<T, Throwable> onAnswer) {
        node.inFlight--;
        inFlight--;
        node.dirty = true; // its watches changed: step this node again
        Duration latency = Duration.ofNanos(Math.max(0, ticker.nanos() - t0));
        String product = node.backend.product();
        MonitorRequest event = failure == null ? MonitorRequest.succeeded(product, node.name, endpoint, latency)
                : MonitorRequest.failed(product, node.name, endpoint, latency, failure);
        events.toListeners(l -> l.requestCompleted(event));
        try {
            onAnswer.accept(value, failure);
        } finally {
            while (!node.queued.isEmpty() && node.inFlight < node.maxInFlight) {
                node.queued.removeFirst().start().run();
            }
        }
    }
}
