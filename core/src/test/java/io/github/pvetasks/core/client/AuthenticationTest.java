package io.github.pvetasks.core.client;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveAuthenticationException;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.TaskRequests;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.HttpMethod;
import io.github.pvetasks.core.spi.PveRequest;
import io.github.pvetasks.core.spi.PveResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.pvetasks.core.client.FakeTransport.body;
import static io.github.pvetasks.core.client.FakeTransport.error;
import static io.github.pvetasks.core.client.FakeTransport.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AuthenticationTest {

    static final String PASSWORD = "Pa55+w/rd=&x";
    static final Upid UPID = TaskApiTest.CLONE;
    static final String STATUS = "{\"data\":{\"status\":\"running\"}}";

    final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_705_100_000));
    final FakeTransport transport = new FakeTransport();
    final AtomicInteger logins = new AtomicInteger();
    final List<String> ticketsIssued = new ArrayList<>();

    PveClient client(Duration renewalAge) {
        return PveClient.builder().transport(transport).credentials(Credentials.password("root@pam", PASSWORD))
                .clock(clock).ticketRenewalAge(renewalAge).build();
    }

    /** A ticket as PVE writes it: PVE:user:HEXTIME::signature (with '+', '/' and '='). */
    String issueTicket(Instant at) {
        String t = "PVE:root@pam:" + String.format("%08X", at.getEpochSecond()) + "::c2lnbmF0dXJl+" + logins.get() + "/x==";
        ticketsIssued.add(t);
        return t;
    }

    PveResponse login(Instant serverTime) {
        logins.incrementAndGet();
        return ok("{\"success\":1,\"data\":{\"username\":\"root@pam\",\"ticket\":\"" + issueTicket(serverTime)
                + "\",\"CSRFPreventionToken\":\"65A1B2C3:Y3NyZg" + logins.get() + "\",\"cap\":{}}}");
    }

    boolean isLogin(PveRequest r) {
        return r.path().endsWith("/access/ticket");
    }

    @Test
    void logsInOnceThenSendsTheCookieAndCsrfOnlyOnWrites() {
        transport.answer(r -> isLogin(r) ? login(clock.instant())
                : r.method() == HttpMethod.GET ? ok(STATUS) : ok("{\"success\":1,\"data\":\"" + UPID + "\"}"));
        PveClient client = client(Duration.ofHours(1));

        client.tasks().status(UPID);
        client.tasks().start(TaskRequests.startVm("pve1", 100));

        List<PveRequest> rs = transport.requests();
        assertThat(rs).hasSize(3);
        PveRequest login = rs.get(0);
        assertThat(login.method()).isEqualTo(HttpMethod.POST);
        assertThat(login.path()).isEqualTo("/api2/extjs/access/ticket");
        assertThat(body(login)).isEqualTo("username=root%40pam&password=Pa55%2Bw%2Frd%3D%26x");
        assertThat(login.header("Cookie")).isEmpty();
        assertThat(login.header("Authorization")).isEmpty();

        PveRequest get = rs.get(1);
        assertThat(get.header("Cookie")).contains("PVEAuthCookie=" + ticketsIssued.get(0));
        assertThat(get.header("CSRFPreventionToken")).isEmpty();
        PveRequest post = rs.get(2);
        assertThat(post.header("Cookie")).contains("PVEAuthCookie=" + ticketsIssued.get(0));
        assertThat(post.header("CSRFPreventionToken")).contains("65A1B2C3:Y3NyZg1");
    }

    @Test
    void renewsWithTheTicketItselfBeforeItGetsOld() {
        transport.answer(r -> isLogin(r) ? login(clock.instant()) : ok(STATUS));
        PveClient client = client(Duration.ofHours(1));
        client.tasks().status(UPID);

        clock.advance(Duration.ofMinutes(59));
        client.tasks().status(UPID);
        assertThat(logins).hasValue(1);

        clock.advance(Duration.ofMinutes(2));
        client.tasks().status(UPID);
        assertThat(logins).hasValue(2);
        PveRequest renewal = transport.requests().stream().filter(this::isLogin).skip(1).findFirst().orElseThrow();
        assertThat(body(renewal)).isEqualTo("username=root%40pam&password=" + io.github.pvetasks.core.internal.UriEncoding.encode(ticketsIssued.get(0)));
        assertThat(transport.last().header("Cookie")).contains("PVEAuthCookie=" + ticketsIssued.get(1));
    }

    @Test
    void judgesAgeByTheTicketsOwnTimestampWhenTheServerClockIsBehind() {
        // The server's clock is 50 minutes behind ours: its ticket looks 50 minutes old at once.
        transport.answer(r -> isLogin(r) ? login(clock.instant().minus(Duration.ofMinutes(50))) : ok(STATUS));
        PveClient client = client(Duration.ofHours(1));
        client.tasks().status(UPID);
        clock.advance(Duration.ofMinutes(11));
        client.tasks().status(UPID);
        assertThat(logins).hasValue(2);
    }

    @Test
    void logsInWithThePasswordAgainOnceTheTicketHasExpired() {
        transport.answer(r -> isLogin(r) ? login(clock.instant()) : ok(STATUS));
        PveClient client = client(Duration.ofHours(1));
        client.tasks().status(UPID);
        clock.advance(Duration.ofHours(3));
        client.tasks().status(UPID);
        PveRequest second = transport.requests().stream().filter(this::isLogin).skip(1).findFirst().orElseThrow();
        assertThat(body(second)).endsWith("password=Pa55%2Bw%2Frd%3D%26x");
    }

    @Test
    void fallsBackToThePasswordWhenRenewalIsRefused() {
        transport.answer(r -> {
            if (isLogin(r) && body(r).contains("password=PVE")) {
                return ok("{\"data\":null,\"success\":0,\"status\":401,\"message\":\"authentication failure\\n\"}");
            }
            return isLogin(r) ? login(clock.instant()) : ok(STATUS);
        });
        PveClient client = client(Duration.ofMinutes(30));
        client.tasks().status(UPID);
        clock.advance(Duration.ofMinutes(31));
        client.tasks().status(UPID);
        assertThat(transport.requests().stream().filter(this::isLogin).count()).isEqualTo(3);
        assertThat(transport.last().header("Cookie")).contains("PVEAuthCookie=" + ticketsIssued.get(1));
    }

    @Test
    void concurrentCallsShareOneLogin() {
        CompletableFuture<PveResponse> pendingLogin = new CompletableFuture<>();
        transport.answerAsync(r -> isLogin(r) ? pendingLogin : CompletableFuture.completedFuture(ok(STATUS)));
        PveClient client = client(Duration.ofHours(1));

        List<CompletableFuture<TaskStatus>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(client.tasks().statusAsync(UPID));
        }
        assertThat(calls).noneMatch(CompletableFuture::isDone);
        pendingLogin.complete(login(clock.instant()));

        assertThat(CompletableFuture.allOf(calls.toArray(new CompletableFuture[0]))).succeedsWithin(Duration.ofSeconds(5));
        assertThat(transport.requests().stream().filter(this::isLogin).count()).isEqualTo(1);
        assertThat(transport.requests()).hasSize(21);
    }

    @Test
    void aRejectedTicketIsReplacedOnceAndTheCallRepeated() {
        AtomicInteger gets = new AtomicInteger();
        transport.answer(r -> {
            if (isLogin(r)) {
                return login(clock.instant());
            }
            return gets.incrementAndGet() == 1 ? error(401, Optional.of("No ticket"), "") : ok(STATUS);
        });
        PveClient client = client(Duration.ofHours(1));

        assertThat(client.tasks().status(UPID).isRunning()).isTrue();
        assertThat(logins).hasValue(2);
        assertThat(gets).hasValue(2);
    }

    @Test
    void aSecond401InARowFailsWithoutLooping() {
        transport.answer(r -> isLogin(r) ? login(clock.instant()) : error(401, Optional.empty(), ""));
        PveClient client = client(Duration.ofHours(1));
        assertThatThrownBy(() -> client.tasks().status(UPID)).isInstanceOf(PveAuthenticationException.class)
                .hasMessageContaining("HTTP 401");
        assertThat(logins).hasValue(2);
        assertThat(transport.requests()).hasSize(4);
    }

    @Test
    void aFailedLoginSaysSoWithoutTheSecret() {
        transport.answer(r -> ok("{\"data\":null,\"success\":0,\"status\":401,\"message\":\"authentication failure\\n\"}"));
        PveAuthenticationException e = catchThrowableOfType(PveAuthenticationException.class,
                () -> client(Duration.ofHours(1)).tasks().status(UPID));
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("POST /access/ticket").contains("authentication failure").doesNotContain(PASSWORD);
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aSecondFactorRequirementIsExplained() {
        transport.answer(r -> ok("{\"success\":1,\"data\":{\"username\":\"root@pam\",\"ticket\":\"PVE:!tfa!xyz\",\"CSRFPreventionToken\":\"c\",\"NeedTFA\":1}}"));
        assertThatThrownBy(() -> client(Duration.ofHours(1)).tasks().status(UPID))
                .isInstanceOf(PveAuthenticationException.class).hasMessageContaining("second factor");
    }

    @Test
    void aRejectedTokenFailsAtOnceWithoutTheSecret() {
        transport.answer(r -> error(401, Optional.empty(), ""));
        PveClient client = PveClient.builder().transport(transport)
                .credentials(Credentials.apiToken("root@pam!ci=" + TaskApiTest.SECRET)).build();
        PveAuthenticationException e = catchThrowableOfType(PveAuthenticationException.class, () -> client.tasks().status(UPID));
        assertThat(e.getMessage()).contains("authentication failed").doesNotContain(TaskApiTest.SECRET);
        assertThat(transport.requests()).hasSize(1);
    }
}
