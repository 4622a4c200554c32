package io.github.pvetasks.testkit;

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

    static final int MAX_ACTIVE = 25;
    private static final Set<String> LIST_PARAMS = Set.of("start", "limit", "userfilter", "typefilter", "vmid",
            "errors", "source", "since", "until", "statusfilter");

    private final SimClock clock;
    private final SimAuth auth;
    private final List<String> nodes;
    private final Set<String> down = new HashSet<>();
    private final Map<String, long[]> pids = new HashMap<>();
    private final Instant boot;
    private final Map<Long, GuestEntry> guests = new TreeMap<>();
    private final List<SimTask> tasks = new ArrayList<>();
    private final Map<String, Deque<TaskScript>> nextScripts = new HashMap<>();
    private final Map<String, TaskScript> typeScripts = new HashMap<>();
    private final NodeBehaviour behaviour;
    private final Random orphans;
    private final Map<String, List<TaskArchive.Hang>> pvestatdHangs = new HashMap<>();

    private static final class GuestEntry {
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
            down.add(node);
        } else {
            down.remove(node);
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

    private TaskScript script(String type, Supplier<TaskScript> fallback) {
        Deque<TaskScript> q = nextScripts.get(type);
        if (q != null && !q.isEmpty()) {
            return q.poll();
        }
        TaskScript all = typeScripts.get(type);
        return all != null ? all : fallback.get();
    }

    private SimTask createTask(String node, String type, String id, String authId, TaskScript script, Instant start,
            Runnable onSuccess, Runnable onFailure) {
        long[] pid = pids.get(node);
        pid[0]++;
        long pstart = Duration.between(boot, start).getSeconds() * 100 + (pid[0] % 100);
        String text = String.format(Locale.ROOT, "UPID:%s:%08X:%08X:%08X:%s:%s:%s:", node, pid[0], pstart,
                start.getEpochSecond(), type, id, authId);
        SimTask t = new SimTask(Upid.parse(text), start, script, onSuccess, onFailure);
        t.orphan = orphans.nextDouble() < behaviour.orphanShare();
        t.halfWrittenLine = behaviour.halfWrittenLine();
        tasks.add(t);
        return t;
    }

    /** Applies the effects of tasks that ended, in the order they ended. */
    private void reap() {
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

    private Optional<SimTask> find(String node, String upidText) {
        Instant now = clock.now();
        for (SimTask t : tasks) {
            if (t.node.equals(node) && t.upid.toString().equals(upidText) && t.visibleAt(now)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Owners see their tasks (a user also those of its tokens); Sys.Audit sees all. */
    private static boolean maySee(SimAuth.Caller c, SimTask t) {
        if (c.privileged()) {
            return true;
        }
        return c.token() ? t.upid.user().equals(c.authId()) : t.upid.userWithoutToken().equals(c.user());
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

    private static Upid parseUpid(String text) {
        try {
            Upid u = Upid.parse(text);
            if (u.flavor() != Upid.Flavor.PVE) {
                throw new IllegalArgumentException("a Proxmox Backup Server UPID");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw ApiError.param("upid", "unable to parse worker upid");
        }
    }

    // ---------------------------------------------------------------- reads

    /** The checks status and stop share, in PVE's order: node, parameters, UPID format, existence, permission. */
    private SimTask visibleTask(String node, String upidText, Map<String, String> params, SimAuth.Caller c, String privilege) {
        reap();
        requireNode(node);
        onlyParams(params, Set.of());
        parseUpid(upidText);
        SimTask t = find(node, upidText).orElseThrow(() -> ApiError.param("upid", "no such task"));
        if (!maySee(c, t)) {
            throw ApiError.plain(403, "Permission check failed (/nodes/" + node + ", " + privilege + ")");
        }
        return t;
    }

    synchronized Ok status(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        SimTask t = visibleTask(node, upidText, params, c, "Sys.Audit");
        JsonObject o = describe(t);
        if (t.runningAt(clock.now())) {
            o.put("status", "running");
        } else {
            o.put("status", "stopped").put("exitstatus", t.exitStatus());
        }
        return new Ok(o, null);
    }

    /** The fields decoded from the UPID, with a token task's user split as the server does. */
    private static JsonObject describe(SimTask t) {
        JsonObject o = new JsonObject();
        o.put("upid", t.upid.toString()).put("node", t.node).put("pid", t.upid.pid()).put("pstart", t.upid.pstart())
                .put("starttime", t.upid.startTime().getEpochSecond()).put("type", t.upid.type()).put("id", t.upid.id())
                .put("user", t.upid.userWithoutToken());
        t.upid.tokenId().ifPresent(tok -> o.put("tokenid", tok));
        return o;
    }

    synchronized Ok index(String node, String upidText) {
        requireNode(node);
        // PVE checks nothing here, not even the UPID's format.
        return new Ok(new JsonArray().add(new JsonObject().put("name", "log")).add(new JsonObject().put("name", "status")), null);
    }

    /** @return the log page, or a {@link Download} of the whole file */
    synchronized Object log(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        reap();
        requireNode(node);
        onlyParams(params, Set.of("start", "limit", "download"));
        parseUpid(upidText);
        long start = intParam(params, "start", 0);
        long limit = intParam(params, "limit", 50);
        boolean download = boolParam(params, "download");
        if (download && (params.containsKey("start") || params.containsKey("limit"))) {
            throw ApiError.plain(500, "'download' cannot be used together with 'start' or 'limit' parameters");
        }
        Optional<SimTask> task = find(node, upidText);
        if (task.isEmpty()) {
            // No "no such task" check here: dump_logfile answers 200 with the open error.
            return new Ok(new JsonArray().add(new JsonObject().put("n", 1).put("t", "unable to open file - No such file or directory")), 1L);
        }
        if (!maySee(c, task.get())) {
            throw ApiError.plain(403, "Permission check failed (/nodes/" + node + ", Sys.Audit)");
        }
        List<String> lines = task.get().servedLogAt(clock.now());
        if (download) {
            Upid u = task.get().upid;
            String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                    .withZone(java.time.ZoneOffset.UTC).format(u.startTime());
            return new Download(lines.isEmpty() ? "" : String.join("\n", lines) + "\n",
                    "task-" + node + "-" + u.type() + "-" + stamp + ".log");
        }
        if (lines.isEmpty()) {
            // The ExtJS hack for an empty file.
            return new Ok(new JsonArray().add(new JsonObject().put("n", 1).put("t", "no content")), 1L);
        }
        JsonArray data = new JsonArray();
        long end = limit == 0 ? lines.size() : Math.min(lines.size(), start + limit);
        for (long i = start; i < end; i++) {
            data.add(new JsonObject().put("n", i + 1).put("t", lines.get((int) i)));
        }
        return new Ok(data, (long) lines.size());
    }

    synchronized Ok list(String node, Map<String, String> params, SimAuth.Caller c) {
        reap();
        requireNode(node);
        onlyParams(params, LIST_PARAMS);
        long start = intParam(params, "start", 0);
        long limit = intParam(params, "limit", 50);
        String source = params.getOrDefault("source", "archive");
        if (!Set.of("archive", "active", "all").contains(source)) {
            throw ApiError.param("source", "value '" + source + "' does not have a value in the enumeration 'archive, active, all'");
        }
        boolean errors = boolParam(params, "errors");
        String vmid = params.get("vmid");
        if (vmid != null && !vmid.matches("[1-9][0-9]{2,8}")) {
            throw ApiError.param("vmid", "value does not look like a valid VM ID");
        }
        // a negative since is accepted (the schema sets no minimum) and filters nothing
        Long since = params.containsKey("since") ? signedIntParam(params, "since") : null;
        Long until = params.containsKey("until") ? intParam(params, "until", 0) : null;
        Set<String> classes = statusFilter(params.get("statusfilter"));
        Instant now = clock.now();

        // The active file first, in file order, then the archive newest first (see TaskArchive).
        List<SimTask> nodeTasks = new ArrayList<>();
        tasks.stream().filter(t -> t.node.equals(node)).forEach(nodeTasks::add);
        TaskArchive.View view = TaskArchive.view(nodeTasks, now, behaviour, boot, pvestatdHangs.getOrDefault(node, List.of()));
        List<JsonObject> candidates = new ArrayList<>();
        Map<JsonObject, SimTask> taskOf = new java.util.IdentityHashMap<>();
        if (!source.equals("archive")) {
            for (SimTask t : view.active()) {
                JsonObject o = describe(t).put("user", t.upid.user()).put("status", "RUNNING").put("saved", "0");
                o.remove("tokenid"); // active entries are not converted
                candidates.add(o);
                taskOf.put(o, t);
            }
        }
        if (!source.equals("active")) {
            for (SimTask t : view.archived()) {
                JsonObject o = describe(t).put("endtime", view.archivedAt().get(t).getEpochSecond()).put("status", t.exitStatus());
                candidates.add(o);
                taskOf.put(o, t);
            }
        }
        List<JsonObject> matching = new ArrayList<>();
        for (JsonObject o : candidates) {
            SimTask t = taskOf.get(o);
            if (!maySee(c, t)) {
                continue;
            }
            if (params.containsKey("typefilter") && !o.getString("type").equals(params.get("typefilter"))) {
                continue;
            }
            if (params.containsKey("userfilter")
                    && !o.getString("user").toLowerCase(Locale.ROOT).contains(params.get("userfilter").toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (vmid != null && !vmid.equals(o.getString("id"))) {
                continue;
            }
            long startTime = o.getLong("starttime");
            if ((since != null && startTime < since) || (until != null && startTime > until)) {
                continue;
            }
            String status = o.getString("status");
            String cls = status.equals("RUNNING") ? "unknown" : ExitStatus.parse(status).kind().apiName();
            if (errors) {
                if (cls.equals("ok")) {
                    continue;
                }
            } else if (!classes.isEmpty() && !classes.contains(cls)) {
                continue;
            }
            matching.add(o);
        }
        JsonArray data = new JsonArray();
        for (int i = (int) Math.min(start, matching.size()); i < matching.size() && limit > 0 && data.size() < limit; i++) {
            data.add(matching.get(i));
        }
        return new Ok(data, matching.isEmpty() ? null : (long) matching.size());
    }

    /**
     * Each node broadcasts its active-workers list at task start and end and every 10 s; a
     * reader sees, per node, the list as of the latest of those moments: running tasks plus the
     * newest finished ones, 25 entries at most.
     */
    synchronized Ok clusterTasks(Map<String, String> params, SimAuth.Caller c) {
        reap();
        onlyParams(params, Set.of());
        Instant now = clock.now();
        JsonArray data = new JsonArray();
        for (String node : nodes) {
            Instant at = Instant.ofEpochSecond(now.getEpochSecond() / 10 * 10);
            for (SimTask t : tasks) {
                if (t.node.equals(node)) {
                    if (t.visibleAt(now) && t.start.isAfter(at)) {
                        at = t.start;
                    }
                    if (t.endedAt(now) && t.end().isAfter(at)) {
                        at = t.end();
                    }
                }
            }
            Instant snapshot = at;
            List<SimTask> running = new ArrayList<>();
            List<SimTask> finished = new ArrayList<>();
            for (SimTask t : tasks) {
                if (t.node.equals(node) && t.visibleAt(snapshot)) {
                    (t.runningAt(snapshot) ? running : finished).add(t);
                }
            }
            finished.sort(Comparator.comparing(SimTask::end).reversed());
            List<SimTask> entries = new ArrayList<>(running);
            entries.addAll(finished.subList(0, Math.max(0, Math.min(finished.size(), MAX_ACTIVE - running.size()))));
            entries.sort(Comparator.comparing((SimTask t) -> t.start).reversed());
            for (SimTask t : entries) {
                if (!c.privileged() && !t.upid.userWithoutToken().equals(c.authId())) {
                    continue; // the split user is compared with the caller's full id
                }
                JsonObject o = new JsonObject().put("upid", t.upid.toString()).put("node", t.node)
                        .put("starttime", t.upid.startTime().getEpochSecond()).put("type", t.upid.type())
                        .put("id", t.upid.id()).put("user", t.upid.userWithoutToken());
                t.upid.tokenId().ifPresent(tok -> o.put("tokenid", tok));
                if (t.runningAt(snapshot)) {
                    o.put("pid", t.upid.pid()).put("saved", "0");
                } else {
                    o.put("endtime", t.end().getEpochSecond()).put("status", t.exitStatus()).put("saved", "1");
                }
                data.add(o);
            }
        }
        return new Ok(data, null);
    }

    /** @return how long (simulated) until the worker is gone; the DELETE answers after that */
    synchronized Duration stop(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        SimTask t = visibleTask(node, upidText, params, c, "Sys.Modify");
        Instant now = clock.now();
        if (!t.runningAt(now) || t.stopRequestedAt != null) {
            return Duration.ZERO;
        }
        t.stopRequestedAt = now;
        // pvedaemon sends SIGTERM, checks once a second, and after 5 s sends SIGKILL and answers
        // without waiting: a status read right after the answer may still say running.
        long untilGone = Duration.between(now, t.end()).toMillis();
        long seconds = Math.max(1, (untilGone + 999) / 1000);
        return Duration.ofSeconds(Math.min(SimTask.KILL_AFTER.toSeconds(), seconds));
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

    // ---------------------------------------------------------------- task-starting calls

    private GuestEntry guestOn(String node, long vmid, Guest.Kind kind) {
        GuestEntry e = guests.get(vmid);
        if (e == null || e.pending || !e.guest.node().equals(node) || e.guest.kind() != kind) {
            throw ApiError.plain(500, "Configuration file 'nodes/" + node + "/" + (kind == Guest.Kind.QEMU ? "qemu-server" : "lxc")
                    + "/" + vmid + ".conf' does not exist");
        }
        return e;
    }

    /** The checks every guest action starts with, in PVE's order: node, VM id format, the guest on that node. */
    private GuestEntry existingGuest(String node, String vmidText, Guest.Kind kind) {
        reap();
        requireNode(node);
        return guestOn(node, pathVmid(vmidText), kind);
    }

    private static String required(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null) {
            throw ApiError.param(name, "property is missing and it is not optional");
        }
        return v;
    }

    private void requireUnused(long vmid) {
        GuestEntry e = guests.get(vmid);
        if (e != null) {
            throw ApiError.plain(500, (e.guest.kind() == Guest.Kind.QEMU ? "VM " : "CT ") + vmid
                    + " already exists on node '" + e.guest.node() + "'");
        }
    }

    private static long vmidParam(Map<String, String> params, String name) {
        String v = required(params, name);
        if (!v.matches("[1-9][0-9]{2,8}")) {
            throw ApiError.param(name, "invalid format - value does not look like a valid VM ID");
        }
        return Long.parseLong(v);
    }

    private static long pathVmid(String text) {
        if (!text.matches("[1-9][0-9]{2,8}")) {
            throw ApiError.param("vmid", "invalid format - value does not look like a valid VM ID");
        }
        return Long.parseLong(text);
    }

    synchronized String cloneVm(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        reap();
        requireNode(node);
        long vmid = pathVmid(vmidText);
        long newid = vmidParam(params, "newid"); // parameters are verified before the guest is looked up
        GuestEntry source = guestOn(node, vmid, Guest.Kind.QEMU);
        String target = params.getOrDefault("target", node);
        requireNode(target);
        requireUnused(newid);
        boolean full = params.containsKey("full") ? boolParam(params, "full") : !source.guest.template();
        if (!full && !source.guest.template()) {
            throw ApiError.plain(500, "Linked clone feature is not supported for drive 'scsi0'");
        }
        String name = params.getOrDefault("name", "Copy-of-VM-" + source.guest.name());
        GuestEntry created = new GuestEntry(new Guest(newid, target, Guest.Kind.QEMU, name, false, false, false), true);
        guests.put(newid, created);
        TaskScript script = script("qmclone", () -> full
                ? Lifecycles.cloneFull(vmid, newid, source.guest.running(), Duration.ofSeconds(90))
                : Lifecycles.cloneLinked(vmid, newid, Duration.ofSeconds(3)));
        return createTask(node, "qmclone", Long.toString(vmid), c.authId(), script, clock.now(),
                () -> created.pending = false, () -> guests.remove(newid, created)).upid.toString();
    }

    synchronized String createContainer(String node, Map<String, String> params, SimAuth.Caller c) {
        reap();
        requireNode(node);
        long vmid = vmidParam(params, "vmid");
        String template = required(params, "ostemplate");
        requireUnused(vmid);
        String hostname = params.getOrDefault("hostname", "CT" + vmid);
        boolean startAfter = boolParam(params, "start");
        GuestEntry created = new GuestEntry(new Guest(vmid, node, Guest.Kind.LXC, hostname, false, false, false), true);
        guests.put(vmid, created);
        TaskScript script = script("vzcreate", () -> Lifecycles.createContainer(vmid, template, Duration.ofSeconds(20)));
        return createTask(node, "vzcreate", Long.toString(vmid), c.authId(), script, clock.now(),
                () -> {
                    created.pending = false;
                    if (startAfter) {
                        created.guest = created.guest.started();
                    }
                }, () -> guests.remove(vmid, created)).upid.toString();
    }

    synchronized Ok vzdump(String node, Map<String, String> params, SimAuth.Caller c) {
        reap();
        requireNode(node);
        List<Long> local = new ArrayList<>();
        if (boolParam(params, "all")) {
            guests.values().stream().filter(e -> !e.pending && e.guest.node().equals(node)).forEach(e -> local.add(e.guest.vmid()));
        } else {
            String list = required(params, "vmid");
            for (String v : list.split("[,;\\s]+")) {
                long id = pathVmid(v);
                GuestEntry e = guests.get(id);
                if (e != null && !e.pending && e.guest.node().equals(node)) {
                    local.add(id);
                }
            }
        }
        if (local.isEmpty()) {
            return new Ok("OK", null); // the "silent exit" when no selected guest is on this node
        }
        String id = local.size() == 1 ? Long.toString(local.get(0)) : "";
        TaskScript script = script("vzdump", () -> Lifecycles.vzdump(local.get(0), clock.now(), Duration.ofSeconds(30L * local.size())));
        return new Ok(createTask(node, "vzdump", id, c.authId(), script, clock.now(), () -> { }, () -> { }).upid.toString(), null);
    }

    synchronized String power(String node, Guest.Kind kind, String vmidText, String action, SimAuth.Caller c) {
        GuestEntry e = existingGuest(node, vmidText, kind);
        long vmid = e.guest.vmid();
        String prefix = kind == Guest.Kind.QEMU ? "qm" : "vz";
        String what = kind == Guest.Kind.QEMU ? "VM " : "CT ";
        Instant now = clock.now();
        if (e.guest.haManaged() && !action.equals("shutdown")) {
            // The HA request finishes at once; the HA manager then starts the real task.
            SimTask request = createTask(node, "ha" + action, Long.toString(vmid), c.authId(),
                    script("ha" + action, () -> Lifecycles.haRequest(action, vmid)), now, () -> { }, () -> { });
            powerTask(e, node, prefix + action, what, action, "root@pam", request.end().plusSeconds(2));
            return request.upid.toString();
        }
        return powerTask(e, node, prefix + action, what, action, c.authId(), now).upid.toString();
    }

    private SimTask powerTask(GuestEntry e, String node, String type, String what, String action, String authId, Instant start) {
        long vmid = e.guest.vmid();
        Duration d = action.equals("shutdown") ? Duration.ofSeconds(5) : Duration.ofSeconds(2);
        Supplier<TaskScript> fallback;
        if (action.equals("start") && e.guest.running()) {
            fallback = () -> Lifecycles.failing(Duration.ofSeconds(1), what + vmid + " already running");
        } else if (action.equals("shutdown") && !e.guest.running()) {
            fallback = () -> Lifecycles.failing(Duration.ofSeconds(1), what + vmid + " not running");
        } else {
            fallback = () -> Lifecycles.quiet(d);
        }
        return createTask(node, type, Long.toString(vmid), authId, script(type, fallback), start,
                () -> e.guest = action.equals("start") ? e.guest.started() : e.guest.stopped(), () -> { });
    }

    synchronized String migrate(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        GuestEntry e = existingGuest(node, vmidText, Guest.Kind.QEMU);
        long vmid = e.guest.vmid();
        String target = required(params, "target");
        if (target.equals(node)) {
            throw ApiError.param("target", "target is local node.");
        }
        requireNode(target);
        boolean online = boolParam(params, "online");
        if (e.guest.running() && !online && !e.guest.haManaged()) {
            throw ApiError.plain(500, "can't migrate running VM without --online");
        }
        Instant now = clock.now();
        boolean live = e.guest.running();
        Supplier<TaskScript> real = () -> Lifecycles.migrate(vmid, target, live, now, Duration.ofSeconds(20));
        if (e.guest.haManaged()) {
            SimTask request = createTask(node, "hamigrate", Long.toString(vmid), c.authId(),
                    script("hamigrate", () -> TaskScript.builder(Duration.ofSeconds(1))
                            .line(Duration.ZERO, "Requesting HA migration for VM " + vmid + " to node " + target).build()),
                    now, () -> { }, () -> { });
            createTask(node, "qmigrate", Long.toString(vmid), "root@pam", script("qmigrate", real),
                    request.end().plusSeconds(2), () -> e.guest = e.guest.on(target), () -> { });
            return request.upid.toString();
        }
        return createTask(node, "qmigrate", Long.toString(vmid), c.authId(), script("qmigrate", real), now,
                () -> e.guest = e.guest.on(target), () -> { }).upid.toString();
    }

    synchronized String snapshot(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        GuestEntry e = existingGuest(node, vmidText, Guest.Kind.QEMU);
        long vmid = e.guest.vmid();
        String name = required(params, "snapname");
        if (!name.matches("[A-Za-z][A-Za-z0-9_\\-]{1,39}")) {
            throw ApiError.param("snapname", "invalid format - invalid configuration ID '" + name + "'");
        }
        Supplier<TaskScript> fallback = e.snapshots.contains(name)
                ? () -> Lifecycles.failing(Duration.ofSeconds(1), "snapshot name '" + name + "' already used")
                : () -> Lifecycles.snapshot(vmid, name, Duration.ofSeconds(3));
        return createTask(node, "qmsnapshot", Long.toString(vmid), c.authId(), script("qmsnapshot", fallback), clock.now(),
                () -> e.snapshots.add(name), () -> { }).upid.toString();
    }

    // ---------------------------------------------------------------- parameters

    static void onlyParams(Map<String, String> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw ApiError.param(name, "property is not defined in schema and the schema does not allow additional properties");
            }
        }
    }

    static long intParam(Map<String, String> params, String name, long dflt) {
        String v = params.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.matches("-?[0-9]+")) {
            throw ApiError.param(name, "type check ('integer') failed - got '" + v + "'");
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.param(name, "type check ('integer') failed - got '" + v + "'");
        }
        if (n < 0) {
            throw ApiError.param(name, "value must have a minimum value of 0");
        }
        return n;
    }

    static long signedIntParam(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || !v.matches("-?[0-9]{1,18}")) {
            throw ApiError.param(name, "type check ('integer') failed - got '" + v + "'");
        }
        return Long.parseLong(v);
    }

    static boolean boolParam(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "1": case "true": case "yes": case "on": return true;
            case "0": case "false": case "no": case "off": return false;
            default: throw ApiError.param(name, "type check ('boolean') failed - got '" + v + "'");
        }
    }

    private static Set<String> statusFilter(String v) {
        Set<String> out = new HashSet<>();
        if (v == null) {
            return out;
        }
        for (String s : v.split("[,;\\s]+")) {
            if (s.isEmpty()) {
                continue;
            }
            String k = s.toLowerCase(Locale.ROOT);
            if (!Set.of("ok", "warning", "error", "unknown").contains(k)) {
                throw ApiError.param("statusfilter", "invalid format - value '" + s + "' does not look like a valid task status type");
            }
            out.add(k);
        }
        return out;
    }
}
