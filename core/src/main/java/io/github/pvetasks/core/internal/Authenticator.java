package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;

import java.util.concurrent.CompletableFuture;

/** Adds credentials to requests; implementations are thread-safe. */
interface Authenticator {

    /**
     * @param request the request so far
     * @param method its method (CSRF applies to non-GET with tickets)
     * @return the request with credentials
     */
    CompletableFuture<Authorized> authorize(PveRequest.Builder request, HttpMethod method);

    /**
     * Drops the credentials a request was sent with after the server rejected them with 401.
     *
     * @param rejected what {@link #authorize} returned for the rejected request
     * @return true when a fresh attempt may succeed (a new ticket); false for tokens
     */
    boolean invalidate(Authorized rejected);

    /** A request with credentials, and the credential generation it used. */
    final class Authorized {
        final PveRequest request;
        final Object generation;

        Authorized(PveRequest request, Object generation) {
            this.request = request;
            this.generation = generation;
        }
    }
}
