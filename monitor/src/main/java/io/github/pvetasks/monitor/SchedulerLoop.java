package io.github.pvetasks.monitor;

import io.github.pvetasks.core.spi.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

/**
 * The monitor's one scheduler thread. It runs commands handed to it (answers, user actions) in
 * order, and after each batch asks the monitor for due work; then it sleeps until the next due
 * time the monitor names or until a command arrives. There is no fixed tick: an idle monitor
 * sleeps and costs no CPU (with a non-system clock it re-reads the clock at the ticker's pace).
 */
final class SchedulerLoop {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);
    private static final long NOTHING_DUE = Long.MAX_VALUE;

    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Ticker ticker;
    private final LongUnaryOperator dueWork;
    private final Thread thread;
    /** Questions to answer after the next due work (loop thread only). */
    private final java.util.List<Runnable> afterStep = new java.util.ArrayList<>();
    private volatile boolean running = true;

    /**
     * @param ticker the time to schedule by
     * @param dueWork runs due work at the given time and answers the next due time
     *                ({@link Long#MAX_VALUE} when nothing is due)
     */
    SchedulerLoop(Ticker ticker, LongUnaryOperator dueWork) {
        this.ticker = ticker;
        this.dueWork = dueWork;
        this.thread = DaemonThreads.factory("pve-tasks-monitor").newThread(this::run);
    }

    /** Starts the thread; called once the monitor around it is fully built. */
    void start() {
        thread.start();
    }

    /** @return false when the loop has stopped and the command will never run */
    boolean execute(Runnable command) {
        if (!running) {
            return false;
        }
        commands.add(command);
        return true;
    }

    /**
     * Runs a question on the loop after the due work at the current time, so its answer reflects
     * a monitor that has caught up with its clock.
     *
     * @return false when the loop has stopped and the question will never run
     */
    boolean afterDueWork(Runnable question) {
        return execute(() -> afterStep.add(question));
    }

    /** Answers a question on the loop, after its due work at the current time; {@code whenStopped} once stopped. */
    <T> T ask(java.util.function.Supplier<T> question, T whenStopped) {
        if (isLoopThread()) {
            return question.get();
        }
        java.util.concurrent.CompletableFuture<T> answer = new java.util.concurrent.CompletableFuture<>();
        if (!afterDueWork(() -> answer.complete(question.get()))) {
            return whenStopped;
        }
        return WatchHandle.join(answer);
    }

    boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    /** Stops after the commands already queued; waits for the thread at most the given time. */
    void stop(long waitMillis) {
        running = false;
        commands.add(() -> { });
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long next = ticker.nanos();
        while (true) {
            Runnable command = null;
            try {
                long wait = next == NOTHING_DUE ? Long.MAX_VALUE : next - ticker.nanos();
                long recheck = ticker.recheck().toNanos();
                if (recheck > 0) {
                    wait = Math.min(wait, recheck);
                }
                command = wait <= 0 ? commands.poll() : commands.poll(wait, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            }
            while (command != null) {
                safely(command);
                command = commands.poll();
            }
            if (!running && commands.isEmpty()) {
                return;
            }
            try {
                next = dueWork.applyAsLong(ticker.nanos());
            } catch (RuntimeException | Error e) {
                LOG.error("monitor step failed; retrying shortly", e);
                next = ticker.nanos() + TimeUnit.MILLISECONDS.toNanos(100);
            }
            if (!afterStep.isEmpty()) {
                java.util.List<Runnable> questions = java.util.List.copyOf(afterStep);
                afterStep.clear();
                questions.forEach(SchedulerLoop::safely);
            }
        }
    }

    private static void safely(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException | Error e) {
            LOG.error("monitor command failed", e);
        }
    }
}
