package io.github.pvetasks.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The guest calls that start tasks (clone, create, vzdump, start/stop/shutdown, migrate,
 * snapshot): PVE's checks in PVE's order, the inventory changes their tasks make when they end,
 * and the HA-managed guests' {@code ha*} requests. Runs under the {@link SimState}'s lock.
 */
final class GuestStarts {

    private final SimState state;

    GuestStarts(SimState state) {
        this.state = state;
    }

    private SimState.GuestEntry guestOn(String node, long vmid, Guest.Kind kind) {
        SimState.GuestEntry e = state.guests.get(vmid);
        if (e == null || e.pending || !e.guest.node().equals(node) || e.guest.kind() != kind) {
            throw ApiError.plain(500, "Configuration file 'nodes/" + node + "/" + (kind == Guest.Kind.QEMU ? "qemu-server" : "lxc")
                    + "/" + vmid + ".conf' does not exist");
        }
        return e;
    }

    /** The checks every guest action starts with, in PVE's order: node, VM id format, the guest on that node. */
    private SimState.GuestEntry existingGuest(String node, String vmidText, Guest.Kind kind) {
        state.reap();
        state.requireNode(node);
        return guestOn(node, Params.pathVmid(vmidText), kind);
    }

    private void requireUnused(long vmid) {
        SimState.GuestEntry e = state.guests.get(vmid);
        if (e != null) {
            throw ApiError.plain(500, (e.guest.kind() == Guest.Kind.QEMU ? "VM " : "CT ") + vmid
                    + " already exists on node '" + e.guest.node() + "'");
        }
    }

    String cloneVm(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        state.reap();
        state.requireNode(node);
        long vmid = Params.pathVmid(vmidText);
        long newid = Params.vmidParam(params, "newid"); // parameters are verified before the guest is looked up
        SimState.GuestEntry source = guestOn(node, vmid, Guest.Kind.QEMU);
        String target = params.getOrDefault("target", node);
        state.requireNode(target);
        requireUnused(newid);
        boolean full = params.containsKey("full") ? Params.boolParam(params, "full") : !source.guest.template();
        if (!full && !source.guest.template()) {
            throw ApiError.plain(500, "Linked clone feature is not supported for drive 'scsi0'");
        }
        String name = params.getOrDefault("name", "Copy-of-VM-" + source.guest.name());
        SimState.GuestEntry created = new SimState.GuestEntry(new Guest(newid, target, Guest.Kind.QEMU, name, false, false, false), true);
        state.guests.put(newid, created);
        TaskScript script = state.script("qmclone", () -> full
                ? Lifecycles.cloneFull(vmid, newid, source.guest.running(), Duration.ofSeconds(90))
                : Lifecycles.cloneLinked(vmid, newid, Duration.ofSeconds(3)));
        return state.createTask(node, "qmclone", Long.toString(vmid), c.authId(), script, state.now(),
                () -> created.pending = false, () -> state.guests.remove(newid, created)).upid.toString();
    }

    String createContainer(String node, Map<String, String> params, SimAuth.Caller c) {
        state.reap();
        state.requireNode(node);
        long vmid = Params.vmidParam(params, "vmid");
        String template = Params.required(params, "ostemplate");
        requireUnused(vmid);
        String hostname = params.getOrDefault("hostname", "CT" + vmid);
        boolean startAfter = Params.boolParam(params, "start");
        SimState.GuestEntry created = new SimState.GuestEntry(new Guest(vmid, node, Guest.Kind.LXC, hostname, false, false, false), true);
        state.guests.put(vmid, created);
        TaskScript script = state.script("vzcreate", () -> Lifecycles.createContainer(vmid, template, Duration.ofSeconds(20)));
        return state.createTask(node, "vzcreate", Long.toString(vmid), c.authId(), script, state.now(),
                () -> {
                    created.pending = false;
                    if (startAfter) {
                        created.guest = created.guest.started();
                    }
                }, () -> state.guests.remove(vmid, created)).upid.toString();
    }

