package io.github.pvetasks.testkit;

import io.github.pvetasks.simulator.TestCertificates;
import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import io.github.pvetasks.core.spi.PveTransport;
import io.github.pvetasks.core.spi.PveTransportProvider;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.core.spi.TransportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The contract every {@link PveTransport} adapter passes, unchanged: extend it once in the
 * adapter's tests and implement {@link #createTransport} and {@link #providerName}.
 *
 * <pre>{@code
 * class JdkTransportContractTest extends PveTransportContract {
 *     protected PveTransport createTransport(TransportOptions options) { return JdkPveTransport.builder(options).build(); }
 *     protected String providerName() { return "jdk"; }
 * }
 * }</pre>
 */
@DisplayName("PveTransport contract")
public abstract class PveTransportContract implements TransportWireContract {

    /** A transport built around a caller-owned native client (an HttpClient, a Vertx). */
    protected interface Borrowed {
        /** @return the transport using the borrowed client */
        PveTransport transport();

        /**
         * Checks the borrowed client still works after the transport was closed.
         *
         * @throws Exception when it does not
         */
        void assertNativeClientStillUsable() throws Exception;

        /** Releases the native client at the end of the test. */
        void release();
    }

    /**
     * @param options where and how to connect
     * @return a new transport owned by the test
     */
    protected abstract PveTransport createTransport(TransportOptions options);

    /** Runs the wire half of the contract on {@link #createTransport}. */
    @Override
    public final PveTransport wireTransport(TransportOptions options) {
        return createTransport(options);
    }

    /** @return the name the adapter's {@link PveTransportProvider} registers */
    protected abstract String providerName();

