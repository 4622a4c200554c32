package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The Proxmox Backup Server task endpoints (pbs-task-api.md section 2), over {@link PbsTasks}:
 * the list with PBS's own filters and shapes, status (a task it has no log of is stopped with
 * {@code unknown}), log pages by line number ({@code n >= start}), the stop request, and the
 * datastore jobs that start tasks. Answers are the {@code data} value, or a {@link Page}.
 */
final class PbsRoutes {

    private static final Set<String> LIST_PARAMS = Set.of("start", "limit", "running", "errors", "userfilter", "since",
            "until", "typefilter", "statusfilter", "store");

    /** A list or log answer: {@code data} plus {@code total} (and {@code active} for a log with test-status). */
    record Page(JsonObject envelope) {
    }

    /** A log downloaded as a file ({@code download=1}). */
    record Download(String fileName, String text) {
    }

    private final PbsTasks tasks;

    PbsRoutes(PbsTasks tasks) {
        this.tasks = tasks;
    }

    String node() {
        return tasks.node();
    }

    static Endpoint endpoint(HttpMethod method, List<String> s) {
        if (s.size() >= 3 && s.get(0).equals("nodes") && s.get(2).equals("tasks")) {
            if (s.size() == 3) {
                return Endpoint.NODE_TASKS;
            }
            if (s.size() == 4) {
                return method == HttpMethod.DELETE ? Endpoint.TASK_STOP : Endpoint.TASK_INDEX;
            }
            return s.get(4).equals("log") ? Endpoint.TASK_LOG : Endpoint.TASK_STATUS;
        }
        if (s.equals(List.of("access", "ticket"))) {
            return Endpoint.LOGIN;
        }
        return method == HttpMethod.POST ? Endpoint.TASK_START : s.equals(List.of("version")) ? Endpoint.VERSION : Endpoint.OTHER;
    }

    Object route(HttpMethod method, List<String> s, MultiMap p, SimAuth.Caller caller) {
        if (method == HttpMethod.GET && s.equals(List.of("version"))) {
            return new JsonObject().put("version", "4.1.1").put("release", "4.1").put("repoid", "acd1774c");
        }
        if (s.size() >= 3 && s.get(0).equals("nodes") && s.get(2).equals("tasks")) {
            if (s.size() == 3 && method == HttpMethod.GET) {
                return list(p, caller);
            }
            PbsTasks.Task t = task(s.get(3));
            if (s.size() == 4 && method == HttpMethod.DELETE) {
                if (t != null && !caller.privileged() && !caller.authId().equals(t.upid.user())) {
                    throw new PbsServer.Failure(400, "missing permissions 'Sys.Modify' on '/system/tasks'");
                }
                tasks.abort(s.get(3));
                return null;
            }
            if (s.size() == 5 && s.get(4).equals("status") && method == HttpMethod.GET) {
                return status(s.get(3), t, caller);
            }
            if (s.size() == 5 && s.get(4).equals("log") && method == HttpMethod.GET) {
                return log(t, p, caller);
            }
        }
        if (method == HttpMethod.POST && s.size() == 4 && s.get(0).equals("admin") && s.get(1).equals("datastore")) {
            return startJob(s.get(2), s.get(3), caller).toString();
        }
        if (method == HttpMethod.POST && s.equals(List.of("pull"))) {
            String store = required(p, "store");
            return tasks.start("sync", store, caller.authId(), PbsScripts.sync()).toString();
        }
        throw new PbsServer.Failure(404, "Path '/" + String.join("/", s) + "' not found.");
    }

    private Upid startJob(String store, String action, SimAuth.Caller caller) {
        switch (action) {
            case "verify": return tasks.start("verify", store, caller.authId(), PbsScripts.verify());
            case "gc": return tasks.start("garbage_collection", store, caller.authId(), PbsScripts.garbageCollection());
            case "prune-datastore": return tasks.start("prune", store, caller.authId(), PbsScripts.prune());
            default: throw new PbsServer.Failure(404, "Path '/admin/datastore/" + store + "/" + action + "' not found.");
        }
    }

