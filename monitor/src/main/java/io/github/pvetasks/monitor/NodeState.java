package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.TaskBackend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The monitor's view of one node of one server: the watches there, the node's request budget and
 * its fault backoff. Loop thread only.
 */
final class NodeState {

    final TaskBackend backend;
    final String name;
    final List<Watch> watches = new ArrayList<>();
    /** Requests that must run (stops, log tails, follow-up searches), waiting for a free slot. */
    final ArrayDeque<Queued> queued = new ArrayDeque<>();
    final int maxInFlight;
    int inFlight;
    boolean listInFlight;
    int failuresInARow;
    long backoffUntilNanos;
    /** When the next running watch may be confirmed by status (see {@link ListPoll#CONFIRM_INTERVAL}). */
    long nextConfirmNanos;
    /** The shortest interval of the node's polling watches at its last list: its list rate. */
    long listIntervalNanos = ListPoll.CONFIRM_INTERVAL.toNanos();
    /**
     * The node's due index: when something of this node is next due, valid while {@link #dirty}
     * is false. An answer, a new watch or an ending makes it dirty; only dirty or due nodes are
     * stepped, so the work of a step follows the answers, not the number of watches.
     */
    long dueNanos = Long.MAX_VALUE;
    boolean dirty = true;

    /** A request waiting for a slot, and what answers its handler if it never gets one. */
    record Queued(Runnable start, Runnable abandon) {
    }

    NodeState(TaskBackend backend, String name, int maxInFlight) {
        this.backend = backend;
        this.name = name;
        this.maxInFlight = maxInFlight;
    }

    /** @return true when a poll may start now: a free slot and nothing that must run waiting */
    boolean hasRoomForPoll() {
        return inFlight < maxInFlight && queued.isEmpty();
    }

    boolean isBackingOff(long now) {
        return now - backoffUntilNanos < 0;
    }

    @Override
    public String toString() {
        return backend.product() + ":" + name;
    }
}
