package io.github.pvetasks.core.spi;

import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.PveTransportException.Kind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one transport policy, on a scripted adapter. */
class TransportPolicyTest {

    static final TransportOptions OPTIONS = TransportOptions.builder(URI.create("https://pve1:8006"))
            .requestTimeout(Duration.ofMillis(300)).connectTimeout(Duration.ofSeconds(2)).maxResponseBytes(4096).build();

    /** Answers each attempt from a script and counts them. */
    static final class Scripted implements TransportPolicy.Exchange {
        final List<PveRequest> attempts = new ArrayList<>();
        final Function<Integer, CompletableFuture<PveResponse>> script;
        final Function<Throwable, Kind> classify;

        Scripted(Function<Integer, CompletableFuture<PveResponse>> script, Function<Throwable, Kind> classify) {
            this.script = script;
            this.classify = classify;
        }

        @Override
        public CompletableFuture<PveResponse> attempt(PveRequest request) {
            attempts.add(request);
            return script.apply(attempts.size());
        }

        @Override
        public Kind classify(Throwable failure) {
            return classify.apply(failure);
        }
    }

    static final class Stale extends IOException {
        Stale() {
            super("connection closed by the server");
        }
    }

    static PveRequest get() {
        return PveRequest.builder(HttpMethod.GET, "/api2/json/cluster/tasks").build();
    }

    static PveRequest post() {
        return PveRequest.builder(HttpMethod.POST, "/api2/extjs/nodes/pve1/vzdump").body("vmid=100".getBytes(StandardCharsets.UTF_8)).build();
    }

