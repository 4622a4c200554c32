package io.github.pvetasks.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class TaskQueryTest {

    @Test
    void sendsNothingByDefaultSoTheServerDefaultsApply() {
        assertThat(TaskQuery.defaults().toParameters()).isEmpty();
    }

    @Test
    void carriesEveryServerFilterWithItsWireName() {
        TaskQuery q = TaskQuery.builder()
                .start(10).limit(0).source(TaskSource.ALL).typeFilter("qmclone").userFilter("ROOT")
                .vmid(100).since(Instant.ofEpochSecond(1_700_000_000)).until(Instant.ofEpochSecond(1_700_003_600))
                .statusFilter(ExitStatus.Kind.WARNING, ExitStatus.Kind.ERROR).errors(true).build();
        Map<String, String> p = q.toParameters();
        assertThat(p).containsExactly(
                entry("start", "10"), entry("limit", "0"), entry("source", "all"), entry("typefilter", "qmclone"),
                entry("userfilter", "ROOT"), entry("vmid", "100"), entry("since", "1700000000"),
                entry("until", "1700003600"), entry("statusfilter", "warning,error"), entry("errors", "1"));
        assertThat(q.toBuilder().build()).isEqualTo(q);
        assertThat(q.vmid()).hasValue(100);
        assertThat(q.source()).contains(TaskSource.ALL);
    }

    @Test
    void rejectsBadValuesAtTheCall() {
        assertThatThrownBy(() -> TaskQuery.builder().limit(-1)).hasMessageContaining("limit must not be negative, got -1");
        assertThatThrownBy(() -> TaskQuery.builder().start(-5)).hasMessageContaining("-5");
        assertThatThrownBy(() -> TaskQuery.builder().vmid(99)).hasMessageContaining("invalid VM id 99");
        assertThatThrownBy(() -> TaskQuery.builder().typeFilter("")).hasMessageContaining("type filter must not be empty");
        assertThatThrownBy(() -> TaskQuery.builder().since(Instant.ofEpochSecond(20)).until(Instant.ofEpochSecond(10)).build())
                .hasMessageContaining("is after until");
        assertThatThrownBy(() -> TaskQuery.builder().source(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
