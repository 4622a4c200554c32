package io.github.pvetasks.monitor;

import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.Upid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the guests' tasks a PVE 9 bulk action starts. The {@code bulk-*} worker starts them on
 * the guests' nodes with the caller's credentials, a few at a time, and names no UPID; so while
 * the bulk task is watched, once per interval, the cluster's task list is asked (one request,
 * through the bulk node's budget) for tasks of the action's types by the same user started since
 * the bulk task. Each one found is watched with a handle of its own. When the bulk task has ended,
 * one last search finds the rest and {@link TaskHandle#allChildren()} completes. Loop thread only.
 */
final class BulkChildFinder {

    /** The guests' task types each bulk action starts. */
    static final Map<String, Set<String>> CHILD_TYPES = Map.of(
            "bulk-start", Set.of("qmstart", "vzstart", "hastart"),
            "bulk-shutdown", Set.of("qmshutdown", "vzshutdown", "hastop"),
            "bulk-suspend", Set.of("qmsuspend", "vzsuspend", "qmpause"),
            "bulk-migrate", Set.of("qmigrate", "vzmigrate", "hamigrate"));
    /** How often the cluster's list is asked while a bulk task runs. */
    static final Duration SEARCH_INTERVAL = Duration.ofSeconds(2);

    private static final class Search {
        final Watch parent;
        final Set<Upid> found = new HashSet<>();
        long nextDueNanos;
        boolean inFlight;
        boolean lastSearch;

        Search(Watch parent, long now) {
            this.parent = parent;
            this.nextDueNanos = now;
        }
    }

    private final Requests requests;
    private final EventDispatcher events;
    private final Function<Upid, TaskHandle> watcher;
    private final List<Search> searches = new ArrayList<>();

    BulkChildFinder(Requests requests, EventDispatcher events, Function<Upid, TaskHandle> watcher) {
        this.requests = requests;
        this.events = events;
        this.watcher = watcher;
    }

    static boolean isBulk(Upid upid) {
        return CHILD_TYPES.containsKey(upid.type());
    }

    /** Starts following a bulk task's children (when its watch starts). */
    void follow(Watch parent, long now) {
        searches.add(new Search(parent, now));
    }

    /** The bulk task's watch has ended: one last search, then the children are complete. */
    void parentEnded(Watch parent, long now) {
        for (Search s : searches) {
            if (s.parent == parent) {
                s.lastSearch = true;
                s.nextDueNanos = now;
            }
        }
    }

    /** Sends the searches that are due; answers the next due time. */
    long step(long now) {
        long next = Long.MAX_VALUE;
        for (Search s : List.copyOf(searches)) {
            if (!s.inFlight && now - s.nextDueNanos >= 0) {
                s.inFlight = true;
                boolean last = s.lastSearch;
                s.nextDueNanos = now + SEARCH_INTERVAL.toNanos();
                requests.send(s.parent.node, TaskMonitorListener.Endpoint.LIST, () -> s.parent.node.backend.clusterTasks(),
                        (items, failure) -> answered(s, items, failure, last));
            }
            if (!s.inFlight) {
                next = Math.min(next, s.nextDueNanos);
            }
        }
        return next;
    }

    private void answered(Search s, List<TaskInfo> items, Throwable failure, boolean last) {
        s.inFlight = false;
        if (!searches.contains(s)) {
            return;
        }
        Upid parent = s.parent.upid;
        if (failure == null) {
            Set<String> types = CHILD_TYPES.get(parent.type());
            for (TaskInfo item : items) {
                Upid u = item.upid();
                if (types.contains(u.type()) && u.user().equals(parent.user()) && !u.startTime().isBefore(parent.startTime())
                        && s.found.add(u)) {
                    TaskHandle child = watcher.apply(u);
                    s.parent.children = Watch.plus(s.parent.children, child);
                    events.emit(() -> s.parent.childListeners.forEach(l -> EventDispatcher.isolate(() -> l.accept(child),
                            "child listener of " + parent)));
                }
            }
        }
        if (last) {
            finish(s);
        }
    }

    private void finish(Search s) {
        searches.remove(s);
        List<TaskHandle> all = List.copyOf(s.parent.children);
        events.emit(() -> s.parent.childrenFound(all));
    }

    /** Completes every search with what it found (the monitor is closing). */
    void closeAll() {
        for (Search s : List.copyOf(searches)) {
            finish(s);
        }
    }
}
