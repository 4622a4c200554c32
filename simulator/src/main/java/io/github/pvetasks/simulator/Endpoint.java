package io.github.pvetasks.simulator;

/** The simulator's endpoints, for request counters and fault targeting. */
public enum Endpoint {
    /** {@code POST /access/ticket}. */
    LOGIN,
    /** {@code GET /version}. */
    VERSION,
    /** {@code GET /nodes}. */
    NODES,
    /** {@code GET /nodes/{node}/qemu} and {@code /lxc}. */
    GUESTS,
    /** {@code GET /nodes/{node}/tasks}. */
    NODE_TASKS,
    /** {@code GET /cluster/tasks}. */
    CLUSTER_TASKS,
    /** {@code GET /nodes/{node}/tasks/{upid}}. */
    TASK_INDEX,
    /** {@code GET /nodes/{node}/tasks/{upid}/status}. */
    TASK_STATUS,
    /** {@code GET /nodes/{node}/tasks/{upid}/log}. */
    TASK_LOG,
    /** {@code DELETE /nodes/{node}/tasks/{upid}}. */
    TASK_STOP,
    /** Any call that starts a task (clone, create, vzdump, start, stop, migrate, snapshot, ...). */
    TASK_START,
    /** Anything else. */
    OTHER;

    /** @return whether a real node serves this in pvedaemon (protected calls) rather than in pveproxy */
    boolean servedByDaemon() {
        return this == TASK_STATUS || this == TASK_LOG || this == TASK_STOP || this == TASK_START || this == LOGIN;
    }
}
