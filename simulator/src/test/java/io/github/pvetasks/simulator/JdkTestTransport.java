package io.github.pvetasks.simulator;

import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A minimal transport over java.net.http for the simulator's own tests (the real adapter is the
 * transport-jdk module). It trusts the simulator's certificate as a CA and, like the JDK client,
 * cannot read reason phrases.
 */
final class JdkTestTransport implements PveTransport {

    private final HttpClient client;
    private final URI base;

    JdkTestTransport(PveSimulator sim) {
        this.base = sim.baseUri();
        try {
            HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1);
            if (sim.certificate().isPresent()) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setCertificateEntry("sim", sim.certificate().get().certificate());
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(ks);
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, tmf.getTrustManagers(), null);
                b.sslContext(ctx);
            }
            this.client = b.build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletableFuture<PveResponse> send(PveRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(request.pathAndQuery())).timeout(Duration.ofSeconds(30))
                .method(request.method().name(), request.bodyLength() == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((k, vs) -> vs.forEach(v -> b.header(k, v)));
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((r, e) -> {
                    if (e != null) {
                        throw new PveTransportException("test transport: " + e, true, e);
                    }
                    return PveResponse.of(r.statusCode(), r.headers().map(), r.body());
                });
    }

    @Override
    public String name() {
        return "jdk-test";
    }

    @Override
    public void close() {
    }
}
