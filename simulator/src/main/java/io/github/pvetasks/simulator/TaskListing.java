package io.github.pvetasks.simulator;

import io.github.pvetasks.core.ExitStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two task lists: a node's ({@code GET /nodes/{node}/tasks}, from its active file and its
 * archive, see {@link TaskArchive}) and the cluster's ({@code GET /cluster/tasks}, from the nodes'
 * broadcasts), with every filter, and who may see which task. Pure: the caller holds the lock.
 */
final class TaskListing {

    static final int MAX_ACTIVE = 25;
    /** pve-cluster's limit for a node's broadcast task list. */
    static final int BROADCAST_LIMIT_BYTES = 32 * 1024;
    static final Set<String> LIST_PARAMS = Set.of("start", "limit", "userfilter", "typefilter", "vmid",
            "errors", "source", "since", "until", "statusfilter");

    private TaskListing() {
    }

    static SimState.Ok list(List<SimTask> nodeTasks, String node, Map<String, String> params, SimAuth.Caller c, Instant now, NodeBehaviour behaviour,
                   Instant boot, List<TaskArchive.Hang> hangs) {
        Params.onlyParams(params, LIST_PARAMS);
        long start = Params.intParam(params, "start", 0);
        long limit = Params.intParam(params, "limit", 50);
        String source = params.getOrDefault("source", "archive");
        if (!Set.of("archive", "active", "all").contains(source)) {
            throw ApiError.param("source", "value '" + source + "' does not have a value in the enumeration 'archive, active, all'");
        }
        boolean errors = Params.boolParam(params, "errors");
        String vmid = params.get("vmid");
        if (vmid != null && !vmid.matches("[1-9][0-9]{2,8}")) {
            throw ApiError.param("vmid", "value does not look like a valid VM ID");
        }
        // a negative since is accepted (the schema sets no minimum) and filters nothing
        Long since = params.containsKey("since") ? Params.signedIntParam(params, "since") : null;
        Long until = params.containsKey("until") ? Params.intParam(params, "until", 0) : null;
        Set<String> classes = Params.statusFilter(params.get("statusfilter"));

        // The active file first, in file order, then the archive newest first (see TaskArchive).
        TaskArchive.View view = TaskArchive.view(nodeTasks, now, behaviour, boot, hangs);
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
            // Without Sys.Audit a caller sees its own tasks only, compared with the entry's user
            // as the file holds it: unsplit in the active part, split in the archive. So a user
            // does not see its tokens' running tasks, and a token not its own archived ones.
            if (!c.privileged() && !o.getString("user").equals(c.authId())) {
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
        return new SimState.Ok(data, matching.isEmpty() ? null : (long) matching.size());
    }

    /**
     * Each node broadcasts its active-workers list at task start and end and every 10 s; a
     * reader sees, per node, the list as of the latest of those moments: running tasks plus the
     * newest finished ones, 25 entries at most.
     */
    static SimState.Ok clusterTasks(List<SimTask> tasks, List<String> nodes, Map<String, String> params, SimAuth.Caller c, Instant now,
                                    Map<String, Instant> downSince) {
        Params.onlyParams(params, Set.of());
        JsonArray data = new JsonArray();
        for (String node : nodes) {
            // an offline node broadcasts nothing: its last list is served, frozen
            Instant until = downSince.getOrDefault(node, now);
            Instant at = Instant.ofEpochSecond(until.getEpochSecond() / 10 * 10);
            for (SimTask t : tasks) {
                if (t.node.equals(node)) {
                    if (t.visibleAt(until) && t.start.isAfter(at)) {
                        at = t.start;
                    }
                    if (t.endedAt(until) && t.end().isAfter(at) && !t.endBroadcastLost) {
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
            // running first, then finished ones by newest start, 25 in all
            finished.sort(Comparator.comparing((SimTask t) -> t.start).reversed());
            List<SimTask> entries = new ArrayList<>(running);
            entries.addAll(finished.subList(0, Math.max(0, Math.min(finished.size(), MAX_ACTIVE - running.size()))));
            entries.sort(Comparator.comparing((SimTask t) -> t.start).reversed());
            JsonArray nodeList = new JsonArray();
            for (SimTask t : entries) {
                if (!c.privileged() && !t.upid.userWithoutToken().equals(c.authId())) {
                    continue; // the split user is compared with the caller's full id
                }
                JsonObject o = new JsonObject().put("upid", t.upid.toString()).put("node", t.node)
                        .put("starttime", t.upid.startTime().getEpochSecond()).put("type", t.upid.type())
                        .put("id", t.upid.id()).put("user", t.upid.userWithoutToken());
                t.upid.tokenId().ifPresent(tok -> o.put("tokenid", tok));
                // `saved` as the node holds it: absent for a task started since the active file was
                // last written (the broadcast moment itself), "0" read back from the file, 1 once archived
                if (t.runningAt(snapshot)) {
                    o.put("pid", t.upid.pid());
                    if (t.start.isBefore(snapshot)) {
                        o.put("saved", "0");
                    }
                } else {
                    o.put("endtime", t.end().getEpochSecond()).put("status", t.exitStatus()).put("saved", 1);
                }
                nodeList.add(o);
            }
            // the broadcast is cut below 32 KiB by dropping items from the end
            while (!nodeList.isEmpty() && nodeList.encode().length() >= BROADCAST_LIMIT_BYTES) {
                nodeList.remove(nodeList.size() - 1);
            }
            data.addAll(nodeList);
        }
        return new SimState.Ok(data, null);
    }

    /** The fields decoded from the UPID, with a token task's user split as the server does. */
    static JsonObject describe(SimTask t) {
        JsonObject o = new JsonObject();
        o.put("upid", t.upid.toString()).put("node", t.node).put("pid", t.upid.pid()).put("pstart", t.upid.pstart())
                .put("starttime", t.upid.startTime().getEpochSecond()).put("type", t.upid.type()).put("id", t.upid.id())
                .put("user", t.upid.userWithoutToken());
        t.upid.tokenId().ifPresent(tok -> o.put("tokenid", tok));
        return o;
    }

    /** Owners see their tasks (a user also those of its tokens); Sys.Audit sees all. */
    static boolean maySee(SimAuth.Caller c, SimTask t) {
        if (c.privileged()) {
            return true;
        }
        return c.token() ? t.upid.user().equals(c.authId()) : t.upid.userWithoutToken().equals(c.user());
    }
}
