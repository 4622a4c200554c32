package io.github.pvetasks.examples.clones;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.requests.GuestRequests;
import io.github.pvetasks.monitor.TaskHandle;
import io.github.pvetasks.monitor.TaskMonitor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Clones a VM on POST /vms/{id}/clones and streams the clone's progress as server-sent events. */
@RestController
class ClonesController {

    // example:begin spring-boot-controller
    /** What a client sends: where the clone goes and its name. */
    record CloneRequest(String node, long newId, String name) {
    }

    /** What the service answers at once: the task, and where its events are. */
    record CloneStarted(String upid, String events) {
    }

    private final PveClient client;     // the starter's client for pve-tasks.servers.prod
    private final TaskMonitor monitor;  // the starter's one monitor
    private final Map<String, TaskHandle> clones = new ConcurrentHashMap<>();

    ClonesController(PveClient client, TaskMonitor monitor) {
        this.client = client;
        this.monitor = monitor;
    }

    @PostMapping("/vms/{id}/clones")
    ResponseEntity<CloneStarted> clone(@PathVariable long id, @RequestBody CloneRequest request) {
        Upid upid = client.tasks().start(GuestRequests.cloneVm(request.node(), id, request.newId())
                .name(request.name()).full(true).build());
        TaskHandle handle = monitor.watch(upid);                    // the clone's own timeout: 2 h
        clones.put(upid.toString(), handle);
        handle.result().whenComplete((status, failure) -> clones.remove(upid.toString()));
        String events = "/tasks/events?upid=" + URLEncoder.encode(upid.toString(), StandardCharsets.UTF_8);
        return ResponseEntity.accepted().location(URI.create(events)).body(new CloneStarted(upid.toString(), events));
    }

    @GetMapping(path = "/tasks/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@RequestParam String upid) {
        TaskHandle handle = clones.computeIfAbsent(upid, u -> monitor.watch(Upid.parse(u)));   // or one started elsewhere
        SseEmitter emitter = new SseEmitter(Duration.ofHours(3).toMillis());
        handle.onProgress(p -> send(emitter, "progress", Map.of("percent", p.percent().orElse(0))));
        handle.result().whenComplete((status, failure) -> {
            send(emitter, "end", failure == null
                    ? Map.of("outcome", status.exitStatus().orElseThrow().kind().apiName(), "exitstatus", status.exitStatus().orElseThrow().raw())
                    : Map.of("outcome", "failed", "reason", String.valueOf(failure.getMessage())));
            emitter.complete();
        });
        return emitter;
    }

    private static void send(SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            // the client went away: the task goes on, and so does its watch
        }
    }
    // example:end spring-boot-controller
}
