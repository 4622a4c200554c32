package io.github.pvetasks.monitor;

import io.github.pvetasks.core.Upid;

import java.util.LinkedHashMap;
import java.util.Map;

/** The monitor's view of one node; scheduler thread only. */
final class NodeState {

    final String name;
    final Map<Upid, Watch> watches = new LinkedHashMap<>();
    int inFlight;
    boolean listInFlight;
    int failures;
    long backoffUntilNanos;

    NodeState(String name) {
        this.name = name;
    }
}
