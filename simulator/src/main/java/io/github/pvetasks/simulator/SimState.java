package io.github.pvetasks.simulator;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveIdentifiers;
import io.github.pvetasks.core.Upid;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The simulated cluster: nodes, guests and tasks, and the task API's behaviour on them. Every
 * public operation takes the lock, first reaps the tasks that ended (applying their effects in
 * end order), then answers from the state at the current simulated time.
 */
final class SimState {

    /** A successful answer: {@code data} and, when not null, {@code total}. */
    record Ok(Object data, Long total) {
    }

    /** A log download: the whole file as text. */
    record Download(String text, String filename) {
    }


    private final SimClock clock;
    private final SimAuth auth;
    private final List<String> nodes;
    private final Set<String> down = new HashSet<>();
    private final Map<String, Instant> downSince = new HashMap<>();
    private final Map<String, long[]> pids = new HashMap<>();
    private final Instant boot;
    final Map<Long, GuestEntry> guests = new TreeMap<>();
    private final List<SimTask> tasks = new ArrayList<>();
    private final Map<String, Deque<TaskScript>> nextScripts = new HashMap<>();
    private final Map<String, TaskScript> typeScripts = new HashMap<>();
    private final NodeBehaviour behaviour;
    private final GuestStarts starts = new GuestStarts(this);
    private final TaskReads reads = new TaskReads(this);
    private final CatalogStarts catalog = new CatalogStarts(this);
    private final BulkActions bulk = new BulkActions(this);
    private final Random orphans;
    private final Map<String, List<TaskArchive.Hang>> pvestatdHangs = new HashMap<>();

    static final class GuestEntry {
        Guest guest;
        boolean pending;
        final Set<String> snapshots = new HashSet<>();

        GuestEntry(Guest guest, boolean pending) {
            this.guest = guest;
            this.pending = pending;
        }
    }

    SimState(SimClock clock, SimAuth auth, List<String> nodes, List<Guest> inventory, long seed, NodeBehaviour behaviour) {
        this.clock = clock;
        this.behaviour = behaviour;
        this.orphans = new Random(seed * 31 + 7);
        this.auth = auth;
        this.nodes = List.copyOf(nodes);
        this.boot = clock.now().minus(Duration.ofDays(3));
        Random r = new Random(seed);
        for (String n : nodes) {
            pids.put(n, new long[] {0x1000 + r.nextInt(0x8000)});
        }
        for (Guest g : inventory) {
            addGuest(g);
        }
    }

    // ---------------------------------------------------------------- control (tests)

    synchronized Instant now() {
        return clock.now();
    }

    synchronized void addGuest(Guest g) {
        if (!nodes.contains(g.node())) {
            throw new IllegalArgumentException("guest " + g.vmid() + " is on unknown node '" + g.node() + "'");
        }
        if (guests.containsKey(g.vmid())) {
            throw new IllegalArgumentException("VM id " + g.vmid() + " is already used in the cluster");
        }
        guests.put(g.vmid(), new GuestEntry(g, false));
    }

    synchronized List<Guest> guests() {
        reap();
        List<Guest> out = new ArrayList<>();
        guests.values().stream().filter(e -> !e.pending).forEach(e -> out.add(e.guest));
        return out;
    }

    synchronized void scriptNext(String type, TaskScript script) {
        nextScripts.computeIfAbsent(type, k -> new ArrayDeque<>()).add(script);
    }

    synchronized void scriptAll(String type, TaskScript script) {
        typeScripts.put(type, script);
    }

    synchronized void setDown(String node, boolean isDown) {
        requireKnown(node);
        if (isDown) {
            if (down.add(node)) {
                downSince.put(node, clock.now());
            }
        } else {
            down.remove(node);
            downSince.remove(node);
        }
    }

