package io.github.pvetasks.metrics;

/** Every meter name pve-tasks publishes (dots, as Micrometer names them; registries translate). */
public final class PveMeterNames {

    /**
     * Timer: watched tasks from the server's start time to the end of the watch; tags product,
     * node, type, outcome ({@code ok}, {@code warning}, {@code error}, {@code unknown},
     * {@code timeout}, {@code failed}, {@code cancelled}).
     */
    public static final String TASKS = "pve.tasks";
    /** Long task timer: watches in progress, and for how long; tags product, node, type. */
    public static final String TASKS_ACTIVE = "pve.tasks.active";
    /** Gauge: how many tasks the monitor watches now. */
    public static final String TASKS_WATCHED = "pve.tasks.watched";
    /**
     * Timer: every request the monitor made; tags product, node, endpoint ({@code list},
     * {@code status}, {@code log}, {@code stop}), outcome ({@code SUCCESS}, {@code CLIENT_ERROR},
     * {@code SERVER_ERROR}, {@code UNKNOWN}: the values of {@link #HTTP_CLIENT_REQUESTS}).
     */
    public static final String MONITOR_REQUESTS = "pve.tasks.requests";
    /** Timer: every HTTP exchange of a metered transport; tags method, uri, status, outcome. */
    public static final String HTTP_CLIENT_REQUESTS = "pve.http.client.requests";

    private PveMeterNames() {
    }
}
