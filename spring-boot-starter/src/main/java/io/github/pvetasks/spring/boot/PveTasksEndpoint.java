package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.Progress;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /actuator/pvetasks}: what the monitor watches now (server, node, type, id, user,
 * started, progress, last status) and its request counters. Read-only, like
 * {@code /actuator/scheduledtasks}.
 */
@Endpoint(id = "pvetasks")
public class PveTasksEndpoint {

    private final TaskMonitor monitor;
    private final PveClients clients;
    private final MonitorRequestCounter requests;

    /**
     * @param monitor the monitor
     * @param clients the servers, to name each task's
     * @param requests the monitor's requests, counted
     */
    public PveTasksEndpoint(TaskMonitor monitor, PveClients clients, MonitorRequestCounter requests) {
        this.monitor = monitor;
        this.clients = clients;
        this.requests = requests;
    }

    /** @return the watches and the request counters */
    @ReadOperation
    public Map<String, Object> watches() {
        List<Map<String, Object>> watches = new ArrayList<>();
        for (TaskHandle h : monitor.watches()) {
            Upid u = h.upid();
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("upid", u.toString());
            w.put("server", serverOf(u));
            w.put("node", u.node());
            w.put("type", u.type());
            w.put("id", u.id());
            w.put("user", u.user());
            w.put("started", u.startTime().toString());
            h.lastProgress().flatMap(p -> p.percent().isPresent() ? java.util.Optional.of(p) : java.util.Optional.empty())
                    .ifPresent((Progress p) -> w.put("progress", Math.round(p.percent().getAsDouble() * 10) / 10.0));
            h.lastStatus().ifPresent((TaskStatus s) -> {
                w.put("status", s.isRunning() ? "running" : "stopped");
                w.put("observed", s.observedAt().toString());
            });
            watches.add(w);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("watching", watches.size());
        out.put("shutdown", monitor.isShutdown());
        out.put("watches", watches);
        out.put("requests", requests.snapshot());
        return out;
    }

    /** The server whose client reads this task: the one naming its node, else the first of its product. */
    private String serverOf(Upid u) {
        String first = null;
        for (String name : clients.names()) {
            PveConnectionDetails.Server s = clients.server(name).orElseThrow();
            if (s.product() != u.product()) {
                continue;
            }
            if (s.nodes().contains(u.node())) {
                return name;
            }
            if (first == null && s.nodes().isEmpty()) {
                first = name;
            }
        }
        return first != null ? first : "";
    }
}
