package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;

import java.util.concurrent.CompletableFuture;

/** API tokens: one header on every request, no CSRF token, nothing to renew. */
final class TokenAuthenticator implements Authenticator {

    private final String headerValue;

    TokenAuthenticator(Credentials.ApiToken token, Product product) {
        this.headerValue = product.tokenHeader(token.tokenId(), token.secret()); // PVE: '=' before the secret, PBS: ':' 
    }

    @Override
    public CompletableFuture<Authorized> authorize(PveRequest.Builder request, HttpMethod method) {
        return CompletableFuture.completedFuture(new Authorized(request.header("Authorization", headerValue).build(), this));
    }

    @Override
    public boolean invalidate(Authorized rejected) {
        return false;
    }

    @Override
    public String toString() {
        return "TokenAuthenticator[secret=***]";
    }
}
