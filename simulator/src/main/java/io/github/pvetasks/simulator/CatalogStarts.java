package io.github.pvetasks.simulator;

import io.github.pvetasks.core.EndpointParam;
import io.github.pvetasks.core.TaskEndpoint;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves every task-starting endpoint of the facts table that the simulator does not model in
 * detail ({@link GuestStarts} does those): the parameters are checked by the same facts the
 * client uses (one 400 "Parameter verification failed." with every bad parameter, as the real
 * server answers), the caller needs Sys.Audit-level privilege, and a task of the endpoint's usual
 * worker type starts, with the UPID id the real handler puts there. Runs under the
 * {@link SimState}'s lock.
 */
final class CatalogStarts {

    /** How long a catalog task runs (simulated). */
    static final Duration DEFAULT_DURATION = Duration.ofSeconds(3);

    private final SimState state;

    CatalogStarts(SimState state) {
        this.state = state;
    }

    SimState.Ok start(TaskEndpoint endpoint, Map<String, String> vars, Map<String, String> params, SimAuth.Caller c) {
        state.reap();
        String node = vars.get("node");
        if (node != null) {
            state.requireNode(node);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putAll(vars);
        for (Map.Entry<String, String> e : all.entrySet()) {
            EndpointParam p = endpoint.params().get(e.getKey());
            if (p == null) {
                errors.put(e.getKey(), "property is not defined in schema and the schema does not allow additional properties");
                continue;
            }
            try {
                p.check(e.getValue());
            } catch (IllegalArgumentException bad) {
                errors.put(e.getKey(), "value check failed - " + bad.getMessage());
            }
        }
        for (EndpointParam p : endpoint.required()) {
            if (!all.containsKey(p.name())) {
                errors.put(p.name(), "property is missing and it is not optional");
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiError(400, "Parameter verification failed.", errors);
        }
        if (!c.privileged()) {
            throw ApiError.plain(403, "Permission check failed (" + endpoint.permission().orElse("/") + ")");
        }
        String taskNode = node != null ? node : state.nodes().get(0);
        String type = endpoint.workerTypes().get(0);
        String id = upidId(endpoint.upidId(), all);
        SimTask t = state.createTask(taskNode, type, id, c.authId(),
                state.script(type, () -> familyLog(type, id, all)), state.now(), () -> { }, () -> { });
        String upid = t.upid.toString();
        switch (endpoint.answer()) {
            case OBJECT_WITH_UPID:
                return new SimState.Ok(new JsonObject().put("upid", upid).put("user", c.authId()).put("port", 5900), null);
            case NONE:
                return new SimState.Ok(null, null);
            default:
                return new SimState.Ok(upid, null);
        }
    }

    /** A plausible log for the worker type's family, ending OK. */
    static TaskScript familyLog(String type, String id, Map<String, String> values) {
        TaskScript.Builder b = TaskScript.builder(DEFAULT_DURATION);
        String what = id.isEmpty() ? "" : " " + id;
        if (type.startsWith("ceph")) {
            b.line(Duration.ZERO, type.contains("destroy") ? "destroying" + what : "creating" + what)
                    .line(Duration.ofSeconds(1), "ceph: 'HEALTH_OK'");
        } else if (type.contains("download") || type.equals("ociregistrypull")) {
            b.line(Duration.ZERO, "downloading " + values.getOrDefault("url", values.getOrDefault("reference", "image")))
                    .line(Duration.ofSeconds(1), "  50% 512.00 MiB of 1.00 GiB")
                    .line(Duration.ofSeconds(2), "download of '" + values.getOrDefault("filename", "image") + "' finished");
        } else if (type.startsWith("srv")) {
            b.line(Duration.ZERO, type.substring(3) + " service " + values.getOrDefault("service", id));
        } else if (type.endsWith("create") || type.endsWith("remove") || type.equals("wipedisk") || type.equals("diskinit")) {
            b.line(Duration.ZERO, type + " on " + values.getOrDefault("device", values.getOrDefault("disk", "/dev/sdb")));
        } else if (type.endsWith("proxy") || type.endsWith("shell") || type.endsWith("tunnel")) {
            b.line(Duration.ZERO, "connection from 127.0.0.1");
        } else {
            b.line(Duration.ZERO, type + what + " started");
        }
        return b.build();
    }

    /** The UPID's id as the table notes it: {@code {p}}, {@code {p:-q}}, {@code ''}, derived values, alternatives. */
    static String upidId(String notation, Map<String, String> values) {
        String first = notation.split("\\|")[0];
        if (first.equals("''") || first.startsWith("<")) {
            return "";
        }
        if (first.startsWith("{") && first.endsWith("}")) {
            String inner = first.substring(1, first.length() - 1);
            int dash = inner.indexOf(":-");
            String name = dash < 0 ? inner : inner.substring(0, dash);
            String fallback = dash < 0 ? "" : inner.substring(dash + 2);
            String v = values.getOrDefault(name, fallback.startsWith("{") ? values.getOrDefault(fallback.replaceAll("[{}]", ""), "") : fallback);
            return v.replaceAll("[^A-Za-z0-9_.\\-]", "_"); // a UPID field holds no ':'
        }
        return "";
    }
}
