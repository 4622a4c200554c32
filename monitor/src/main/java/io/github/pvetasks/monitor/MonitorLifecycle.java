package io.github.pvetasks.monitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a monitor to be quiet, and shutting it down without leaving anything hanging. */
final class MonitorLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorLifecycle.class);

    private MonitorLifecycle() {
    }

    /** @return false when requests were still in flight, or events undelivered, at the timeout */
    static boolean awaitQuiet(TaskMonitor monitor, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (monitor.requestsInFlight() > 0) { // each answer comes after the due work at the current time
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(1);
        }
        try {
            monitor.eventsDelivered().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** @return true once every watch under way has ended, false at the timeout */
    static boolean awaitTermination(TaskMonitor monitor, Duration timeout) throws InterruptedException {
        java.util.List<TaskHandle> left = monitor.watches();
        if (left.isEmpty()) {
            return true;
        }
        CompletableFuture<?>[] ends = left.stream().map(h -> h.result().handle((s, e) -> null)).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(ends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot happen: each end is handled", e);
        }
        return monitor.watches().isEmpty();
    }

    /** Ends every watch on the loop, then stops the loop, then the listener thread once it delivered everything. */
    static void close(MonitorCore core, EventDispatcher events, long waitMillis) {
        CompletableFuture<Void> drained = new CompletableFuture<>();
        if (core.loop().execute(() -> {
            core.closeAll();
            drained.complete(null);
        })) {
            try {
                drained.get(waitMillis, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.warn("closing the monitor took too long", e);
            }
        }
        core.loop().stop(waitMillis);
        core.requests().close();
        events.close(waitMillis);
    }
}
