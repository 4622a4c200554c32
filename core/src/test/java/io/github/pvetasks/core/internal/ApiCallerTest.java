package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class ApiCallerTest {

    @Test
    void aTransportThatNeverAnswersCannotHangTheCaller() {
        PveTransport silent = new PveTransport() {
            @Override
            public CompletableFuture<PveResponse> send(PveRequest request) {
                return new CompletableFuture<>(); // never completes
            }

            @Override
            public String name() {
                return "silent";
            }

            @Override
            public void close() {
            }
        };
        ApiCaller caller = new ApiCaller(silent, Duration.ofMillis(100));
        caller.authenticator(new TokenAuthenticator((Credentials.ApiToken) Credentials.apiToken("root@pam!tk", "s"), io.github.pvetasks.core.Product.PVE));

        CompletableFuture<?> f = caller.call(HttpMethod.GET, List.of("cluster", "tasks"), Map.of());

        assertThat(f).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(PveTransportException.class)
                .withMessageContaining("GET /cluster/tasks: no answer within PT0.1S");
    }

    @Test
    void aTransportThatThrowsInsteadOfFailingItsFutureStillFailsCleanly() {
        PveTransport broken = new PveTransport() {
            @Override
            public CompletableFuture<PveResponse> send(PveRequest request) {
                throw new IllegalStateException("boom");
            }

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void close() {
            }
        };
        ApiCaller caller = new ApiCaller(broken, Duration.ofSeconds(5));
        caller.authenticator(new TokenAuthenticator((Credentials.ApiToken) Credentials.apiToken("root@pam!tk", "s"), io.github.pvetasks.core.Product.PVE));
        assertThat(caller.call(HttpMethod.GET, List.of("cluster", "tasks"), Map.of()))
                .failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(PveTransportException.class).withMessageContaining("boom");
    }

    @Test
    void encodingKeepsOnlyUnreservedCharacters() {
        assertThat(UriEncoding.encode("UPID:n:1:2:3:t:100-a>b:u@r!tok:")).isEqualTo("UPID%3An%3A1%3A2%3A3%3At%3A100-a%3Eb%3Au%40r%21tok%3A");
        assertThat(UriEncoding.encode("a b+c/é~")).isEqualTo("a%20b%2Bc%2F%C3%A9~");
        assertThat(UriEncoding.form(Map.of("k", "v w"))).isEqualTo("k=v%20w");
    }
}
