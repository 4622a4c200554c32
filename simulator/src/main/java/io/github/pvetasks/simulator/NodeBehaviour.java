package io.github.pvetasks.simulator;

import java.time.Duration;

/**
 * How unkind the simulated nodes are, as a real Proxmox VE node is (see the builder's settings).
 *
 * @param pvestatdInterval how often pvestatd archives finished tasks of workers whose daemon is gone
 * @param orphanShare the share of workers whose forking pvedaemon process is gone when they end
 *                    (so only the next task start on the node, or pvestatd, archives them)
 * @param activeRewriteLag how long a just-archived task is also still in the active file (listed twice)
 * @param halfWrittenLine how long the last log line of a running task shows only its first half
 * @param indexRotateBytes the archive index's size at which it is rotated to {@code index.1}
 * @param lostBroadcastShare the share of task ends whose cluster broadcast fails (only logged):
 *                           {@code /cluster/tasks} then shows the node's older list until its next broadcast
 */
record NodeBehaviour(Duration pvestatdInterval, double orphanShare, Duration activeRewriteLag, Duration halfWrittenLine,
                     int indexRotateBytes, double lostBroadcastShare) {

    /** A real node's behaviour. */
    static final NodeBehaviour REALISTIC = new NodeBehaviour(Duration.ofSeconds(10), 0.25, Duration.ofMillis(50),
            Duration.ofMillis(500), 50_000, 0.02);

    /** Every task archived the moment it ends, never listed twice, every line written whole, every broadcast delivered. */
    NodeBehaviour kind() {
        return new NodeBehaviour(pvestatdInterval, 0, Duration.ZERO, Duration.ZERO, indexRotateBytes, 0);
    }

    NodeBehaviour withPvestatdInterval(Duration d) {
        return new NodeBehaviour(d, orphanShare, activeRewriteLag, halfWrittenLine, indexRotateBytes, lostBroadcastShare);
    }

    NodeBehaviour withOrphanShare(double share) {
        return new NodeBehaviour(pvestatdInterval, share, activeRewriteLag, halfWrittenLine, indexRotateBytes, lostBroadcastShare);
    }

    NodeBehaviour withActiveRewriteLag(Duration d) {
        return new NodeBehaviour(pvestatdInterval, orphanShare, d, halfWrittenLine, indexRotateBytes, lostBroadcastShare);
    }

    NodeBehaviour withHalfWrittenLine(Duration d) {
        return new NodeBehaviour(pvestatdInterval, orphanShare, activeRewriteLag, d, indexRotateBytes, lostBroadcastShare);
    }

    NodeBehaviour withIndexRotateBytes(int bytes) {
        return new NodeBehaviour(pvestatdInterval, orphanShare, activeRewriteLag, halfWrittenLine, bytes, lostBroadcastShare);
    }

    NodeBehaviour withLostBroadcastShare(double share) {
        return new NodeBehaviour(pvestatdInterval, orphanShare, activeRewriteLag, halfWrittenLine, indexRotateBytes, share);
    }
}
