package io.github.pvetasks.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * A loopback WireMock server that answers every request with one of WireMock's own faults: the
 * wire failures a well-kept HTTP test server can produce by itself. What it cannot produce
 * (a body cut short of its Content-Length, a body stalled for ever, a kept-alive connection
 * dropped on its next use) is {@link RawWireServer}'s.
 */
final class WireFaults implements AutoCloseable {

    /** The faults, by the name the contract's tests use. */
    static ResponseDefinitionBuilder answer(String fault) {
        switch (fault) {
            case "no answer":
                return aResponse().withFault(Fault.EMPTY_RESPONSE);
            case "garbage":
                return aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
            case "malformed chunk":
                return aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
            case "reset":
                return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            default:
                throw new IllegalArgumentException("unknown fault '" + fault + "'");
        }
    }

    private final WireMockServer server;

    WireFaults(ResponseDefinitionBuilder answer) {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(8).jettyAcceptors(1));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(answer));
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** @return how many requests arrived */
    int requests() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
    }
}
