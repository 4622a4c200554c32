package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.TaskApi;
import io.github.pvetasks.core.TaskLogPage;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What every product's backend does the same way through a client's {@link TaskApi}: status,
 * log pages and stop (the client already speaks each product's dialect of them). Subclasses say
 * how a product lists tasks.
 */
abstract class ClientTaskBackend implements TaskBackend {

    final TaskApi tasks;
    private final Product product;
    private final String server;

    ClientTaskBackend(TaskApi tasks, Product product, String server) {
        this.tasks = tasks;
        this.product = product;
        this.server = server;
    }

    @Override
    public String product() {
        return product.tagValue();
    }

    @Override
    public String server() {
        return server;
    }

    @Override
    public CompletableFuture<TaskStatus> status(Upid upid) {
        return call(() -> tasks.statusAsync(upid));
    }

    @Override
    public CompletableFuture<TaskLogPage> log(Upid upid, long start, int limit) {
        return call(() -> tasks.logAsync(upid, start, limit));
    }

    @Override
    public CompletableFuture<TaskStatus> stop(Upid upid) {
        return call(() -> tasks.stopAsync(upid));
    }

    /** Starts a request; a failure to start arrives through the future, as the port promises. */
    static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
