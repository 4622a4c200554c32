package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveAuthenticationException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.ServerVersion;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One server's health: reachable, the certificate pin holding, the credentials working, all by
 * one cheap authenticated read ({@code GET /version}). UP with its version and the latency;
 * DOWN with the reason (never a secret), within the check's own timeout rather than the
 * client's longer one.
 */
public final class PveServerHealthIndicator implements HealthIndicator {

    private final PveClient client;
    private final PveConnectionDetails.Server server;
    private final Duration timeout;

    /**
     * @param client the server's client
     * @param server how it is reached (its url is shown)
     * @param timeout the longest a check waits
     */
    public PveServerHealthIndicator(PveClient client, PveConnectionDetails.Server server, Duration timeout) {
        this.client = client;
        this.server = server;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        long t0 = System.nanoTime();
        Health.Builder b;
        try {
            ServerVersion v = client.versionAsync().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            b = Health.up().withDetail("version", v.version()).withDetail("release", v.release());
        } catch (TimeoutException e) {
            b = Health.down().withDetail("reason", "no answer within " + timeout);
        } catch (ExecutionException e) {
            b = Health.down().withDetail("reason", reason(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            b = Health.unknown().withDetail("reason", "interrupted");
        }
        return b.withDetail("url", server.url().toString()).withDetail("product", server.product().tagValue())
                .withDetail("latency", Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms").build();
    }

    /** The failure in words: which check failed, with the library's own message (never holding a secret). */
    static String reason(Throwable t) {
        Throwable c = t;
        while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof PveAuthenticationException) {
            return "authentication failed: " + c.getMessage();
        }
        if (c instanceof PveTransportException) {
            PveTransportException te = (PveTransportException) c;
            return (te.kind() == PveTransportException.Kind.TLS_FAILED ? "certificate not trusted (pin or CA): " : "unreachable: ")
                    + c.getMessage();
        }
        if (c instanceof PveApiException) {
            return "the server answered " + ((PveApiException) c).status() + ": " + c.getMessage();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }
}
