package io.github.pvetasks.benchmarks.scenario;

import io.github.pvetasks.simulator.Fault;
import io.github.pvetasks.simulator.PveSimulator;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Puts a plan's fault windows into the simulators (the cluster's, and the backup server's for its node) as simulated time passes. */
final class FaultSchedule {

    private final PveSimulator sim;
    /** The backup server's simulator, or null. */
    private final PveSimulator backupServer;
    private final List<ScenarioPlan.FaultWindow> windows;
    private Set<ScenarioPlan.FaultWindow> active = Set.of();

    FaultSchedule(PveSimulator sim, PveSimulator backupServer, List<ScenarioPlan.FaultWindow> windows) {
        this.sim = sim;
        this.backupServer = backupServer;
        this.windows = windows;
    }

    /** Makes the simulator's faults those of the windows open at {@code t}. */
    void apply(Duration t) {
        Set<ScenarioPlan.FaultWindow> now = new HashSet<>();
        for (ScenarioPlan.FaultWindow w : windows) {
            if (w.from().compareTo(t) <= 0 && w.until().compareTo(t) > 0) {
                now.add(w);
            }
        }
        if (now.equals(active)) {
            return;
        }
        sim.clearFaults();
        if (backupServer != null) {
            backupServer.clearFaults();
        }
        for (ScenarioPlan.FaultWindow w : active) {
            if (w.kind() == ScenarioPlan.FaultKind.NODE_DOWN && !now.contains(w)) {
                sim.nodeUp(w.node());
            }
        }
        for (ScenarioPlan.FaultWindow w : now) {
            if (w.kind() == ScenarioPlan.FaultKind.NODE_DOWN) {
                sim.nodeDown(w.node());
            } else {
                PveSimulator target = w.node().equals(ScenarioPlan.PBS_NODE) && backupServer != null ? backupServer : sim;
                target.inject(fault(w.kind()).onNode(w.node()).withProbability(w.probability()));
            }
        }
        active = now;
    }

    private static Fault fault(ScenarioPlan.FaultKind kind) {
        switch (kind) {
            case STATUS_500: return Fault.status(500, "proxy loop detected");
            case STATUS_595: return Fault.status(595, "Connection refused");
            case STATUS_596: return Fault.status(596, "Connection timed out");
            case RESET: return Fault.connectionReset();
            case LATENCY: return Fault.latency(Duration.ofMillis(30));
            case MALFORMED: return Fault.malformedJson();
            case TRUNCATED: return Fault.truncatedBody();
            case UNAUTHORIZED_401: return Fault.status(401, "authentication failure");
            case FORBIDDEN_403: return Fault.status(403, "Permission check failed");
            default: throw new IllegalArgumentException("not a request fault: " + kind);
        }
    }
}
