package io.github.pvetasks.transport.jdk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Ends an {@link HttpClient} without waiting on a server, on every Java the library runs on.
 *
 * <p>From Java 21 on, {@code HttpClient.close()} waits, without a bound, for every exchange in
 * flight to end, so it is never called here: {@code shutdownNow()} aborts what is left, and
 * {@code awaitTermination} waits at most the given time. Java 17 has neither (the library is
 * compiled for 17, so they are looked up once, by name); there the client's selector thread ends
 * when the client is no longer reachable, and the exchanges were already aborted by the policy.
 */
final class HttpClientShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(HttpClientShutdown.class);
    private static final MethodHandle SHUTDOWN_NOW = find("shutdownNow", MethodType.methodType(void.class));
    private static final MethodHandle AWAIT_TERMINATION = find("awaitTermination", MethodType.methodType(boolean.class, Duration.class));

    private HttpClientShutdown() {
    }

    private static MethodHandle find(String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findVirtual(HttpClient.class, name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null; // Java 17 to 20
        }
    }

    /** @return whether this Java's client can be shut down (21 and later) */
    static boolean supported() {
        return SHUTDOWN_NOW != null && AWAIT_TERMINATION != null;
    }

    /**
     * Aborts the client's exchanges and waits for its threads at most {@code bound}.
     *
     * @param client the client, owned by the caller of this method
     * @param bound the longest wait
     */
    static void shutdownNow(HttpClient client, Duration bound) {
        if (!supported()) {
            return;
        }
        try {
            SHUTDOWN_NOW.invoke(client);
            boolean terminated = (boolean) AWAIT_TERMINATION.invoke(client, bound);
            if (!terminated) {
                LOG.debug("the HTTP client had not terminated {} after shutdownNow; leaving it", bound);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            LOG.debug("shutting the HTTP client down failed", e);
        }
    }
}
