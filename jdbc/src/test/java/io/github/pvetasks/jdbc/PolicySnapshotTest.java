package io.github.pvetasks.jdbc;

import io.github.pvetasks.core.Backoff;
import io.github.pvetasks.core.WaitPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicySnapshotTest {

    @Test
    void aStoredPolicyWaitsAsTheOriginalDid() {
        WaitPolicy p = WaitPolicy.forType("qmclone").toBuilder().warningsAreSuccess(false).stopTaskOnTimeout(true)
                .noSuchTaskGrace(Duration.ofSeconds(3)).build();
        WaitPolicy back = PolicySnapshot.decode(PolicySnapshot.encode(p));
        assertThat(back.timeout()).isEqualTo(p.timeout());
        assertThat(back.longestInterval()).isEqualTo(p.longestInterval());
        assertThat(back.warningsAreSuccess()).isFalse();
        assertThat(back.stopTaskOnTimeout()).isTrue();
        assertThat(back.retryTransientErrors()).isEqualTo(p.retryTransientErrors());
        assertThat(back.noSuchTaskGrace()).isEqualTo(Duration.ofSeconds(3));
        for (int attempt = 0; attempt < 40; attempt++) {
            for (long ageSeconds : new long[] {0, 5, 60, 3600, 86_400}) {
                Duration age = Duration.ofSeconds(ageSeconds);
                // to the millisecond: stored delays are whole milliseconds
                assertThat(back.pollInterval(attempt, age).toMillis()).as("attempt %d, age %s", attempt, age)
                        .isEqualTo(p.pollInterval(attempt, age).toMillis());
            }
        }
    }

    @Test
    void attemptsAreReadOffTheTimeWatched() {
        WaitPolicy p = WaitPolicy.builder().backoff(Backoff.fixed(Duration.ofSeconds(1))).build();
        assertThat(PolicySnapshot.attemptsAfter(p, Duration.ZERO)).isZero();
        assertThat(PolicySnapshot.attemptsAfter(p, Duration.ofMillis(2500))).isEqualTo(2);
        assertThat(PolicySnapshot.attemptsAfter(p, Duration.ofHours(1))).isEqualTo(PolicySnapshot.DELAYS);
    }

    @Test
    void unreadableTextIsQuotedInTheError() {
        assertThatThrownBy(() -> PolicySnapshot.decode("v9;x=1")).hasMessageContaining("'v9;x=1'");
        assertThatThrownBy(() -> PolicySnapshot.decode("v1;timeout=abc")).hasMessageContaining("v1;timeout=abc");
    }
}