    /**
     * @param options where and how to connect
     * @return a transport over a caller-owned native client, when the adapter supports that
     */
    protected Optional<Borrowed> borrowedClient(TransportOptions options) {
        return Optional.empty();
    }

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
        cleanup.clear();
    }

    private ContractServer server(ContractServer s) {
        cleanup.add(s);
        return s;
    }

    private PveTransport transport(URI base, Consumer<TransportOptions.Builder> tweak) {
        TransportOptions.Builder b = TransportOptions.builder(base).requestTimeout(Duration.ofSeconds(10)).connectTimeout(Duration.ofSeconds(5));
        tweak.accept(b);
        PveTransport t = createTransport(b.build());
        cleanup.add(t::close);
        return t;
    }

    private PveTransport transport(ContractServer s) {
        return transport(s.baseUri(), b -> { });
    }

    private static PveResponse await(CompletableFuture<PveResponse> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    private static PveTransportException failure(CompletableFuture<PveResponse> f) throws Exception {
        try {
            PveResponse r = f.get(30, TimeUnit.SECONDS);
            throw new AssertionError("expected a PveTransportException, got " + r);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            assertThat(cause).as("failure type").isInstanceOf(PveTransportException.class);
            return (PveTransportException) cause;
        }
    }

    private static PveRequest get(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        PveRequest.Builder b = PveRequest.builder(HttpMethod.GET, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
        if (q >= 0) {
            b.query(pathAndQuery.substring(q + 1));
        }
        return b.build();
    }

    private static final String UPID_PATH = "/api2/json/nodes/pve1/tasks/UPID%3Apve1%3A0001E240%3A0098967F%3A65A1B2C3%3Aqmclone%3A100%3Aroot%40pam%21ci%3A/log";

    @Nested
    @DisplayName("sends requests")
    class Requests {

        @Test
        @DisplayName("with the method, the percent-encoded path and the query exactly as given")
        void pathAndQueryVerbatim() throws Exception {
            ContractServer s = server(ContractServer.http());
            await(transport(s).send(get(UPID_PATH + "?start=0&limit=50&typefilter=a%20b%2Bc")));
            ContractServer.Recorded r = s.requests().get(0);
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.rawUri()).isEqualTo(UPID_PATH + "?start=0&limit=50&typefilter=a%20b%2Bc");
            assertThat(r.body()).isEmpty();
        }

        @Test
        @DisplayName("with every header and the body bytes unchanged, UTF-8 included")
        void headersAndBody() throws Exception {
            ContractServer s = server(ContractServer.http());
            byte[] body = "name=%C3%9Cbergr%C3%B6%C3%9Fe&description=caf\u00e9 \u2713".getBytes(StandardCharsets.UTF_8);
            PveRequest req = PveRequest.builder(HttpMethod.POST, "/api2/extjs/nodes/pve1/qemu/100/clone")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "PVEAuthCookie=PVE:root@pam:65A1B2C3::c2ln+/=")
                    .header("CSRFPreventionToken", "65A1B2C3:Y3NyZg")
                    .addHeader("X-Many", "one").addHeader("X-Many", "two")
                    .body(body).build();
            await(transport(s).send(req));
            ContractServer.Recorded r = s.requests().get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.body()).isEqualTo(body);
            assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(r.header("Cookie")).isEqualTo("PVEAuthCookie=PVE:root@pam:65A1B2C3::c2ln+/=");
            assertThat(r.header("CSRFPreventionToken")).isEqualTo("65A1B2C3:Y3NyZg");
            assertThat(String.join(",", r.headers().get("x-many"))).contains("one").contains("two");
        }

        @Test
        @DisplayName("with PUT and DELETE as well")
        void allMethods() throws Exception {
            ContractServer s = server(ContractServer.http());
            PveTransport t = transport(s);
            await(t.send(PveRequest.builder(HttpMethod.PUT, "/api2/extjs/nodes/pve1/qemu/100/resize")
                    .header("Content-Type", "application/x-www-form-urlencoded").body("disk=scsi0&size=%2B1G".getBytes(StandardCharsets.UTF_8)).build()));
            await(t.send(PveRequest.builder(HttpMethod.DELETE, UPID_PATH.replace("/log", "")).build()));
            assertThat(s.requests()).extracting(ContractServer.Recorded::method).containsExactly("PUT", "DELETE");
            assertThat(new String(s.requests().get(0).body(), StandardCharsets.UTF_8)).isEqualTo("disk=scsi0&size=%2B1G");
        }
    }

    @Nested
    @DisplayName("returns responses")
    class Responses {

        @Test
        @DisplayName("with the status, headers and body as the server sent them")
        void asSent() throws Exception {
            ContractServer s = server(ContractServer.http().answer(r -> ContractServer.Reply.json("{\"data\":\"\u00e9\"}").header("X-Test", "a")));
            PveResponse resp = await(transport(s).send(get("/api2/json/version")));
            assertThat(resp.status()).isEqualTo(200);
            assertThat(resp.header("x-test")).contains("a");
            assertThat(new String(resp.body(), StandardCharsets.UTF_8)).isEqualTo("{\"data\":\"\u00e9\"}");
        }

        @Test
        @DisplayName("completing normally for 4xx, 5xx and 59x statuses, with the reason phrase when the client can read it")
        void errorsAreResponses() throws Exception {
            ContractServer s = server(ContractServer.http().answer(r -> r.rawUri().endsWith("400")
                    ? ContractServer.Reply.of(400, "Parameter verification failed.", "{\"data\":null,\"errors\":{\"upid\":\"no such task\"}}".getBytes(StandardCharsets.UTF_8))
                    : r.rawUri().endsWith("500")
                    ? ContractServer.Reply.of(500, "CT 100 already exists on node 'pve1'", "{\"data\":null}".getBytes(StandardCharsets.UTF_8))
                    : ContractServer.Reply.of(595, "Connection refused", new byte[0])));
            PveTransport t = transport(s);
            PveResponse r400 = await(t.send(get("/api2/json/x/400")));
            assertThat(r400.status()).isEqualTo(400);
            assertThat(new String(r400.body(), StandardCharsets.UTF_8)).contains("no such task");
            PveResponse r500 = await(t.send(get("/api2/json/x/500")));
            assertThat(r500.status()).isEqualTo(500);
            r500.reasonPhrase().ifPresent(p -> assertThat(p).isEqualTo("CT 100 already exists on node 'pve1'"));
            PveResponse r595 = await(t.send(get("/api2/json/x/595")));
            assertThat(r595.status()).isEqualTo(595);
            assertThat(r595.bodyLength()).isZero();
        }

        @Test
        @DisplayName("with a Proxmox Backup Server's plain-text error body, labelled JSON, byte for byte")
        void plainTextErrorBodies() throws Exception {
            ContractServer s = server(ContractServer.http().answer(r -> ContractServer.Reply.of(400, "Bad Request",
                    "task access not allowed".getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json;charset=UTF-8")));
            PveResponse resp = await(transport(s).send(get("/api2/json/nodes/localhost/tasks/UPID%3Apbs1%3A/status")));
            assertThat(resp.status()).isEqualTo(400);
            assertThat(new String(resp.body(), StandardCharsets.UTF_8)).isEqualTo("task access not allowed");
        }
    }

    @Nested
    @DisplayName("fails with PveTransportException")
    class Failures {

        @Test
        @DisplayName("saying the request did not arrive when the connection is refused")
        void refused() throws Exception {
            int port;
            try (ServerSocket ss = new ServerSocket(0)) {
                port = ss.getLocalPort();
            }
            PveTransportException e = failure(transport(URI.create("http://127.0.0.1:" + port), b -> { }).send(get("/api2/json/version")));
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(e.kind()).isEqualTo(PveTransportException.Kind.CONNECT_FAILED);
            assertThat(e.getMessage()).startsWith("cannot connect to http://127.0.0.1:" + port);
        }

        @Test
        @DisplayName("saying the request may have arrived when the connection is reset after sending")
        void reset() throws Exception {
            ContractServer s = server(ContractServer.http().answer(r -> ContractServer.Reply.reset()));
            PveTransportException e = failure(transport(s).send(PveRequest.builder(HttpMethod.POST, "/api2/extjs/nodes/pve1/qemu/100/clone")
                    .body("newid=123".getBytes(StandardCharsets.UTF_8)).build()));
            assertThat(e.mayHaveReachedServer()).isTrue();
            assertThat(s.requests()).hasSize(1); // and it was not sent twice
        }

        @Test
        @DisplayName("when no answer comes within the request timeout")
        void timeout() throws Exception {
            ContractServer s = server(ContractServer.http().answer(r -> ContractServer.Reply.silence()));
            PveTransport t = transport(s.baseUri(), b -> b.requestTimeout(Duration.ofMillis(500)));
            PveTransportException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(t.send(get("/api2/json/version"))));
            assertThat(e.mayHaveReachedServer()).isTrue();
            assertThat(e.kind()).isEqualTo(PveTransportException.Kind.TIMED_OUT);
            assertThat(e.getMessage()).isEqualTo("no complete answer from " + s.baseUri() + " within PT0.5S");
        }

        @Test
        @DisplayName("when the body is larger than the maximum response size")
        void oversized() throws Exception {
            byte[] big = new byte[256 * 1024];
            java.util.Arrays.fill(big, (byte) 'x');
            ContractServer s = server(ContractServer.http().answer(r -> ContractServer.Reply.of(200, "OK", big)));
            PveTransport t = transport(s.baseUri(), b -> b.maxResponseBytes(16 * 1024));
            PveTransportException e = failure(t.send(get("/api2/json/nodes/pve1/tasks")));
            assertThat(e.kind()).isEqualTo(PveTransportException.Kind.TOO_LARGE);
            assertThat(e.getMessage()).contains("maximum response size of 16384 bytes");
        }
    }

    @Nested
    @DisplayName("verifies TLS")
    class Tls {

        @Test
        @DisplayName("rejecting a self-signed certificate with the system trust store")
        void systemTrustRejectsSelfSigned() throws Exception {
            ContractServer s = server(ContractServer.https(TestCertificates.selfSigned("pve1")));
            PveTransportException e = failure(transport(s).send(get("/api2/json/version")));
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(e.kind()).isEqualTo(PveTransportException.Kind.TLS_FAILED);
            assertThat(e.getMessage()).contains("pin its SHA-256 fingerprint");
            assertThat(s.requests()).isEmpty();
        }

        @Test
        @DisplayName("accepting a certificate issued by a custom CA, and rejecting one from another CA")
        void customCa() throws Exception {
            TestCertificates.Issued ca = TestCertificates.certificateAuthority("Cluster CA");
            ContractServer s = server(ContractServer.https(TestCertificates.issue(ca, "pve1")));
            assertThat(await(transport(s.baseUri(), b -> b.tlsTrust(ca.asCustomCa())).send(get("/api2/json/version"))).status()).isEqualTo(200);
            TestCertificates.Issued other = TestCertificates.certificateAuthority("Other CA");
            failure(transport(s.baseUri(), b -> b.tlsTrust(other.asCustomCa())).send(get("/api2/json/version")));
        }

        @Test
        @DisplayName("accepting exactly the pinned certificate whatever its host name, and rejecting any other")
        void fingerprintPinning() throws Exception {
            TestCertificates.Issued cert = TestCertificates.selfSignedForOtherHost("pve.example.invalid");
            ContractServer s = server(ContractServer.https(cert));
            PveResponse ok = await(transport(s.baseUri(), b -> b.fingerprint(cert.fingerprint())).send(get("/api2/json/version")));
            assertThat(ok.status()).isEqualTo(200);
            String wrong = TestCertificates.selfSigned("impostor").fingerprint();
            PveTransportException e = failure(transport(s.baseUri(), b -> b.fingerprint(wrong)).send(get("/api2/json/version")));
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(s.requests()).hasSize(1);
        }

        @Test
        @DisplayName("accepting any certificate only when insecure mode is asked for")
        void insecure() throws Exception {
            ContractServer s = server(ContractServer.https(TestCertificates.selfSignedForOtherHost("anything.invalid")));
            assertThat(await(transport(s.baseUri(), b -> b.tlsTrust(TlsTrust.insecure())).send(get("/api2/json/version"))).status()).isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("handles concurrency")
    class Concurrency {

        @Test
        @DisplayName("with hundreds of requests in flight")
        void manyInFlight() throws Exception {
            ContractServer s = server(ContractServer.http().answer(r -> ContractServer.Reply.json("{\"data\":\"" + r.rawUri() + "\"}")
                    .after(Duration.ofMillis(20))));
            PveTransport t = transport(s);
            List<CompletableFuture<PveResponse>> all = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                all.add(t.send(get("/api2/json/nodes/pve1/tasks?start=" + i)));
            }
            for (int i = 0; i < all.size(); i++) {
                assertThat(new String(await(all.get(i)).body(), StandardCharsets.UTF_8)).contains("start=" + i + "\"");
            }
        }

        @Test
        @DisplayName("without blocking the caller while the server thinks")
        void neverBlocksTheCaller() throws Exception {
            CountDownLatch release = new CountDownLatch(1);
            ContractServer s = server(ContractServer.http().answer(r -> ContractServer.Reply.json("{\"data\":null}").heldBy(release)));
            PveTransport t = transport(s);
            CompletableFuture<PveResponse> f = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> t.send(get("/api2/json/version")));
            assertThat(f).isNotDone();
            release.countDown();
            assertThat(await(f).status()).isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("has a lifecycle")
    class Lifecycle {

        @Test
        @DisplayName("where close is idempotent and a send after close fails fast")
        void closeTwiceThenSend() throws Exception {
            ContractServer s = server(ContractServer.http());
            PveTransport t = createTransport(TransportOptions.builder(s.baseUri()).build());
            t.close();
            assertThatCode(t::close).doesNotThrowAnyException();
            PveTransportException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failure(t.send(get("/api2/json/version"))));
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(e.kind()).isEqualTo(PveTransportException.Kind.CLOSED);
            assertThat(s.requests()).isEmpty();
        }

        @Test
        @DisplayName("where a borrowed native client is left open")
        void borrowedClientStaysOpen() throws Exception {
            ContractServer s = server(ContractServer.http());
            Optional<Borrowed> borrowed = borrowedClient(TransportOptions.builder(s.baseUri()).build());
            if (borrowed.isEmpty()) {
                return; // the adapter takes no native client
            }
            try {
                assertThat(await(borrowed.get().transport().send(get("/api2/json/version"))).status()).isEqualTo(200);
                borrowed.get().transport().close();
                borrowed.get().assertNativeClientStillUsable();
            } finally {
                borrowed.get().release();
            }
        }
    }

    @Nested
    @DisplayName("is discoverable")
    class Discovery {

        @Test
        @DisplayName("through ServiceLoader under its name, creating working transports")
        void serviceLoader() throws Exception {
            PveTransportProvider provider = ServiceLoader.load(PveTransportProvider.class).stream().map(ServiceLoader.Provider::get)
                    .filter(p -> p.name().equals(providerName())).findFirst()
                    .orElseThrow(() -> new AssertionError("no PveTransportProvider named '" + providerName() + "' on the class path"));
            ContractServer s = server(ContractServer.http());
            PveTransport t = provider.create(TransportOptions.builder(s.baseUri()).build());
            cleanup.add(t::close);
            assertThat(t.name()).isEqualTo(providerName());
            assertThat(await(t.send(get("/api2/json/version"))).status()).isEqualTo(200);
        }
    }
}