    /** A well-formed UPID is required (a PVE one is not); 37 characters at least. */
    private PbsTasks.Task task(String upidText) {
        if (upidText.length() < 37) {
            throw new PbsServer.Failure(400, "parameter verification failed - 'upid': value must be at least 37 characters long");
        }
        Upid upid;
        try {
            upid = Upid.parse(upidText);
        } catch (IllegalArgumentException e) {
            upid = null;
        }
        if (upid == null || upid.product() != io.github.pvetasks.core.Product.PBS) {
            throw new PbsServer.Failure(400, "parameter verification failed - 'upid': value does not match the regex pattern");
        }
        return tasks.task(upidText).orElse(null);
    }

    /** Owner, a token task of the calling user, or audit rights (privileged). */
    private static void checkRead(PbsTasks.Task t, SimAuth.Caller caller) {
        String owner = t.upid.user();
        boolean own = caller.authId().equals(owner) || (!caller.token() && owner.startsWith(caller.authId() + "!"));
        if (!own && !caller.privileged()) {
            throw new PbsServer.Failure(400, "task access not allowed");
        }
    }

    private JsonObject status(String upidText, PbsTasks.Task t, SimAuth.Caller caller) {
        Upid upid = Upid.parse(upidText);
        JsonObject o = new JsonObject().put("upid", upidText).put("node", upid.node()).put("pid", upid.pid())
                .put("pstart", upid.pstart()).put("starttime", upid.startTime().getEpochSecond()).put("type", upid.type())
                .put("id", upid.rawId().isEmpty() ? null : upid.id()).put("user", upid.userWithoutToken());
        upid.tokenId().ifPresent(tok -> o.put("tokenid", tok));
        if (t == null) { // no log file: stopped, unknown (there is no "no such task")
            return o.put("status", "stopped").put("exitstatus", "unknown");
        }
        checkRead(t, caller);
        Instant now = tasks.now();
        return t.runningAt(now) ? o.put("status", "running") : o.put("status", "stopped").put("exitstatus", t.exitStatus());
    }

    private Object log(PbsTasks.Task t, MultiMap p, SimAuth.Caller caller) {
        if (t == null) {
            throw new PbsServer.Failure(400, "No such file or directory (os error 2)");
        }
        checkRead(t, caller);
        if (p.contains("download")) {
            if (p.size() > 1) {
                throw new PbsServer.Failure(400, "Parameter 'download' cannot be used with other parameters");
            }
            String name = "task-" + t.upid.node() + "-" + t.upid.type() + "-"
                    + java.time.format.DateTimeFormatter.ISO_INSTANT.format(t.upid.startTime()) + ".log";
            return new Download(name, String.join("\n", t.logAt(tasks.now())) + "\n");
        }
        long start = number(p, "start", 0);
        long limit = number(p, "limit", 50);
        List<String> lines = t.logAt(tasks.now());
        JsonArray data = new JsonArray();
        for (int i = 0; i < lines.size(); i++) {
            long n = i + 1;
            if (n >= start && (limit == 0 || data.size() < limit)) { // n >= start: start=k repeats line k
                data.add(new JsonObject().put("n", n).put("t", lines.get(i)));
            }
        }
        JsonObject env = new JsonObject().put("data", data).put("total", lines.size()).put("success", 1);
        if ("1".equals(p.get("test-status")) || "true".equals(p.get("test-status"))) {
            env.put("active", t.runningAt(tasks.now()));
        }
        return new Page(env);
    }

