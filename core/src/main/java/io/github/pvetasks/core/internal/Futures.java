package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.PveException;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers for the async/blocking twins. */
public final class Futures {

    private Futures() {
    }

    /**
     * @param t a failure, possibly wrapped by CompletableFuture
     * @return the real cause
     */
    public static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * Waits for a future and returns its value, or throws its failure as the caller expects:
     * a {@link RuntimeException} as it is, anything else wrapped in a {@link PveException}.
     *
     * @param future the future
     * @param <T> the value type
     * @return the value
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PveException("interrupted while waiting for the server", e);
        } catch (CancellationException e) {
            throw new PveException("the request was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new PveException(String.valueOf(cause.getMessage()), cause);
        }
    }
}
