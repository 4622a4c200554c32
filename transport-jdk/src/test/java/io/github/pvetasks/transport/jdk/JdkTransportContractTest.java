package io.github.pvetasks.transport.jdk;

import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.testkit.PveTransportContract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK transport passes the shared contract, unchanged. */
class JdkTransportContractTest extends PveTransportContract {

    @Override
    protected PveTransport createTransport(TransportOptions options) {
        return JdkPveTransport.builder(options).build();
    }

    @Override
    protected String providerName() {
        return "jdk";
    }

    @Override
    protected Optional<Borrowed> borrowedClient(TransportOptions options) {
        HttpClient mine = HttpClient.newHttpClient();
        PveTransport t = JdkPveTransport.builder(options).httpClient(mine).build();
        return Optional.of(new Borrowed() {
            @Override
            public PveTransport transport() {
                return t;
            }

            @Override
            public void assertNativeClientStillUsable() throws Exception {
                HttpResponse<String> r = mine.send(HttpRequest.newBuilder(URI.create(options.baseUri() + "/api2/json/version")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
            }

            @Override
            public void release() {
            }
        });
    }
}
