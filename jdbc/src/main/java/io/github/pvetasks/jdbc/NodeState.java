package io.github.pvetasks.jdbc;

import java.time.Instant;

/**
 * What a node's cycles carry from one to the next, whichever replica runs them: its list
 * failures in a row (for the node's backoff), when a running task may next be confirmed by
 * status, and which was confirmed last (confirmations go round the running tasks in UPID order).
 * Stored as the node execution's data in db-scheduler's table, as text, so that it has one owner
 * (the execution) and a replica that takes the node over goes on where the last one stopped.
 */
record NodeState(int failures, Instant nextConfirm, String lastConfirmed) {

    static final NodeState FIRST = new NodeState(0, Instant.EPOCH, "");

    /** @return the state as text: {@code failures;nextConfirmMillis;lastConfirmedUpid} */
    String encode() {
        return failures + ";" + nextConfirm.toEpochMilli() + ";" + lastConfirmed;
    }

    /** @return the state the text holds; the first state for none or for text of another version */
    static NodeState decode(String text) {
        if (text == null || text.isEmpty()) {
            return FIRST;
        }
        String[] f = text.split(";", 3);
        try {
            return new NodeState(Integer.parseInt(f[0]), Instant.ofEpochMilli(Long.parseLong(f[1])), f.length > 2 ? f[2] : "");
        } catch (RuntimeException e) {
            return FIRST; // a state this version cannot read only costs a confirmation too early
        }
    }

    NodeState withFailures(int n) {
        return new NodeState(n, nextConfirm, lastConfirmed);
    }
}
