package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One task's endpoints: status, log (pages, the empty-file placeholder, downloads) and the
 * DELETE that stops it, with PVE's checks in PVE's order. Runs under the {@link SimState}'s lock.
 */
final class TaskReads {

    private final SimState state;

    TaskReads(SimState state) {
        this.state = state;
    }

    /** The checks status and stop share, in PVE's order: node, parameters, UPID format, existence, permission. */
    private SimTask visibleTask(String node, String upidText, Map<String, String> params, SimAuth.Caller c, String privilege) {
        state.reap();
        state.requireNode(node);
        Params.onlyParams(params, Set.of());
        parseUpid(upidText);
        SimTask t = state.find(node, upidText).orElseThrow(() -> ApiError.param("upid", "no such task"));
        if (!TaskListing.maySee(c, t)) {
            throw ApiError.plain(403, "Permission check failed (/nodes/" + node + ", " + privilege + ")");
        }
        return t;
    }

    SimState.Ok status(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        SimTask t = visibleTask(node, upidText, params, c, "Sys.Audit");
        JsonObject o = TaskListing.describe(t);
        if (t.runningAt(state.now())) {
            o.put("status", "running");
        } else {
            o.put("status", "stopped").put("exitstatus", t.exitStatus());
        }
        return new SimState.Ok(o, null);
    }


    /** @return the log page, or a {@link SimState.Download} of the whole file */
    Object log(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        state.reap();
        state.requireNode(node);
        Params.onlyParams(params, Set.of("start", "limit", "download"));
        parseUpid(upidText);
        long start = Params.intParam(params, "start", 0);
        long limit = Params.intParam(params, "limit", 50);
        boolean download = Params.boolParam(params, "download");
        if (download && (params.containsKey("start") || params.containsKey("limit"))) {
            throw ApiError.plain(500, "'download' cannot be used together with 'start' or 'limit' parameters");
        }
        Upid asked = parseUpid(upidText);
        // the permission is checked on the UPID's user before the file is opened: even a task
        // that does not exist is a 403 to a caller who could not read it
        if (!c.privileged() && !asked.user().equals(c.authId()) && !asked.userWithoutToken().equals(c.authId())) {
            throw ApiError.plain(403, "Permission check failed (/nodes/" + node + ", Sys.Audit)");
        }
        Optional<SimTask> task = state.find(node, upidText);
        if (task.isEmpty()) {
            // No "no such task" check here: dump_logfile answers 200 with the open error.
            return new SimState.Ok(new JsonArray().add(new JsonObject().put("n", 1).put("t", "unable to open file - No such file or directory")), 1L);
        }
        if (!TaskListing.maySee(c, task.get())) {
            throw ApiError.plain(403, "Permission check failed (/nodes/" + node + ", Sys.Audit)");
        }
        List<String> lines = task.get().servedLogAt(state.now());
        if (download) {
            Upid u = task.get().upid;
            String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                    .withZone(java.time.ZoneOffset.UTC).format(u.startTime());
            return new SimState.Download(lines.isEmpty() ? "" : String.join("\n", lines) + "\n",
                    "task-" + node + "-" + u.type() + "-" + stamp + ".log");
        }
        if (lines.isEmpty()) {
            // The ExtJS hack for an empty file.
            return new SimState.Ok(new JsonArray().add(new JsonObject().put("n", 1).put("t", "no content")), 1L);
        }
        JsonArray data = new JsonArray();
        long end = limit == 0 ? lines.size() : Math.min(lines.size(), start + limit);
        for (long i = start; i < end; i++) {
            data.add(new JsonObject().put("n", i + 1).put("t", lines.get((int) i)));
        }
        return new SimState.Ok(data, (long) lines.size());
    }
    /** @return how long (simulated) until the worker is gone; the DELETE answers after that */
    Duration stop(String node, String upidText, Map<String, String> params, SimAuth.Caller c) {
        SimTask t = visibleTask(node, upidText, params, c, "Sys.Modify");
        Instant now = state.now();
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

    static Upid parseUpid(String text) {
        try {
            Upid u = Upid.parse(text);
            if (u.product() != io.github.pvetasks.core.Product.PVE) {
                throw new IllegalArgumentException("a Proxmox Backup Server UPID");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw ApiError.param("upid", "unable to parse worker upid");
        }
    }
}
