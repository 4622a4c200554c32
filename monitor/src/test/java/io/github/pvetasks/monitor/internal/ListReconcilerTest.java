package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.Upid;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ListReconcilerTest {

    static final Upid A = Upid.parse("UPID:pve1:00001000:00010000:6B0C7000:qmclone:100:root@pam:");
    static final Upid B = Upid.parse("UPID:pve1:00001001:00010001:6B0C7001:vzdump:101:root@pam:");
    static final Upid C = Upid.parse("UPID:pve1:00001002:00010002:6B0C7002:qmstart:102:root@pam:");
    static final Upid OTHER = Upid.parse("UPID:pve1:00001003:00010003:6B0C7003:qmstart:103:root@pam:");

    static TaskInfo running(Upid u) {
        return TaskInfo.builder(u).build();
    }

    static TaskInfo finished(Upid u, String status) {
        return TaskInfo.builder(u).finished(ExitStatus.parse(status)).build();
    }

    @Test
    void eachWatchedTaskIsRunningFinishedOrNotShown() {
        Map<Upid, ListReconciler.Sighting> seen = ListReconciler.reconcile(Set.of(A, B, C),
                List.of(running(A), finished(B, "WARNINGS: 2"), finished(OTHER, "OK")));
        assertThat(seen).hasSize(3);
        assertThat(seen.get(A)).isSameAs(ListReconciler.Sighting.RUNNING);
        assertThat(seen.get(B).exit()).contains(ExitStatus.parse("WARNINGS: 2"));
        assertThat(seen.get(C)).isSameAs(ListReconciler.Sighting.NOT_SHOWN);
    }

    @Test
    void aTaskListedTwiceIsFinishedWhicheverEntryComesFirst() {
        // the server appends the archive line before it rewrites the active file, and reads active first
        assertThat(ListReconciler.reconcile(Set.of(A), List.of(running(A), finished(A, "OK"))).get(A).exit()).contains(ExitStatus.OK);
        assertThat(ListReconciler.reconcile(Set.of(A), List.of(finished(A, "job errors"), running(A))).get(A).exit())
                .contains(ExitStatus.parse("job errors"));
    }

    @Test
    void anEmptyListShowsNothingAndUnwatchedItemsAreIgnored() {
        assertThat(ListReconciler.reconcile(Set.of(A), List.of()).get(A)).isSameAs(ListReconciler.Sighting.NOT_SHOWN);
        assertThat(ListReconciler.reconcile(Set.of(), List.of(running(A)))).isEmpty();
    }
}