    private Page list(MultiMap p, SimAuth.Caller caller) {
        for (String name : p.names()) {
            if (!LIST_PARAMS.contains(name)) {
                throw new PbsServer.Failure(400, "parameter verification failed - '" + name + "': schema does not allow additional properties");
            }
        }
        Instant now = tasks.now();
        boolean runningOnly = "1".equals(p.get("running")) || "true".equals(p.get("running"));
        boolean errors = "1".equals(p.get("errors")) || "true".equals(p.get("errors"));
        List<String> statusFilter = p.getAll("statusfilter");
        Long since = p.contains("since") ? number(p, "since", 0) : null;
        Long until = p.contains("until") ? number(p, "until", 0) : null;
        List<PbsTasks.Task> running = new ArrayList<>();
        List<PbsTasks.Task> finished = new ArrayList<>();
        for (PbsTasks.Task t : tasks.all()) {
            if (t.start.isAfter(now)) {
                continue;
            }
            (t.runningAt(now) ? running : finished).add(t);
        }
        running.sort(Comparator.comparing((PbsTasks.Task t) -> t.start).reversed());
        finished.sort(Comparator.comparing(PbsTasks.Task::end).reversed());
        List<PbsTasks.Task> candidates = new ArrayList<>(running);
        if (!runningOnly) {
            candidates.addAll(finished);
        }
        long skip = number(p, "start", 0);
        long limit = number(p, "limit", 50);
        JsonArray data = new JsonArray();
        for (PbsTasks.Task t : candidates) {
            boolean isRunning = t.runningAt(now);
            long startTime = t.start.getEpochSecond();
            String kind = isRunning ? null : kind(t.exitStatus());
            if ((since != null && startTime < since) || (until != null && startTime > until)
                    || (errors && "ok".equals(kind))
                    || (!statusFilter.isEmpty() && (isRunning || !statusFilter.contains(kind)))
                    || (p.contains("typefilter") && !t.upid.type().contains(p.get("typefilter")))
                    || (p.contains("store") && !ofStore(t.upid, p.get("store")))
                    || (p.contains("userfilter") && !t.upid.user().contains(p.get("userfilter")))) {
                continue;
            }
            try {
                checkRead(t, caller);
            } catch (PbsServer.Failure hidden) {
                continue;
            }
            if (skip-- > 0) {
                continue;
            }
            if (limit != 0 && data.size() >= limit) {
                break;
            }
            data.add(item(t, isRunning));
        }
        long first = number(p, "start", 0);
        long total = first + data.size() + (limit != 0 && data.size() == limit ? 1 : 0); // a paging hint, not a count
        return new Page(new JsonObject().put("total", total).put("data", data));
    }

    /** PBS's {@code check_job_store}: only datastore jobs match, by the store their worker id names. */
    private static boolean ofStore(Upid u, String store) {
        String id = u.id();
        switch (u.type()) {
            case "verify": case "verify_group": case "verify_snapshot": case "verificationjob":
            case "prune": case "prunejob": case "backup": case "garbage_collection":
                return id.equals(store) || id.startsWith(store + ":");
            case "syncjob": { // remote:remote-store:store:...
                String[] parts = id.split(":");
                return parts.length >= 3 && parts[2].equals(store);
            }
            default:
                return false;
        }
    }

    private static JsonObject item(PbsTasks.Task t, boolean running) {
        Upid u = t.upid;
        JsonObject o = new JsonObject().put("upid", u.toString()).put("node", "localhost").put("pid", u.pid())
                .put("pstart", u.pstart()).put("starttime", u.startTime().getEpochSecond()).put("worker_type", u.type())
                .put("worker_id", u.rawId().isEmpty() ? null : u.id()).put("user", u.user());
        if (!running) { // running items have no status key at all
            o.put("endtime", t.end().getEpochSecond()).put("status", t.exitStatus());
        }
        return o;
    }

    private static String kind(String exitStatus) {
        if (exitStatus.equals("OK")) {
            return "ok";
        }
        if (exitStatus.startsWith("WARNINGS: ")) {
            return "warning";
        }
        return exitStatus.equals("unknown") || exitStatus.isEmpty() ? "unknown" : "error";
    }

    private static long number(MultiMap p, String name, long fallback) {
        String v = p.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new PbsServer.Failure(400, "parameter verification failed - '" + name + "': value is not an unsigned integer");
        }
    }

    private static String required(MultiMap p, String name) {
        String v = p.get(name);
        if (v == null || v.isEmpty()) {
            throw new PbsServer.Failure(400, "parameter verification failed - '" + name + "': parameter is missing.");
        }
        return v;
    }
}
