package io.github.pvetasks.transport.vertx;

import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.testkit.PveTransportContract;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpMethod;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Vert.x transport passes the shared contract, unchanged. */
class VertxTransportContractTest extends PveTransportContract {

    @Override
    protected PveTransport createTransport(TransportOptions options) {
        return VertxPveTransport.builder(options).build();
    }

    @Override
    protected String providerName() {
        return "vertx";
    }

    @Override
    protected Optional<Borrowed> borrowedClient(TransportOptions options) {
        Vertx vertx = Vertx.vertx();
        HttpClientAgent mine = vertx.createHttpClient();
        PveTransport t = VertxPveTransport.builder(options).httpClient(mine).build();
        return Optional.of(new Borrowed() {
            @Override
            public PveTransport transport() {
                return t;
            }

            @Override
            public void assertNativeClientStillUsable() throws Exception {
                int status = mine.request(HttpMethod.GET, options.baseUri().getPort(), options.baseUri().getHost(), "/api2/json/version")
                        .compose(r -> r.send()).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).statusCode();
                assertThat(status).isEqualTo(200);
            }

            @Override
            public void release() {
                mine.close();
                vertx.close();
            }
        });
    }
}
