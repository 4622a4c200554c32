package io.github.pvetasks.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitPolicyTest {

    @ParameterizedTest(name = "{0} waits {1} minutes")
    @CsvSource({
            "qmclone, 120", "vzclone, 120",
            "vzdump, 240",
            "qmsnapshot, 10", "vzsnapshot, 10",
            "qmstart, 5", "qmstop, 5", "vzstart, 5", "qmshutdown, 5",
            "qmcreate, 30", "vzcreate, 30",
            "aptupdate, 30", "something-new, 30",
    })
    void defaultsFollowTheGuidesTimeoutTable(String type, long minutes) {
        assertThat(WaitPolicy.forType(type).timeout()).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void defaultsTreatWarningsAsSuccessAndRetryTransientFaults() {
        WaitPolicy p = WaitPolicy.defaults();
        assertThat(p.warningsAreSuccess()).isTrue();
        assertThat(p.retryTransientErrors()).isTrue();
        assertThat(p.stopTaskOnTimeout()).isFalse();
        assertThat(p.isSuccess(ExitStatus.parse("WARNINGS: 3"))).isTrue();
        assertThat(p.toBuilder().warningsAreSuccess(false).build().isSuccess(ExitStatus.parse("WARNINGS: 3"))).isFalse();
    }

    @Test
    void tablesCanBeOverriddenPerType() {
        WaitPolicies table = WaitPolicies.defaults().withTimeout("qmclone", Duration.ofHours(6))
                .withFallback(WaitPolicy.defaults().withTimeout(Duration.ofMinutes(45)));
        assertThat(table.forType("qmclone").timeout()).isEqualTo(Duration.ofHours(6));
        assertThat(table.forType("something-new").timeout()).isEqualTo(Duration.ofMinutes(45)); // not in the table: the fallback
        assertThat(table.forType("vzdump").timeout()).isEqualTo(Duration.ofHours(4));
        assertThat(WaitPolicies.defaults().forType("qmclone").timeout()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void defaultBackoffStartsFastAndCapsAtFiveSeconds() {
        Backoff b = WaitPolicy.defaults().backoff();
        assertThat(b.delay(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.delay(3)).isBetween(Duration.ofMillis(1700), Duration.ofMillis(1750));
        assertThat(b.delay(50)).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterStaysWithinItsFraction() {
        RandomGenerator random = new SplittableRandom(7);
        Backoff b = Backoff.jittered(Backoff.fixed(Duration.ofSeconds(2)), 0.25, random);
        for (int i = 0; i < 1000; i++) {
            assertThat(b.delay(i)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(2500));
        }
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> WaitPolicy.builder().timeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("wait timeout must be positive, got PT-1S");
        assertThatThrownBy(() -> WaitPolicy.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), 0.5, Duration.ofSeconds(5)))
                .hasMessageContaining("factor must be 1.0 or more");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(10), 2, Duration.ofSeconds(5)))
                .hasMessageContaining("below the initial delay");
        assertThatThrownBy(() -> WaitPolicy.forType(null)).hasMessageContaining("task type must not be null");
        assertThatThrownBy(() -> WaitPolicy.builder().noSuchTaskGrace(Duration.ofSeconds(-2)))
                .hasMessageContaining("must not be negative");
    }

    @ParameterizedTest(name = "{0} minutes of timeout: polled at most every {1} s")
    @CsvSource({"240, 30", "120, 30", "30, 7.5", "10, 5", "5, 5", "1, 5"})
    void longestIntervalFollowsTheTimeout(long minutes, double seconds) {
        WaitPolicy p = WaitPolicy.defaults().withTimeout(Duration.ofMinutes(minutes));
        assertThat(p.longestInterval()).isEqualTo(Duration.ofMillis((long) (seconds * 1000)));
    }

    @Test
    void aTaskIsPolledMoreRarelyAsItAgesButNeverBeyondTheLongestInterval() {
        WaitPolicy backup = WaitPolicy.forType("vzdump");
        // young: the backoff decides
        assertThat(backup.pollInterval(0, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backup.pollInterval(50, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(5));
        // an eighth of its age once that is longer than the backoff
        assertThat(backup.pollInterval(50, Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(15));
        assertThat(backup.pollInterval(50, Duration.ofMillis(120_008))).isEqualTo(Duration.ofMillis(15_001));
        // capped
        assertThat(backup.pollInterval(50, Duration.ofHours(3))).isEqualTo(Duration.ofSeconds(30));
        // a clock that disagrees does not make a task poll faster than its backoff
        assertThat(backup.pollInterval(50, Duration.ofSeconds(-40))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aSetLongestIntervalSurvivesANewTimeoutAndADerivedOneFollowsIt() {
        WaitPolicy set = WaitPolicy.defaults().toBuilder().longestInterval(Duration.ofSeconds(12)).build();
        assertThat(set.withTimeout(Duration.ofHours(4)).longestInterval()).isEqualTo(Duration.ofSeconds(12));
        assertThat(set.pollInterval(50, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(12));
        WaitPolicy derived = WaitPolicy.defaults();
        assertThat(derived.withTimeout(Duration.ofHours(4)).longestInterval()).isEqualTo(Duration.ofSeconds(30));
        // shorter than the backoff's longest delay: the backoff still wins, so the policy never polls faster than it says
        WaitPolicy tight = WaitPolicy.defaults().toBuilder().longestInterval(Duration.ofSeconds(2)).build();
        assertThat(tight.pollInterval(50, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsBadIntervalArguments() {
        assertThatThrownBy(() -> WaitPolicy.builder().longestInterval(Duration.ZERO))
                .hasMessageContaining("longest interval must be positive, got PT0S");
        assertThatThrownBy(() -> WaitPolicy.builder().longestInterval(null))
                .hasMessageContaining("longest interval must not be null");
        assertThatThrownBy(() -> WaitPolicy.defaults().pollInterval(-1, Duration.ZERO))
                .hasMessageContaining("attempt must be 0 or more, got -1");
        assertThatThrownBy(() -> WaitPolicy.defaults().pollInterval(0, null))
                .hasMessageContaining("task age must not be null");
    }
}
