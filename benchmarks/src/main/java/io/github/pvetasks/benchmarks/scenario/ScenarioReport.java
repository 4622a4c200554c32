package io.github.pvetasks.benchmarks.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario run found: one counter per broken promise, and a line per violation naming the
 * seed and the task.
 */
public final class ScenarioReport {

    /** Tasks that ended in time, with nothing fatal in the way, but whose handle gave no final status. */
    public int lost;
    /** Handles whose final status differs from the simulator's record. */
    public int wrong;
    /** Handles or follow-ups that never completed, or completed after their deadline and its bound. */
    public int hung;
    /** Watches still counted after the end: monitor, gauge, long task timer, or a start without one end event. */
    public int leaked;
    /** Nodes that saw more requests in flight at once than the monitor's budget. */
    public int overLimit;
    /** Handles watched. */
    public int watches;
    /** Of those, watches of Proxmox Backup Server tasks. */
    public int backupServerWatches;
    /** Requests the simulator served. */
    public long requests;
    /** Faults the simulator injected. */
    public long faults;
    /** Each violation, readable. */
    public final List<String> violations = new ArrayList<>();

    void violation(String what) {
        violations.add(what);
    }

    /** @return true when every promise held */
    public boolean clean() {
        return lost == 0 && wrong == 0 && hung == 0 && leaked == 0 && overLimit == 0;
    }

    /** Adds another run's counts to this one. */
    public void add(ScenarioReport other) {
        lost += other.lost;
        wrong += other.wrong;
        hung += other.hung;
        leaked += other.leaked;
        overLimit += other.overLimit;
        watches += other.watches;
        backupServerWatches += other.backupServerWatches;
        requests += other.requests;
        faults += other.faults;
        violations.addAll(other.violations);
    }

    @Override
    public String toString() {
        return "lost=" + lost + " wrong=" + wrong + " hung=" + hung + " leaked=" + leaked + " over_limit=" + overLimit
                + " watches=" + watches + " (pbs " + backupServerWatches + ") requests=" + requests + " faults=" + faults;
    }
}
