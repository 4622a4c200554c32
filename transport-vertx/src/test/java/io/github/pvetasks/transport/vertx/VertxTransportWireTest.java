package io.github.pvetasks.transport.vertx;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.TransportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Exact bytes on the wire, and every network fault WireMock can inject. */
class VertxTransportWireTest {

    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    VertxPveTransport transport;

    VertxPveTransport transport(Duration requestTimeout) {
        transport = VertxPveTransport.builder(TransportOptions.builder(URI.create(WM.baseUrl())).requestTimeout(requestTimeout).build()).build();
        return transport;
    }

    @AfterEach
    void close() {
        if (transport != null) {
            transport.close();
        }
    }

    static PveTransportException failure(CompletableFuture<PveResponse> f) throws Exception {
        try {
            f.get(30, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(PveTransportException.class);
            return (PveTransportException) e.getCause();
        }
    }

    @Test
    void writesExactlyTheRequestItIsGiven() throws Exception {
        WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"data\":null}")));
        byte[] body = "newid=123&name=web%201&description=caf%C3%A9".getBytes(StandardCharsets.UTF_8);
        transport(Duration.ofSeconds(5)).send(PveRequest.builder(HttpMethod.POST, "/api2/extjs/nodes/pve1/qemu/100/clone")
                .header("Content-Type", "application/x-www-form-urlencoded").header("CSRFPreventionToken", "65A1B2C3:abc")
                .body(body).build()).get(10, TimeUnit.SECONDS);
        WM.verify(postRequestedFor(urlEqualTo("/api2/extjs/nodes/pve1/qemu/100/clone"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withHeader("CSRFPreventionToken", equalTo("65A1B2C3:abc"))
                .withHeader("Content-Length", equalTo(Integer.toString(body.length)))
                .withRequestBody(binaryEqualTo(body)));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void networkFaultsAreTransportFailuresAndWritesAreNotRepeated(Fault fault) throws Exception {
        WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFault(fault)));
        PveTransportException e = failure(transport(Duration.ofSeconds(5)).send(PveRequest.builder(HttpMethod.POST, "/api2/extjs/nodes/pve1/vzdump")
                .body("vmid=100".getBytes(StandardCharsets.UTF_8)).build()));
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(WM.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aDelayPastTheRequestTimeoutFailsWithinIt() throws Exception {
        WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(3000)));
        long t0 = System.nanoTime();
        PveTransportException e = failure(transport(Duration.ofMillis(300)).send(PveRequest.builder(HttpMethod.GET, "/api2/json/version").build()));
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }
}