    /** Makes the node's pvestatd hang (true) or run again (false) from now on. */
    synchronized void setPvestatdHung(String node, boolean hung) {
        requireKnown(node);
        List<TaskArchive.Hang> hangs = pvestatdHangs.computeIfAbsent(node, n -> new ArrayList<>());
        TaskArchive.Hang open = hangs.isEmpty() ? null : hangs.get(hangs.size() - 1);
        boolean isHung = open != null && open.until() == null;
        if (hung && !isHung) {
            hangs.add(new TaskArchive.Hang(clock.now(), null));
        } else if (!hung && isHung) {
            hangs.set(hangs.size() - 1, new TaskArchive.Hang(open.from(), clock.now()));
        }
    }

    synchronized boolean isDown(String node) {
        return down.contains(node);
    }

    List<String> nodes() {
        return nodes;
    }

    synchronized Upid startTask(String node, String type, String id, String authId, TaskScript script) {
        requireKnown(node);
        reap();
        return createTask(node, type, id, authId, script, clock.now(), () -> { }, () -> { }).upid;
    }

    synchronized Optional<SimTask> task(Upid upid) {
        reap();
        return tasks.stream().filter(t -> t.upid.equals(upid)).findFirst();
    }

    synchronized List<SimTask> allTasks() {
        reap();
        return List.copyOf(tasks);
    }

    private void requireKnown(String node) {
        if (!nodes.contains(node)) {
            throw new IllegalArgumentException("unknown node '" + node + "'; the simulator has " + nodes);
        }
    }

    // ---------------------------------------------------------------- tasks

    TaskScript script(String type, Supplier<TaskScript> fallback) {
        Deque<TaskScript> q = nextScripts.get(type);
        if (q != null && !q.isEmpty()) {
            return q.poll();
        }
        TaskScript all = typeScripts.get(type);
        return all != null ? all : fallback.get();
    }

    SimTask createTask(String node, String type, String id, String authId, TaskScript script, Instant start,
            Runnable onSuccess, Runnable onFailure) {
        long[] pid = pids.get(node);
        pid[0]++;
        long pstart = Duration.between(boot, start).getSeconds() * 100 + (pid[0] % 100);
        String text = String.format(Locale.ROOT, "UPID:%s:%08X:%08X:%08X:%s:%s:%s:", node, pid[0], pstart,
                start.getEpochSecond(), type, id, authId);
        SimTask t = new SimTask(Upid.parse(text), start, script, onSuccess, onFailure);
        t.orphan = orphans.nextDouble() < behaviour.orphanShare();
        t.endBroadcastLost = orphans.nextDouble() < behaviour.lostBroadcastShare();
        t.halfWrittenLine = behaviour.halfWrittenLine();
        tasks.add(t);
        return t;
    }

    /** Applies the effects of tasks that ended, in the order they ended. */
    void reap() {
        Instant now = clock.now();
        List<SimTask> ended = new ArrayList<>();
        for (SimTask t : tasks) {
            if (!t.reaped && t.endedAt(now)) {
                ended.add(t);
            }
        }
        ended.sort(Comparator.comparing(SimTask::end));
        for (SimTask t : ended) {
            t.reaped = true;
            (t.succeeded() ? t.onSuccess : t.onFailure).run();
        }
    }

