package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a simulated server knows of its tasks, for the simulator's public methods that tests assert
 * with: the same questions for a Proxmox VE cluster ({@link SimState}) and a Proxmox Backup Server
 * ({@link PbsTasks}).
 */
interface TaskTruth {

    List<String> nodes();

    Upid start(String node, String type, String id, String user, TaskScript script);

    /** @return the exit status once ended; empty while running or when unknown */
    Optional<String> exitStatus(Upid upid, Instant now);

    boolean isRunning(Upid upid, Instant now);

    List<String> log(Upid upid, Instant now);

    List<Upid> tasks();

    /** A Proxmox VE cluster's tasks. */
    static TaskTruth of(SimState state) {
        return new TaskTruth() {
            @Override
            public List<String> nodes() {
                return state.nodes();
            }

            @Override
            public Upid start(String node, String type, String id, String user, TaskScript script) {
                return state.startTask(node, type, id, user, script);
            }

            @Override
            public Optional<String> exitStatus(Upid upid, Instant now) {
                return state.task(upid).filter(t -> t.endedAt(now)).map(SimTask::exitStatus);
            }

            @Override
            public boolean isRunning(Upid upid, Instant now) {
                return state.task(upid).map(t -> t.runningAt(now)).orElse(false);
            }

            @Override
            public List<String> log(Upid upid, Instant now) {
                return state.task(upid).map(t -> t.logAt(now)).orElse(List.of());
            }

            @Override
            public List<Upid> tasks() {
                List<Upid> out = new ArrayList<>();
                state.allTasks().forEach(t -> out.add(t.upid));
                return out;
            }
        };
    }

    /** A Proxmox Backup Server's tasks: one node, which its lists call "localhost". */
    static TaskTruth of(PbsTasks pbs) {
        return new TaskTruth() {
            @Override
            public List<String> nodes() {
                return List.of(pbs.node());
            }

            @Override
            public Upid start(String node, String type, String id, String user, TaskScript script) {
                if (!node.equals(pbs.node()) && !node.equals("localhost")) {
                    throw new IllegalArgumentException("node '" + node + "': this backup server is '" + pbs.node() + "'");
                }
                return pbs.start(type, id, user, script);
            }

            @Override
            public Optional<String> exitStatus(Upid upid, Instant now) {
                return pbs.task(upid.toString()).filter(t -> !t.runningAt(now)).map(PbsTasks.Task::exitStatus);
            }

            @Override
            public boolean isRunning(Upid upid, Instant now) {
                return pbs.task(upid.toString()).map(t -> t.runningAt(now)).orElse(false);
            }

            @Override
            public List<String> log(Upid upid, Instant now) {
                return pbs.task(upid.toString()).map(t -> t.logAt(now)).orElse(List.of());
            }

            @Override
            public List<Upid> tasks() {
                List<Upid> out = new ArrayList<>();
                pbs.all().forEach(t -> out.add(t.upid));
                return out;
            }
        };
    }
}
