package io.github.pvetasks.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Proxmox VE 9's bulk actions ({@code POST /cluster/bulk-action/guest/start|shutdown|suspend|migrate}):
 * one worker ({@code bulk-start}, ...) on the node that received the call starts the guests'
 * own tasks on their nodes, at most {@code max-workers} (default 4) at once across the cluster,
 * in the guests' order, polling each child's status once a second. It logs "Starting VM 100" (no
 * child UPID) and a warning per failed guest, and ends with an error listing the failed guests.
 * As everything in the simulator, the whole schedule is a function of simulated time: the
 * children are created up front with their start times. Runs under the {@link SimState}'s lock.
 */
final class BulkActions {

    /** How often the bulk worker polls its children. */
    static final Duration POLL = Duration.ofSeconds(1);

    private final SimState state;

    BulkActions(SimState state) {
        this.state = state;
    }

    SimState.Ok start(String action, Map<String, String> params, SimAuth.Caller c) {
        state.reap();
        int maxWorkers = (int) Params.intParam(params, params.containsKey("maxworkers") ? "maxworkers" : "max-workers", 4);
        List<SimState.GuestEntry> guests = selected(params.get("vms"));
        String target = params.get("target");
        if (action.equals("migrate")) {
            state.requireNode(Params.required(params, "target"));
        }
        Instant now = state.now();
        String receiving = state.nodes().get(0);
        // schedule: each child starts when a worker slot frees, noticed at the next once-a-second poll
        PriorityQueue<Instant> slots = new PriorityQueue<>();
        for (int i = 0; i < Math.max(1, maxWorkers); i++) {
            slots.add(now.plus(POLL));
        }
        List<TaskScript.Line> log = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Instant end = now.plus(POLL);
        for (SimState.GuestEntry e : guests) {
            Instant at = slots.poll();
            Guest g = e.guest;
            String what = g.kind() == Guest.Kind.QEMU ? "VM" : "CT";
            String prefix = g.kind() == Guest.Kind.QEMU ? "qm" : "vz";
            boolean fails = action.equals("start") && g.running() || action.equals("shutdown") && !g.running();
            String type = prefix + (action.equals("migrate") ? "igrate" : action);
            TaskScript script = fails ? Lifecycles.failing(Duration.ofSeconds(1), what + " " + g.vmid() + " already " + (g.running() ? "running" : "stopped"))
                    : Lifecycles.quiet(Duration.ofSeconds(2));
            SimTask child = state.createTask(g.node(), type, Long.toString(g.vmid()), c.authId(), script, at, () -> {
                if (action.equals("start")) {
                    e.guest = e.guest.started();
                } else if (action.equals("shutdown") || action.equals("suspend")) {
                    e.guest = e.guest.stopped();
                } else if (target != null) {
                    e.guest = e.guest.on(target);
                }
            }, () -> { });
            log.add(new TaskScript.Line(Duration.between(now, at), capitalized(action) + " " + what + " " + g.vmid()));
            Instant noticed = child.end().plus(POLL);
            if (fails) {
                failed.add(Long.toString(g.vmid()));
                log.add(new TaskScript.Line(Duration.between(now, noticed), "WARN: " + what + " " + g.vmid() + " failed: " + what + " "
                        + g.vmid() + " already " + (g.running() ? "running" : "stopped")));
            }
            slots.add(noticed);
            end = noticed.isAfter(end) ? noticed : end;
        }
        TaskScript.Builder bulk = TaskScript.builder(Duration.between(now, end));
        log.sort((x, y) -> x.at().compareTo(y.at()));
        log.forEach(l -> bulk.line(l.at(), l.text()));
        if (failed.isEmpty()) {
            bulk.endsOk();
        } else {
            bulk.endsWithError("Some guests failed to " + action + ": " + String.join(", ", failed));
        }
        SimTask worker = state.createTask(receiving, "bulk-" + action, "", c.authId(), bulk.build(), now, () -> { }, () -> { });
        return new SimState.Ok(worker.upid.toString(), null);
    }

    private List<SimState.GuestEntry> selected(String vms) {
        List<SimState.GuestEntry> out = new ArrayList<>();
        if (vms == null || vms.isBlank()) {
            state.guests.values().stream().filter(e -> !e.pending && !e.guest.template()).forEach(out::add);
            return out;
        }
        for (String v : vms.split("[,;\\s]+")) {
            long id = Params.pathVmid(v);
            SimState.GuestEntry e = state.guests.get(id);
            if (e == null || e.pending) {
                throw ApiError.param("vms", "guest " + id + " does not exist");
            }
            out.add(e);
        }
        return out;
    }

    private static String capitalized(String action) {
        switch (action) {
            case "start": return "Starting";
            case "shutdown": return "Shutting down";
            case "suspend": return "Suspending";
            default: return "Migrating";
        }
    }
}
