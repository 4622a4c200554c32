package io.github.pvetasks.metrics;

/** Every meter name pve-tasks publishes (dots, as Micrometer names them; registries translate). */
public final class PveMeterNames {

    /** Timer: task durations from the server's start time to the end; tags node, type, outcome. */
    public static final String TASKS = "pve.tasks";
    /** Long task timer: tasks being watched now; tags node, type. */
    public static final String TASKS_ACTIVE = "pve.tasks.active";
    /** Gauge: how many tasks the monitor watches. */
    public static final String TASKS_WATCHED = "pve.tasks.watched";
    /** Timer: the monitor's request round trips; tags node, outcome. */
    public static final String POLLS = "pve.tasks.polls";
    /** Counter: the monitor's requests; tag endpoint (list, status, log, stop). */
    public static final String POLL_REQUESTS = "pve.tasks.poll.requests";
    /** Timer: every HTTP exchange of a metered transport; tags method, uri, status, outcome. */
    public static final String HTTP_CLIENT_REQUESTS = "pve.http.client.requests";

    private PveMeterNames() {
    }
}
