package io.github.pvetasks.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveApiException;
import io.github.pvetasks.core.PveAuthenticationException;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Ticket login: {@code PVEAuthCookie} on every request and {@code CSRFPreventionToken} on every
 * non-GET. The ticket is renewed before it gets old (by its own timestamp), by sending the
 * current ticket as the password; when that fails, or the ticket has expired, it logs in with the
 * password again. Only one login runs at a time: concurrent requests share it.
 */
final class TicketAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(TicketAuthenticator.class);
    /** Renewal by ticket must happen safely inside the 2 h lifetime. */
    private static final Duration RENEWABLE = Ticket.LIFETIME.minusMinutes(5);

    private final Credentials.UserPassword credentials;
    private final Clock clock;
    private final Duration renewalAge;
    /** Sends an unauthenticated POST to /access/ticket and returns its {@code data}. */
    private final BiFunction<List<String>, Map<String, String>, CompletableFuture<JsonNode>> loginSender;

    private final Object lock = new Object();
    private Ticket current;
    private CompletableFuture<Ticket> inflight;
    private final String cookie;

    TicketAuthenticator(Credentials.UserPassword credentials, io.github.pvetasks.core.Product product, Clock clock,
            Duration renewalAge, BiFunction<List<String>, Map<String, String>, CompletableFuture<JsonNode>> loginSender) {
        this.credentials = credentials;
        this.cookie = product.ticketCookie();
        this.clock = clock;
        this.renewalAge = renewalAge;
        this.loginSender = loginSender;
    }

    @Override
    public CompletableFuture<Authorized> authorize(PveRequest.Builder request, HttpMethod method) {
        return ticket().thenApply(t -> {
            request.header("Cookie", cookie + "=" + t.value); // PVEAuthCookie or PBSAuthCookie
            if (method != HttpMethod.GET) {
                request.header("CSRFPreventionToken", t.csrfToken);
            }
            return new Authorized(request.build(), t);
        });
    }

    @Override
    public boolean invalidate(Authorized rejected) {
        synchronized (lock) {
            if (current == rejected.generation) {
                current = null;
            }
        }
        return true;
    }

    private CompletableFuture<Ticket> ticket() {
        CompletableFuture<Ticket> result;
        Ticket old;
        synchronized (lock) {
            if (current != null && current.age(clock.instant()).compareTo(renewalAge) < 0) {
                return CompletableFuture.completedFuture(current);
            }
            if (inflight != null) {
                return inflight;
            }
            old = current;
            result = new CompletableFuture<>();
            inflight = result;
        }
        login(old).whenComplete((t, e) -> {
            synchronized (lock) {
                inflight = null;
                if (t != null) {
                    current = t;
                }
            }
            if (e != null) {
                result.completeExceptionally(Futures.unwrap(e));
            } else {
                result.complete(t);
            }
        });
        return result;
    }

    private CompletableFuture<Ticket> login(Ticket old) {
        if (old != null && old.age(clock.instant()).compareTo(RENEWABLE) < 0) {
            LOG.debug("renewing the ticket of {} (issued {})", credentials.userId(), old.issuedAt);
            return request(old.value).exceptionallyCompose(e -> {
                Throwable cause = Futures.unwrap(e);
                if (cause instanceof PveApiException && ((PveApiException) cause).status() == 401) {
                    LOG.debug("ticket renewal for {} was refused; logging in with the password", credentials.userId());
                    return request(credentials.password());
                }
                return CompletableFuture.failedFuture(cause);
            });
        }
        LOG.debug("logging in as {}", credentials.userId());
        return request(credentials.password());
    }

    private CompletableFuture<Ticket> request(String password) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("username", credentials.userId());
        params.put("password", password);
        return loginSender.apply(List.of("access", "ticket"), params).thenApply(this::toTicket);
    }

    private Ticket toTicket(JsonNode data) {
        String req = "POST /access/ticket";
        if (data == null || !data.isObject()) {
            throw new PveAuthenticationException(401, "login answered without a ticket", req);
        }
        JsonNode tfa = data.get("NeedTFA");
        if (tfa != null && !tfa.isNull() && tfa.asInt(0) != 0) {
            throw new PveAuthenticationException(401, "user " + credentials.userId()
                    + " needs a second factor (TFA), which pve-tasks does not do; use an API token", req);
        }
        String ticket = JsonCodec.requiredText(data, "ticket", req);
        String csrf = JsonCodec.requiredText(data, "CSRFPreventionToken", req);
        String user = JsonCodec.optionalText(data, "username", req);
        return new Ticket(ticket, csrf, user == null ? credentials.userId() : user, clock.instant());
    }

    @Override
    public String toString() {
        return "TicketAuthenticator[" + credentials.userId() + ", password=***]";
    }
}