    SimState.Ok vzdump(String node, Map<String, String> params, SimAuth.Caller c) {
        state.reap();
        state.requireNode(node);
        List<Long> local = new ArrayList<>();
        if (Params.boolParam(params, "all")) {
            state.guests.values().stream().filter(e -> !e.pending && e.guest.node().equals(node)).forEach(e -> local.add(e.guest.vmid()));
        } else {
            String list = Params.required(params, "vmid");
            for (String v : list.split("[,;\\s]+")) {
                long id = Params.pathVmid(v);
                SimState.GuestEntry e = state.guests.get(id);
                if (e != null && !e.pending && e.guest.node().equals(node)) {
                    local.add(id);
                }
            }
        }
        if (local.isEmpty()) {
            return new SimState.Ok("OK", null); // the "silent exit" when no selected guest is on this node
        }
        String id = local.size() == 1 ? Long.toString(local.get(0)) : "";
        TaskScript script = state.script("vzdump", () -> Lifecycles.vzdump(local.get(0), state.now(), Duration.ofSeconds(30L * local.size())));
        return new SimState.Ok(state.createTask(node, "vzdump", id, c.authId(), script, state.now(), () -> { }, () -> { }).upid.toString(), null);
    }

    String power(String node, Guest.Kind kind, String vmidText, String action, SimAuth.Caller c) {
        SimState.GuestEntry e = existingGuest(node, vmidText, kind);
        long vmid = e.guest.vmid();
        String prefix = kind == Guest.Kind.QEMU ? "qm" : "vz";
        String what = kind == Guest.Kind.QEMU ? "VM " : "CT ";
        Instant now = state.now();
        if (e.guest.haManaged() && !action.equals("shutdown")) {
            // The HA request finishes at once; the HA manager then starts the real task.
            SimTask request = state.createTask(node, "ha" + action, Long.toString(vmid), c.authId(),
                    state.script("ha" + action, () -> Lifecycles.haRequest(action, vmid)), now, () -> { }, () -> { });
            powerTask(e, node, prefix + action, what, action, "root@pam", request.end().plusSeconds(2));
            return request.upid.toString();
        }
        return powerTask(e, node, prefix + action, what, action, c.authId(), now).upid.toString();
    }

    private SimTask powerTask(SimState.GuestEntry e, String node, String type, String what, String action, String authId, Instant start) {
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
        return state.createTask(node, type, Long.toString(vmid), authId, state.script(type, fallback), start,
                () -> e.guest = action.equals("start") ? e.guest.started() : e.guest.stopped(), () -> { });
    }

    String migrate(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        SimState.GuestEntry e = existingGuest(node, vmidText, Guest.Kind.QEMU);
        long vmid = e.guest.vmid();
        String target = Params.required(params, "target");
        if (target.equals(node)) {
            throw ApiError.param("target", "target is local node.");
        }
        state.requireNode(target);
        boolean online = Params.boolParam(params, "online");
        if (e.guest.running() && !online && !e.guest.haManaged()) {
            throw ApiError.plain(500, "can't migrate running VM without --online");
        }
        Instant now = state.now();
        boolean live = e.guest.running();
        Supplier<TaskScript> real = () -> Lifecycles.migrate(vmid, target, live, now, Duration.ofSeconds(20));
        if (e.guest.haManaged()) {
            SimTask request = state.createTask(node, "hamigrate", Long.toString(vmid), c.authId(),
                    state.script("hamigrate", () -> TaskScript.builder(Duration.ofSeconds(1))
                            .line(Duration.ZERO, "Requesting HA migration for VM " + vmid + " to node " + target).build()),
                    now, () -> { }, () -> { });
            state.createTask(node, "qmigrate", Long.toString(vmid), "root@pam", state.script("qmigrate", real),
                    request.end().plusSeconds(2), () -> e.guest = e.guest.on(target), () -> { });
            return request.upid.toString();
        }
        return state.createTask(node, "qmigrate", Long.toString(vmid), c.authId(), state.script("qmigrate", real), now,
                () -> e.guest = e.guest.on(target), () -> { }).upid.toString();
    }

    String snapshot(String node, String vmidText, Map<String, String> params, SimAuth.Caller c) {
        SimState.GuestEntry e = existingGuest(node, vmidText, Guest.Kind.QEMU);
        long vmid = e.guest.vmid();
        String name = Params.required(params, "snapname");
        if (!name.matches("[A-Za-z][A-Za-z0-9_\\-]{1,39}")) {
            throw ApiError.param("snapname", "invalid format - invalid configuration ID '" + name + "'");
        }
        Supplier<TaskScript> fallback = e.snapshots.contains(name)
                ? () -> Lifecycles.failing(Duration.ofSeconds(1), "snapshot name '" + name + "' already used")
                : () -> Lifecycles.snapshot(vmid, name, Duration.ofSeconds(3));
        return state.createTask(node, "qmsnapshot", Long.toString(vmid), c.authId(), state.script("qmsnapshot", fallback), state.now(),
                () -> e.snapshots.add(name), () -> { }).upid.toString();
    }
}
