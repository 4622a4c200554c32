package io.github.pvetasks.monitor;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.PveException;
import io.github.pvetasks.core.TaskFailedException;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * One watched task. Fields marked "scheduler" are only touched on the monitor's scheduler
 * thread; listener lists may be added to from any thread.
 */
final class Watch implements TaskHandle {

    static final int TAIL_LINES = 20;

    final Upid upid;
    final WaitPolicy policy;
    private final TaskMonitor monitor;
    final long startedNanos;
    final long deadlineNanos;
    final CompletableFuture<TaskStatus> result = new CompletableFuture<>();
    private final CompletableFuture<TaskHandle> followUp;

    private volatile List<Consumer<TaskStatus>> statusListeners;
    private volatile List<Consumer<TaskLogLine>> logListeners;
    private volatile List<Consumer<Progress>> progressListeners;
    volatile TaskStatus lastStatus;
    volatile Progress lastProgress;

    // scheduler
    int attempt;
    long nextDueNanos;
    long statusRetryNanos;
    boolean needsStatus;
    boolean statusInFlight;
    boolean logInFlight;
    long logCursor;
    TaskStatus finalStatus;
    Throwable lastFault;
    boolean ended;
    ArrayDeque<TaskLogLine> tail;

    Watch(TaskMonitor monitor, Upid upid, WaitPolicy policy, long nowNanos) {
        this.monitor = monitor;
        this.upid = upid;
        this.policy = policy;
        this.startedNanos = nowNanos;
        this.deadlineNanos = nowNanos + policy.timeout().toNanos();
        this.nextDueNanos = nowNanos;
        this.followUp = upid.type().startsWith("ha") ? new CompletableFuture<>() : null;
    }

    boolean wantsLog() {
        return logListeners != null || progressListeners != null;
    }

    CompletableFuture<TaskHandle> followUpFuture() {
        return followUp;
    }

    // ---------------------------------------------------------------- events (listener thread)

    void fireStatus(TaskStatus s) {
        List<Consumer<TaskStatus>> l = statusListeners;
        if (l != null) {
            for (Consumer<TaskStatus> c : l) {
                monitor.isolate(() -> c.accept(s), "status listener of " + upid);
            }
        }
    }

    void fireLine(TaskLogLine line) {
        List<Consumer<TaskLogLine>> l = logListeners;
        if (l != null) {
            for (Consumer<TaskLogLine> c : l) {
                monitor.isolate(() -> c.accept(line), "log listener of " + upid);
            }
        }
    }

    void fireProgress(Progress p) {
        List<Consumer<Progress>> l = progressListeners;
        if (l != null) {
            for (Consumer<Progress> c : l) {
                monitor.isolate(() -> c.accept(p), "progress listener of " + upid);
            }
        }
    }

    // ---------------------------------------------------------------- TaskHandle

    @Override
    public Upid upid() {
        return upid;
    }

    @Override
    public WaitPolicy policy() {
        return policy;
    }

    @Override
    public CompletableFuture<TaskStatus> result() {
        return result;
    }

    @Override
    public CompletableFuture<TaskStatus> success() {
        return result.thenCompose(s -> {
            ExitStatus exit = s.exitStatus().orElseThrow();
            if (policy.isSuccess(exit)) {
                return CompletableFuture.completedFuture(s);
            }
            return monitor.logTail(this).handle((tail, e) -> {
                throw new TaskFailedException(s, tail == null ? List.of() : tail);
            });
        });
    }

    @Override
    public TaskStatus await() {
        return join(result);
    }

    @Override
    public TaskStatus awaitSuccess() {
        return join(success());
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PveException("interrupted while waiting for a task", e);
        } catch (CancellationException e) {
            throw e;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            while (c instanceof CompletionException && c.getCause() != null) {
                c = c.getCause();
            }
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            throw new PveException(String.valueOf(c), c);
        }
    }

    @Override
    public Optional<TaskStatus> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    @Override
    public Optional<Progress> lastProgress() {
        return Optional.ofNullable(lastProgress);
    }

    @Override
    public TaskHandle onStatus(Consumer<TaskStatus> listener) {
        checkListener(listener);
        synchronized (this) {
            if (statusListeners == null) {
                statusListeners = new CopyOnWriteArrayList<>();
            }
            statusListeners.add(listener);
        }
        return this;
    }

    @Override
    public TaskHandle onLogLine(Consumer<TaskLogLine> listener) {
        checkListener(listener);
        synchronized (this) {
            if (logListeners == null) {
                logListeners = new CopyOnWriteArrayList<>();
            }
            logListeners.add(listener);
        }
        return this;
    }

    @Override
    public TaskHandle onProgress(Consumer<Progress> listener) {
        checkListener(listener);
        synchronized (this) {
            if (progressListeners == null) {
                progressListeners = new CopyOnWriteArrayList<>();
            }
            progressListeners.add(listener);
        }
        return this;
    }

    private static void checkListener(Object listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
    }

    @Override
    public boolean cancel() {
        boolean cancelled = result.cancel(false);
        if (cancelled) {
            monitor.cancelled(this);
        }
        return cancelled;
    }

    @Override
    public CompletableFuture<TaskStatus> stopTask() {
        monitor.stop(this);
        return result;
    }

    @Override
    public Optional<CompletableFuture<TaskHandle>> followUp() {
        return Optional.ofNullable(followUp);
    }

    @Override
    public String toString() {
        return "TaskHandle[" + upid + (result.isDone() ? ", done" : "") + "]";
    }
}
