package io.github.pvetasks.spring.boot;

import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stops the monitor with the application, in the graceful-shutdown phase (the web server's):
 * it takes no new watches, lets the watches under way go on for
 * {@code spring.lifecycle.timeout-per-shutdown-phase} (less a little, so it ends within the
 * phase), then closes the monitor, which ends the rest as closed, each with its one terminal
 * event, and logs their UPIDs so an operator can resume them
 * ({@code monitor.watch(upid, policy)}). The clients are closed after this, when the context
 * destroys its beans.
 */
public final class TaskMonitorLifecycle implements SmartLifecycle {

    /** Spring Boot's phase for graceful shutdown (the web server's graceful stop). */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;
    /** Spring's own default for {@code spring.lifecycle.timeout-per-shutdown-phase}. */
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);
    private static final Duration MARGIN = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(TaskMonitorLifecycle.class);

    private final TaskMonitor monitor;
    private final Duration grace;
    private volatile boolean running;
    private volatile List<String> leftOver = List.of();

    /**
     * @param monitor the monitor to stop
     * @param phaseTimeout {@code spring.lifecycle.timeout-per-shutdown-phase}
     */
    public TaskMonitorLifecycle(TaskMonitor monitor, Duration phaseTimeout) {
        if (monitor == null || phaseTimeout == null) {
            throw new IllegalArgumentException("monitor and phase timeout must not be null");
        }
        this.monitor = monitor;
        Duration g = phaseTimeout.minus(MARGIN);
        this.grace = g.isNegative() ? Duration.ZERO : g;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stopNow();
    }

    @Override
    public void stop(Runnable callback) {
        // on its own thread, so other beans of the phase (the web server) stop meanwhile
        Thread t = new Thread(() -> {
            try {
                stopNow();
            } finally {
                callback.run();
            }
        }, "pve-tasks-monitor-shutdown");
        t.setDaemon(true);
        t.start();
    }

    private void stopNow() {
        if (!running) {
            return;
        }
        running = false;
        monitor.shutdown();
        try {
            if (!monitor.awaitTermination(grace)) {
                leftOver = monitor.watches().stream().map(TaskHandle::upid).map(Object::toString).collect(Collectors.toList());
                LOG.warn("pve-tasks: {} watch(es) still under way after {}; ending them as closed. Resume them with "
                        + "TaskMonitor.watch(upid, policy): {}", leftOver.size(), grace, String.join(" ", leftOver));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            monitor.close();
        }
    }

    /** @return the UPIDs of the watches the last stop had to end (empty when all finished in time) */
    public List<String> leftOver() {
        return leftOver;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
