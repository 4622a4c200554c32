package io.github.pvetasks.monitor;

import io.github.pvetasks.monitor.internal.FaultPolicy;

import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskTimeoutException;
import io.github.pvetasks.core.Upid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the task an HA request leads to: {@code hastart} answers at once, and the HA manager
 * starts the real {@code qmstart} (or {@code vzstart}, ...) a few seconds later. After the
 * request succeeded, the finder asks the node's list for the guest's tasks since the request
 * started, through the node's budget, until the real task shows or the search gives up. Loop
 * thread only; the follow-up future is completed on the listener thread.
 */
final class FollowUpFinder {

    /** The real task types each HA request may lead to. */
    static final Map<String, Set<String>> HA_FOLLOW_UPS = Map.of(
            "hastart", Set.of("qmstart", "vzstart"),
            "hastop", Set.of("qmstop", "vzstop", "qmshutdown", "vzshutdown"),
            "hamigrate", Set.of("qmigrate", "vzmigrate"));
    /** How often the list is asked while searching. */
    static final Duration SEARCH_INTERVAL = Duration.ofMillis(500);
    /** How long after the request ended the search goes on at least (the HA manager's cycle is 10 s). */
    static final Duration SEARCH_WINDOW = Duration.ofMinutes(2);

    private static final class Search {
        final Watch parent;
        final long giveUpNanos;
        long nextDueNanos;
        boolean inFlight;

        Search(Watch parent, long giveUpNanos, long now) {
            this.parent = parent;
            this.giveUpNanos = giveUpNanos;
            this.nextDueNanos = now;
        }
    }

    private final Requests requests;
    private final EventDispatcher events;
    private final Ticker ticker;
    private final Function<Upid, TaskHandle> watcher;
    private final List<Search> searches = new ArrayList<>();

    FollowUpFinder(Requests requests, EventDispatcher events, Ticker ticker, Function<Upid, TaskHandle> watcher) {
        this.requests = requests;
        this.events = events;
        this.ticker = ticker;
        this.watcher = watcher;
    }

    static boolean isHaRequest(Upid upid) {
        return HA_FOLLOW_UPS.containsKey(upid.type());
    }

    /** Starts searching for the follow-up of a request that succeeded. */
    void search(Watch parent) {
        long now = ticker.nanos();
        searches.add(new Search(parent, Math.max(parent.deadlineNanos, now + SEARCH_WINDOW.toNanos()), now));
    }

    /** Sends the searches that are due; answers the next due time. */
    long step(long now) {
        long next = Long.MAX_VALUE;
        for (Search s : List.copyOf(searches)) {
            Watch parent = s.parent;
            if (now - s.giveUpNanos >= 0) {
                settle(s, null, new TaskTimeoutException(parent.upid, parent.policy.timeout(), parent.finalStatus));
                continue;
            }
            if (!s.inFlight && now - s.nextDueNanos >= 0 && !parent.node.isBackingOff(now)) {
                s.inFlight = true;
                s.nextDueNanos = now + SEARCH_INTERVAL.toNanos();
                requests.send(parent.node, TaskMonitorListener.Endpoint.LIST,
                        () -> parent.node.backend.guestTasksSince(parent.node.name, parent.upid.id(), parent.upid.startTime()),
                        (items, failure) -> answered(s, items, failure));
            }
            next = Math.min(next, Math.min(s.giveUpNanos, s.inFlight ? Long.MAX_VALUE : Math.max(s.nextDueNanos, parent.node.backoffUntilNanos)));
        }
        return next;
    }

    private void answered(Search s, List<TaskInfo> items, Throwable failure) {
        s.inFlight = false;
        if (!searches.contains(s)) {
            return;
        }
        if (failure != null) {
            if (FaultPolicy.isFatal(failure)) {
                settle(s, null, failure);
            }
            return;
        }
        Upid parent = s.parent.upid;
        Set<String> types = HA_FOLLOW_UPS.get(parent.type());
        for (TaskInfo item : items) {
            if (!item.upid().equals(parent) && types.contains(item.type()) && item.id().equals(parent.id())
                    && !item.startTime().isBefore(parent.startTime())) {
                settle(s, watcher.apply(item.upid()), null);
                return;
            }
        }
    }

    private void settle(Search s, TaskHandle found, Throwable failure) {
        searches.remove(s);
        events.emit(() -> {
            if (failure == null) {
                s.parent.followUp.complete(found);
            } else {
                s.parent.followUp.completeExceptionally(failure);
            }
        });
    }

    /** Fails every search (the monitor is closing). */
    void closeAll(Throwable reason) {
        for (Search s : List.copyOf(searches)) {
            settle(s, null, reason);
        }
    }
}
