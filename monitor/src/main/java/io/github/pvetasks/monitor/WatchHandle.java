package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.FaultPolicy;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.PveException;
import io.github.pvetasks.core.TaskFailedException;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/** The user's view of one {@link Watch}; every action goes through the monitor's loop. */
final class WatchHandle implements TaskHandle {

    private final Watch watch;
    private final MonitorCore core;

    WatchHandle(Watch watch, MonitorCore core) {
        this.watch = watch;
        this.core = core;
    }

    Watch watch() {
        return watch;
    }

    @Override
    public Upid upid() {
        return watch.upid;
    }

    @Override
    public WaitPolicy policy() {
        return watch.policy;
    }

    @Override
    public CompletableFuture<TaskStatus> result() {
        return watch.result;
    }

    @Override
    public CompletableFuture<TaskStatus> success() {
        return watch.result.thenCompose(s -> {
            ExitStatus exit = s.exitStatus().orElseThrow();
            if (watch.policy.isSuccess(exit)) {
                return CompletableFuture.completedFuture(s);
            }
            return core.actions().logTail(watch).handle((tail, e) -> {
                throw new TaskFailedException(s, tail == null ? List.of() : tail);
            });
        });
    }

    @Override
    public TaskStatus await() {
        return join(watch.result);
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
            throw original(e);
        } catch (ExecutionException e) {
            Throwable c = FaultPolicy.unwrap(e.getCause());
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            throw new PveException(String.valueOf(c), c);
        }
    }

    /**
     * The cancellation the monitor completed the future with. Newer Javas (seen on 25, not on
     * 17) throw from {@code get()} a new CancellationException whose message is only "get", with
     * the future's own as its cause; a caller of {@code await()} should read "the monitor was closed".
     */
    static CancellationException original(CancellationException e) {
        CancellationException c = e;
        while (c.getCause() instanceof CancellationException && c.getCause() != c) {
            c = (CancellationException) c.getCause();
        }
        return c;
    }

    @Override
    public Optional<TaskStatus> lastStatus() {
        return Optional.ofNullable(watch.currentStatus());
    }

    @Override
    public Optional<Progress> lastProgress() {
        return Optional.ofNullable(watch.lastProgress);
    }

    @Override
    public TaskHandle onStatus(Consumer<TaskStatus> listener) {
        synchronized (watch) {
            watch.statusListeners = Watch.plus(watch.statusListeners, checked(listener));
        }
        return this;
    }

    @Override
    public TaskHandle onLogLine(Consumer<TaskLogLine> listener) {
        synchronized (watch) {
            watch.logListeners = Watch.plus(watch.logListeners, checked(listener));
        }
        return this;
    }

    @Override
    public TaskHandle onProgress(Consumer<Progress> listener) {
        synchronized (watch) {
            watch.progressListeners = Watch.plus(watch.progressListeners, checked(listener));
        }
        return this;
    }

    private static <T> T checked(T listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        return listener;
    }

    @Override
    public boolean cancel() {
        return watch.result.cancel(false); // the monitor sees the cancel and ends the watch
    }

    @Override
    public CompletableFuture<TaskStatus> stopTask() {
        core.actions().stop(watch);
        return watch.result;
    }

    @Override
    public Optional<CompletableFuture<TaskHandle>> followUp() {
        return Optional.ofNullable(watch.followUp);
    }

    @Override
    public String toString() {
        return "TaskHandle[" + watch.upid + (watch.result.isDone() ? ", done" : "") + "]";
    }

    @Override
    public List<TaskHandle> children() {
        return List.copyOf(watch.children);
    }

    @Override
    public TaskHandle onChild(Consumer<TaskHandle> listener) {
        synchronized (watch) {
            watch.childListeners = Watch.plus(watch.childListeners, checked(listener));
        }
        return this;
    }

    @Override
    public CompletableFuture<List<TaskHandle>> allChildren() {
        return watch.allChildren != null ? watch.allChildren : CompletableFuture.completedFuture(List.of());
    }
}
