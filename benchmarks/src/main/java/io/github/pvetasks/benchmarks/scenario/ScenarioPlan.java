package io.github.pvetasks.benchmarks.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One random scenario for the monitor, made from a seed alone (the same seed gives the same
 * scenario): tasks ending ok, with warnings, with errors or killed at random times; a task the
 * server never knew; an HA request; a node whose pvestatd hangs (the simulator is a realistic
 * node: a quarter of the workers are orphans whose end the list shows late); user actions (cancel, stop, close); and windows of faults
 * (5xx, 595, 596, resets, latency, malformed and truncated bodies, 401, 403, a node down).
 *
 * @param seed the seed it was made from
 * @param nodes the simulator's nodes
 * @param maxInFlightPerNode the monitor's budget per node
 * @param tasks the tasks, each watched
 * @param faults the fault windows, by start time
 * @param closeAt when the monitor is closed early, if it is
 * @param haRequest whether an HA start (of VM 102 on the first node) is watched too
 * @param hungPvestatd the node whose pvestatd hangs from the start, if one does (its orphaned
 *                     workers are archived only by the next task start there)
 * @param backupServer the node of a Proxmox Backup Server watched by the same monitor, if there
 *                     is one; some tasks then run there (verify, GC, prune, sync; a stop is only
 *                     an abort request, a ghost is "stopped, unknown")
 */
public record ScenarioPlan(long seed, List<String> nodes, int maxInFlightPerNode, List<TaskPlan> tasks, List<FaultWindow> faults,
                           Optional<Duration> closeAt, boolean haRequest, Optional<String> hungPvestatd,
                           Optional<String> backupServer) {

    /** What ends a task and what the user does to its watch. */
    public enum End { OK, WARNINGS, ERROR, KILLED }

    /** What the user does to a watch. */
    public enum Action { NONE, CANCEL, STOP }

    /**
     * @param node where it runs
     * @param type its worker type
     * @param startAt when it starts (simulated time from the scenario's start)
     * @param duration how long it runs
     * @param end how it ends
     * @param ghost whether it is a UPID the server never knew
     * @param timeout the watch's timeout
     * @param tailLog whether the watch has a log listener
     * @param action what the user does
     * @param actionAt when
     */
    public record TaskPlan(String node, String type, Duration startAt, Duration duration, End end, boolean ghost, Duration timeout,
                           boolean tailLog, Action action, Duration actionAt) {
    }

    /** A fault kind; the fatal ones (401, 403) end the watches they hit. */
    public enum FaultKind {
        STATUS_500, STATUS_595, STATUS_596, RESET, LATENCY, MALFORMED, TRUNCATED, UNAUTHORIZED_401, FORBIDDEN_403, NODE_DOWN;

        /** @return whether this fault stands in the way of an exact outcome */
        public boolean blocksOutcome() {
            return this == UNAUTHORIZED_401 || this == FORBIDDEN_403 || this == NODE_DOWN;
        }
    }

    /**
     * @param kind the fault
     * @param node the node it hits
     * @param from when it starts
     * @param until when it is cleared
     * @param probability the share of requests it hits while it lasts
     */
    public record FaultWindow(FaultKind kind, String node, Duration from, Duration until, double probability) {
    }

    private static final String[] TYPES = {"qmclone", "vzdump", "qmstart", "qmsnapshot", "vzcreate", "qmigrate"};
    private static final String[] PBS_TYPES = {"verificationjob", "garbage_collection", "prune", "syncjob", "backup"};
    /** The backup server's node when a scenario has one. */
    public static final String PBS_NODE = "pbs1";

    /**
     * @param seed the seed
     * @param maxTasks the most tasks (at least 3)
     * @return the scenario the seed makes
     */
    public static ScenarioPlan generate(long seed, int maxTasks) {
        Random r = new Random(seed);
        List<String> nodes = new ArrayList<>();
        int nodeCount = 1 + r.nextInt(3);
        for (int i = 1; i <= nodeCount; i++) {
            nodes.add("pve" + i);
        }
        List<TaskPlan> tasks = new ArrayList<>();
        boolean backupServer = r.nextBoolean();
        int n = 3 + r.nextInt(Math.max(1, maxTasks - 2));
        for (int i = 0; i < n; i++) {
            Duration start = Duration.ofSeconds(r.nextInt(30));
            Duration duration = Duration.ofSeconds(r.nextInt(120));
            Duration timeout = Duration.ofSeconds(20 + r.nextInt(160));
            int a = r.nextInt(10);
            Action action = a == 0 ? Action.CANCEL : a == 1 ? Action.STOP : Action.NONE;
            boolean onPbs = backupServer && r.nextInt(3) == 0;
            tasks.add(new TaskPlan(onPbs ? PBS_NODE : nodes.get(r.nextInt(nodeCount)),
                    onPbs ? PBS_TYPES[r.nextInt(PBS_TYPES.length)] : TYPES[r.nextInt(TYPES.length)], start, duration,
                    End.values()[r.nextInt(End.values().length)], r.nextInt(15) == 0, timeout, r.nextBoolean(), action,
                    start.plusSeconds(1 + r.nextInt(60))));
        }
        List<FaultWindow> faults = new ArrayList<>();
        int windows = r.nextInt(5);
        for (int i = 0; i < windows; i++) {
            FaultKind kind = FaultKind.values()[r.nextInt(FaultKind.values().length)];
            Duration from = Duration.ofSeconds(r.nextInt(150));
            Duration until = from.plusSeconds(5 + r.nextInt(40));
            // a backup server takes its share of the faults; it is one node that is never "down" on its own
            boolean onPbs = backupServer && r.nextInt(nodeCount + 1) == 0;
            if (onPbs && kind == FaultKind.NODE_DOWN) {
                kind = FaultKind.RESET;
            }
            double p = kind.blocksOutcome() ? 1.0 : 0.05 + 0.15 * r.nextDouble();
            faults.add(new FaultWindow(kind, onPbs ? PBS_NODE : nodes.get(r.nextInt(nodeCount)), from, until, p));
        }
        faults.sort((x, y) -> x.from().compareTo(y.from()));
        Optional<Duration> closeAt = r.nextInt(8) == 0 ? Optional.of(Duration.ofSeconds(10 + r.nextInt(120))) : Optional.empty();
        return new ScenarioPlan(seed, List.copyOf(nodes), 1 + r.nextInt(4), Collections.unmodifiableList(tasks),
                Collections.unmodifiableList(faults), closeAt, r.nextInt(3) == 0,
                r.nextInt(3) == 0 ? Optional.of(nodes.get(r.nextInt(nodeCount))) : Optional.empty(),
                backupServer ? Optional.of(PBS_NODE) : Optional.empty());
    }
}