    Optional<SimTask> find(String node, String upidText) {
        Instant now = clock.now();
        for (SimTask t : tasks) {
            if (t.node.equals(node) && t.upid.toString().equals(upidText) && t.visibleAt(now)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Checks a node path segment as PVE does: format, then existence, then reachability. */
    void requireNode(String node) {
        if (!PveIdentifiers.isValidNodeName(node)) {
            throw ApiError.param("node", "invalid format - value does not look like a valid node name");
        }
        if (!nodes.contains(node)) {
            throw ApiError.plain(500, "hostname lookup '" + node + "' failed - failed to get address info for: "
                    + node + ": Name or service not known");
        }
        if (down.contains(node)) {
            throw ApiError.plain(595, "Connection timed out");
        }
    }


    // ---------------------------------------------------------------- reads

    synchronized Ok status(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        return reads.status(node, upidText, params, c);
    }

    synchronized Ok index(String node, String upidText) {
        requireNode(node);
        // PVE checks nothing here, not even the UPID's format.
        return new Ok(new JsonArray().add(new JsonObject().put("name", "log")).add(new JsonObject().put("name", "status")), null);
    }

    /** @return the log page, or a {@link Download} of the whole file */
    synchronized Object log(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        return reads.log(node, upidText, params, c);
    }

    synchronized Ok list(String node, Map<String, String> params, SimAuth.Caller c) {
        reap();
        requireNode(node);
        List<SimTask> nodeTasks = new ArrayList<>();
        tasks.stream().filter(t -> t.node.equals(node)).forEach(nodeTasks::add);
        return TaskListing.list(nodeTasks, node, params, c, clock.now(), behaviour, boot, pvestatdHangs.getOrDefault(node, List.of()));
    }

    synchronized Ok clusterTasks(Map<String, String> params, SimAuth.Caller c) {
        reap();
        return TaskListing.clusterTasks(List.copyOf(tasks), nodes, params, c, clock.now(), downSince);
    }

    /** @return how long (simulated) until the worker is gone; the DELETE answers after that */
    synchronized Duration stop(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        return reads.stop(node, upidText, params, c);
    }

    synchronized Ok nodesList() {
        JsonArray data = new JsonArray();
        for (String n : nodes) {
            JsonObject o = new JsonObject().put("node", n).put("type", "node").put("id", "node/" + n)
                    .put("status", down.contains(n) ? "offline" : "online").put("level", "");
            if (!down.contains(n)) {
                o.put("uptime", Duration.between(boot, clock.now()).getSeconds()).put("maxcpu", 8).put("cpu", 0.05)
                        .put("maxmem", 68_719_476_736L).put("mem", 8_589_934_592L);
            }
            data.add(o);
        }
        return new Ok(data, null);
    }

    synchronized Ok guestList(String node, Guest.Kind kind) {
        reap();
        requireNode(node);
        JsonArray data = new JsonArray();
        for (GuestEntry e : guests.values()) {
            Guest g = e.guest;
            if (g.node().equals(node) && g.kind() == kind) {
                JsonObject o = new JsonObject().put("vmid", g.vmid()).put("name", g.name())
                        .put("status", g.running() ? "running" : "stopped");
                if (g.template()) {
                    o.put("template", 1);
                }
                if (e.pending) {
                    o.put("lock", kind == Guest.Kind.QEMU ? "clone" : "create");
                }
                data.add(o);
            }
        }
        return new Ok(data, null);
    }

    // ---------------------------------------------------------------- task-starting calls (see GuestStarts)

    synchronized String cloneVm(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        return starts.cloneVm(node, vmidText, params, c);
    }

    synchronized String createContainer(String node, Map<String, String> params, SimAuth.Caller c) {
        return starts.createContainer(node, params, c);
    }

    synchronized Ok vzdump(String node, Map<String, String> params, SimAuth.Caller c) {
        return starts.vzdump(node, params, c);
    }

    synchronized String power(String node, Guest.Kind kind, String vmidText, String action, SimAuth.Caller c) {
        return starts.power(node, kind, vmidText, action, c);
    }

    synchronized String migrate(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        return starts.migrate(node, vmidText, params, c);
    }

    synchronized String snapshot(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        return starts.snapshot(node, vmidText, params, c);
    }

    synchronized Ok catalogStart(io.github.pvetasks.core.TaskEndpoint endpoint, Map<String, String> vars, Map<String, String> params,
                                 SimAuth.Caller c) {
        return catalog.start(endpoint, vars, params, c);
    }

    synchronized Ok bulkAction(String action, Map<String, String> params, SimAuth.Caller c) {
        return bulk.start(action, params, c);
    }
}
