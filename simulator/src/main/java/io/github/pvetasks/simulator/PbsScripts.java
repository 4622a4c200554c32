package io.github.pvetasks.simulator;

import java.time.Duration;
import java.util.Locale;

/**
 * Scripts of Proxmox Backup Server tasks with the log lines PBS writes (pbs-task-api.md section 7):
 * verify and sync with {@code percentage done: ...}, garbage collection with its two phases. The
 * simulator adds each line's time stamp.
 */
public final class PbsScripts {

    private PbsScripts() {
    }

    /** @return a datastore verify over 4 groups, 8 s, ending OK */
    public static TaskScript verify() {
        TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(8)).line(Duration.ZERO, "verify datastore store1");
        for (int g = 1; g <= 4; g++) {
            b.line(Duration.ofSeconds(2L * g - 1), "verify group store1:vm/" + (99 + g) + " (1 snapshots)");
            b.line(Duration.ofSeconds(2L * g), String.format(Locale.ROOT, "percentage done: %.2f%% (%d/4 groups)", g * 25.0, g));
        }
        return b.endsOk().build();
    }

    /** @return a garbage collection: phase 1 marks, phase 2 sweeps, 10 s, ending OK */
    public static TaskScript garbageCollection() {
        TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(10))
                .line(Duration.ZERO, "starting garbage collection on store store1")
                .line(Duration.ZERO, "Start GC phase1 (mark used chunks)");
        for (int p = 1; p <= 4; p++) {
            b.line(Duration.ofSeconds(p), String.format(Locale.ROOT, "marked %d%% (%d of 40 index files)", p * 25, p * 10));
        }
        b.line(Duration.ofSeconds(5), "Start GC phase2 (sweep unused chunks)");
        for (int p = 1; p <= 4; p++) {
            b.line(Duration.ofSeconds(5L + p), String.format(Locale.ROOT, "processed %d%% (%d chunks)", p * 25, p * 1200));
        }
        return b.line(Duration.ofSeconds(10), "Removed garbage: 1.2 GiB").line(Duration.ofSeconds(10), "Pending removals: 0 B (in 0 chunks)")
                .endsOk().build();
    }

    /** @return a prune that keeps its own pace (it never checks for an abort), 4 s, ending OK */
    public static TaskScript prune() {
        return TaskScript.builder(Duration.ofSeconds(4))
                .line(Duration.ZERO, "Starting prune on datastore 'store1', root namespace")
                .line(Duration.ofSeconds(1), "retention options: --keep-daily 7 --keep-weekly 4")
                .line(Duration.ofSeconds(2), "Pruning group :\"vm/100\"")
                .line(Duration.ofSeconds(3), "remove vm/100/2026-11-01T02:00:00Z")
                .endsOk().build();
    }

    /** @return a pull sync of 2 groups, 6 s, ending OK */
    public static TaskScript sync() {
        return TaskScript.builder(Duration.ofSeconds(6))
                .line(Duration.ZERO, "Starting datastore sync job 'remote1:store2:store1::s-1'")
                .line(Duration.ofSeconds(2), "sync group vm/100")
                .line(Duration.ofSeconds(3), "percentage done: 50.00% (1/2 groups)")
                .line(Duration.ofSeconds(4), "sync group vm/101")
                .line(Duration.ofSeconds(5), "percentage done: 100.00% (2/2 groups)")
                .line(Duration.ofSeconds(6), "Finished syncing namespace , current progress: 1 groups, 0 snapshots")
                .endsOk().build();
    }
}