    static PveTransportException failure(CompletableFuture<PveResponse> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(PveTransportException.class);
            return (PveTransportException) e.getCause();
        }
    }

    static Kind staleOrBroken(Throwable t) {
        return t instanceof Stale ? Kind.STALE_CONNECTION : Kind.BROKEN;
    }

    @Test
    void aReadOnAStaleConnectionIsSentOnceMoreAndOnlyOnce() throws Exception {
        Scripted once = new Scripted(n -> n == 1 ? CompletableFuture.failedFuture(new Stale())
                : CompletableFuture.completedFuture(PveResponse.of(200, java.util.Map.of(), new byte[0])), TransportPolicyTest::staleOrBroken);
        assertThat(TransportPolicy.create(OPTIONS, once).send(get()).get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(once.attempts).hasSize(2);

        Scripted always = new Scripted(n -> CompletableFuture.failedFuture(new Stale()), TransportPolicyTest::staleOrBroken);
        PveTransportException e = failure(TransportPolicy.create(OPTIONS, always).send(get()));
        assertThat(e.kind()).isEqualTo(Kind.STALE_CONNECTION);
        assertThat(e.getMessage()).isEqualTo("the connection to https://pve1:8006 was closed by the server before it answered: "
                + "connection closed by the server");
        assertThat(always.attempts).hasSize(2);
    }

    @Test
    void writesAreNeverRepeated() throws Exception {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE}) {
            Scripted s = new Scripted(n -> CompletableFuture.failedFuture(new Stale()), TransportPolicyTest::staleOrBroken);
            PveTransportException e = failure(TransportPolicy.create(OPTIONS, s).send(PveRequest.builder(method, "/api2/extjs/x").build()));
            assertThat(e.mayHaveReachedServer()).isTrue();
            assertThat(s.attempts).as(method.name()).hasSize(1);
        }
    }

    @Test
    void otherFailuresAreNotRepeatedEvenForReads() throws Exception {
        Scripted s = new Scripted(n -> CompletableFuture.failedFuture(new IOException("garbage")), TransportPolicyTest::staleOrBroken);
        PveTransportException e = failure(TransportPolicy.create(OPTIONS, s).send(get()));
        assertThat(e.kind()).isEqualTo(Kind.BROKEN);
        assertThat(e.getMessage()).isEqualTo("I/O error talking to https://pve1:8006: garbage");
        assertThat(s.attempts).hasSize(1);
    }

    @Test
    void anAdapterThatNeverAnswersIsCutOffAtTheDeadline() throws Exception {
        Scripted s = new Scripted(n -> new CompletableFuture<>(), TransportPolicyTest::staleOrBroken);
        PveTransportException e = failure(TransportPolicy.create(OPTIONS, s).send(post()));
        assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(e.getMessage()).isEqualTo("no complete answer from https://pve1:8006 within PT0.3S");
        assertThat(TransportPolicy.deadline(OPTIONS)).isEqualTo(Duration.ofMillis(550));
    }

    @Test
    void everyKindHasItsOwnWordingAndReachability() throws Exception {
        java.util.Set<String> wordings = new java.util.HashSet<>();
        for (Kind kind : Kind.values()) {
            Scripted s = new Scripted(n -> CompletableFuture.failedFuture(new IOException("native detail")), t -> kind);
            PveTransportException e = failure(TransportPolicy.create(OPTIONS, s).send(post()));
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.mayHaveReachedServer()).isEqualTo(kind.mayHaveReachedServer());
            assertThat(e.getCause()).hasMessage("native detail");
            wordings.add(e.getMessage());
        }
        assertThat(wordings).as("one wording per kind").hasSize(Kind.values().length);
        assertThat(Kind.CONNECT_TIMEOUT.mayHaveReachedServer()).isFalse();
        assertThat(Kind.TLS_FAILED.mayHaveReachedServer()).isFalse();
        assertThat(Kind.TIMED_OUT.mayHaveReachedServer()).isTrue();
    }

    @Test
    void limitsAreNamedInTheMessages() throws Exception {
        Scripted large = new Scripted(n -> CompletableFuture.failedFuture(new IOException("x")), t -> Kind.TOO_LARGE);
        assertThat(failure(TransportPolicy.create(OPTIONS, large).send(get())).getMessage())
                .isEqualTo("the answer from https://pve1:8006 is larger than the maximum response size of 4096 bytes");
        Scripted connect = new Scripted(n -> CompletableFuture.failedFuture(new IOException("x")), t -> Kind.CONNECT_TIMEOUT);
        assertThat(failure(TransportPolicy.create(OPTIONS, connect).send(get())).getMessage())
                .isEqualTo("could not connect to https://pve1:8006 within PT2S");
    }

    @Test
    void anAdapterThatThrowsOrReturnsNothingFailsAsNotSent() throws Exception {
        Scripted throwing = new Scripted(n -> {
            throw new IllegalArgumentException("bad URI");
        }, TransportPolicyTest::staleOrBroken);
        PveTransportException e = failure(TransportPolicy.create(OPTIONS, throwing).send(post()));
        assertThat(e.kind()).isEqualTo(Kind.NOT_SENT);
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(e.getMessage()).contains("bad URI");
        Scripted nothing = new Scripted(n -> null, TransportPolicyTest::staleOrBroken);
        assertThat(failure(TransportPolicy.create(OPTIONS, nothing).send(post())).kind()).isEqualTo(Kind.NOT_SENT);
    }

    @Test
    void aClassifierThatFailsCountsAsBroken() throws Exception {
        Scripted s = new Scripted(n -> CompletableFuture.failedFuture(new IOException("x")), t -> {
            throw new IllegalStateException("bug");
        });
        assertThat(failure(TransportPolicy.create(OPTIONS, s).send(get())).kind()).isEqualTo(Kind.BROKEN);
        Scripted nullKind = new Scripted(n -> CompletableFuture.failedFuture(new IOException("x")), t -> null);
        assertThat(failure(TransportPolicy.create(OPTIONS, nullKind).send(get())).kind()).isEqualTo(Kind.BROKEN);
    }

    @Test
    void afterCloseNothingIsAttempted() throws Exception {
        Scripted s = new Scripted(n -> CompletableFuture.completedFuture(PveResponse.of(200, java.util.Map.of(), new byte[0])),
                TransportPolicyTest::staleOrBroken);
        TransportPolicy policy = TransportPolicy.create(OPTIONS, s);
        assertThat(policy.close()).isTrue();
        assertThat(policy.close()).isFalse();
        PveTransportException e = failure(policy.send(get()));
        assertThat(e.kind()).isEqualTo(Kind.CLOSED);
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(s.attempts).isEmpty();
    }

    @Test
    void closingAbortsEverySendInFlightAtOnceAndCancelsItsAttempt() throws Exception {
        List<CompletableFuture<PveResponse>> attempts = new ArrayList<>();
        Scripted s = new Scripted(n -> {
            CompletableFuture<PveResponse> a = new CompletableFuture<>();
            attempts.add(a);
            return a;
        }, TransportPolicyTest::staleOrBroken);
        TransportPolicy policy = TransportPolicy.create(TransportOptions.builder(URI.create("https://pve1:8006"))
                .requestTimeout(Duration.ofHours(1)).build(), s);
        CompletableFuture<PveResponse> read = policy.send(get());
        CompletableFuture<PveResponse> write = policy.send(post());
        assertThat(policy.inFlight()).isEqualTo(2);
        policy.close();
        // No wait for the hour-long deadline: close ends both now.
        PveTransportException e = failure(read);
        assertThat(e.kind()).isEqualTo(Kind.ABORTED);
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.getMessage()).contains("GET", "https://pve1:8006", "closed while it was in flight");
        assertThat(failure(write).kind()).isEqualTo(Kind.ABORTED);
        assertThat(attempts).allSatisfy(a -> assertThat(a).isCancelled());
        assertThat(s.attempts).hasSize(2); // and no retry after close
        assertThat(policy.inFlight()).isZero();
    }

    @Test
    void theDeadlineCancelsTheAttemptNotOnlyTheCallersFuture() throws Exception {
        CompletableFuture<PveResponse> attempt = new CompletableFuture<>();
        Scripted s = new Scripted(n -> attempt, TransportPolicyTest::staleOrBroken);
        PveTransportException e = failure(TransportPolicy.create(OPTIONS, s).send(get()));
        assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(attempt).isCancelled();
    }

    @Test
    void aCallersCancelCancelsTheAttempt() {
        CompletableFuture<PveResponse> attempt = new CompletableFuture<>();
        TransportPolicy policy = TransportPolicy.create(OPTIONS, new Scripted(n -> attempt, TransportPolicyTest::staleOrBroken));
        CompletableFuture<PveResponse> f = policy.send(get());
        f.cancel(true);
        assertThat(attempt).isCancelled();
        assertThat(policy.inFlight()).isZero();
    }

    @Test
    void anAnsweredSendLeavesNothingInFlight() throws Exception {
        TransportPolicy policy = TransportPolicy.create(OPTIONS, new Scripted(
                n -> CompletableFuture.completedFuture(PveResponse.of(200, java.util.Map.of(), new byte[0])), TransportPolicyTest::staleOrBroken));
        assertThat(policy.send(get()).get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(policy.inFlight()).isZero();
    }

    @Test
    void anAdaptersOwnTransportExceptionPassesThrough() throws Exception {
        PveTransportException own = new PveTransportException(Kind.TLS_FAILED, "pin mismatch", null);
        Scripted s = new Scripted(n -> CompletableFuture.failedFuture(own), TransportPolicyTest::staleOrBroken);
        assertThat(failure(TransportPolicy.create(OPTIONS, s).send(get()))).isSameAs(own);
    }

    @Test
    void badArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> TransportPolicy.create(null, new Scripted(n -> null, t -> Kind.BROKEN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be null");
        assertThatThrownBy(() -> new PveTransportException((Kind) null, "m", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    }

    @Test
    void turningTlsVerificationOffIsWarnedOnceWhenTheTransportIsCreated() {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(TransportPolicy.class.getName());
        List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        try {
            TransportPolicy.create(OPTIONS, new Scripted(n -> null, t -> Kind.BROKEN));
            assertThat(records).isEmpty();
            TransportPolicy insecure = TransportPolicy.create(TransportOptions.builder(URI.create("https://pve1:8006"))
                    .tlsTrust(TlsTrust.insecure()).build(), new Scripted(n -> null, t -> Kind.BROKEN));
            insecure.send(get());
            assertThat(records).hasSize(1);
            assertThat(records.get(0).getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            assertThat(records.get(0).getMessage()).contains("TLS certificate verification is OFF for https://pve1:8006");
        } finally {
            jul.removeHandler(handler);
        }
    }
}
