package io.github.pvetasks.simulator;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's one route table: each route names its method, path pattern, the
 * {@link Endpoint} it counts as (for faults, counters and the service model) and its handler. The
 * same table classifies a request and dispatches it, so the two can never disagree.
 */
final class Routes {

    /** What a route does with a request's path variables, parameters and caller. */
    interface Handler {
        Object handle(Map<String, String> vars, Map<String, String> params, SimAuth.Caller caller);
    }

    /** The answer of a DELETE: how long (simulated) until it answers. */
    record StopResult(Duration simulatedWait) {
    }

    record Route(HttpMethod method, List<String> pattern, Endpoint endpoint, Handler handler) {
    }

    /** A route that matched, with its path variables. */
    record Match(Route route, Map<String, String> vars) {
    }

    private final List<Route> table = new ArrayList<>();

    Routes(SimState state) {
        add(HttpMethod.POST, "access/ticket", Endpoint.LOGIN, (v, p, c) -> {
            throw new IllegalStateException("logins are answered before routing");
        });
        add(HttpMethod.GET, "version", Endpoint.VERSION, (v, p, c) -> new SimState.Ok(
                new JsonObject().put("version", "9.1.1").put("release", "9.1").put("repoid", "pve-tasks-sim"), null));
        add(HttpMethod.GET, "nodes", Endpoint.NODES, (v, p, c) -> state.nodesList());
        add(HttpMethod.GET, "cluster/tasks", Endpoint.CLUSTER_TASKS, (v, p, c) -> state.clusterTasks(p, c));
        add(HttpMethod.GET, "nodes/{node}/tasks", Endpoint.NODE_TASKS, (v, p, c) -> state.list(v.get("node"), p, c));
        add(HttpMethod.GET, "nodes/{node}/tasks/{upid}", Endpoint.TASK_INDEX, (v, p, c) -> state.index(v.get("node"), v.get("upid")));
        add(HttpMethod.DELETE, "nodes/{node}/tasks/{upid}", Endpoint.TASK_STOP,
                (v, p, c) -> new StopResult(state.stop(v.get("node"), v.get("upid"), p, c)));
        add(HttpMethod.GET, "nodes/{node}/tasks/{upid}/status", Endpoint.TASK_STATUS, (v, p, c) -> state.status(v.get("node"), v.get("upid"), p, c));
        add(HttpMethod.GET, "nodes/{node}/tasks/{upid}/log", Endpoint.TASK_LOG, (v, p, c) -> state.log(v.get("node"), v.get("upid"), p, c));
        for (Guest.Kind kind : Guest.Kind.values()) {
            String k = kind == Guest.Kind.QEMU ? "qemu" : "lxc";
            add(HttpMethod.GET, "nodes/{node}/" + k, Endpoint.GUESTS, (v, p, c) -> state.guestList(v.get("node"), kind));
            for (String action : List.of("start", "stop", "shutdown")) {
                add(HttpMethod.POST, "nodes/{node}/" + k + "/{vmid}/status/" + action, Endpoint.TASK_START,
                        (v, p, c) -> new SimState.Ok(state.power(v.get("node"), kind, v.get("vmid"), action, c), null));
            }
        }
        add(HttpMethod.POST, "nodes/{node}/lxc", Endpoint.TASK_START, (v, p, c) -> new SimState.Ok(state.createContainer(v.get("node"), p, c), null));
        add(HttpMethod.POST, "nodes/{node}/vzdump", Endpoint.TASK_START, (v, p, c) -> state.vzdump(v.get("node"), p, c));
        add(HttpMethod.POST, "nodes/{node}/qemu/{vmid}/clone", Endpoint.TASK_START,
                (v, p, c) -> new SimState.Ok(state.cloneVm(v.get("node"), v.get("vmid"), p, c), null));
        add(HttpMethod.POST, "nodes/{node}/qemu/{vmid}/migrate", Endpoint.TASK_START,
                (v, p, c) -> new SimState.Ok(state.migrate(v.get("node"), v.get("vmid"), p, c), null));
        add(HttpMethod.POST, "nodes/{node}/qemu/{vmid}/snapshot", Endpoint.TASK_START,
                (v, p, c) -> new SimState.Ok(state.snapshot(v.get("node"), v.get("vmid"), p, c), null));
        for (String action : List.of("start", "shutdown", "suspend", "migrate")) {
            add(HttpMethod.POST, "cluster/bulk-action/guest/" + action, Endpoint.TASK_START, (v, p, c) -> state.bulkAction(action, p, c));
        }
        // every other task-starting endpoint of Proxmox VE 9.1, from the facts table
        for (io.github.pvetasks.core.TaskEndpoint e : io.github.pvetasks.core.TaskEndpoints.pve().all()) {
            HttpMethod m = HttpMethod.valueOf(e.method().name());
            List<String> pattern = List.of(e.path().substring(1).split("/"));
            boolean modelled = table.stream().anyMatch(r -> r.method().equals(m) && sameShape(r.pattern(), pattern));
            if (!modelled) {
                table.add(new Route(m, pattern, Endpoint.TASK_START, (v, p, c) -> state.catalogStart(e, v, p, c)));
            }
        }
    }

    private static boolean sameShape(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            boolean varA = a.get(i).startsWith("{");
            if (varA != b.get(i).startsWith("{") || !varA && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void add(HttpMethod method, String pattern, Endpoint endpoint, Handler handler) {
        table.add(new Route(method, List.of(pattern.split("/")), endpoint, handler));
    }

    /** @return the route for this request, with its path variables */
    Optional<Match> match(HttpMethod method, List<String> segments) {
        for (Route r : table) {
            if (r.method().equals(method) && r.pattern().size() == segments.size()) {
                Map<String, String> vars = new HashMap<>();
                boolean ok = true;
                for (int i = 0; i < segments.size() && ok; i++) {
                    String part = r.pattern().get(i);
                    if (part.startsWith("{")) {
                        vars.put(part.substring(1, part.length() - 1), segments.get(i));
                    } else {
                        ok = part.equals(segments.get(i));
                    }
                }
                if (ok) {
                    return Optional.of(new Match(r, vars));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @return the endpoint a request counts as: its route's, or for a request no route serves, a
     *         task start when it writes below a node (a call the simulator does not model), else other
     */
    Endpoint classify(HttpMethod method, List<String> segments) {
        return match(method, segments).map(m -> m.route().endpoint()).orElse(
                segments.size() >= 3 && segments.get(0).equals("nodes") && method != HttpMethod.GET ? Endpoint.TASK_START : Endpoint.OTHER);
    }
}
