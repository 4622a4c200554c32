package io.github.pvetasks.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link TaskRequest} for one {@link TaskEndpoint}, checking every value by the
 * endpoint's facts before anything is sent: unknown names, types, enums, bounds, patterns and the
 * Proxmox VE formats that matter (VM ids, node, storage and config ids). {@link #build()} refuses a
 * request that leaves out a required parameter. Not thread-safe; the request it builds is immutable.
 *
 * <pre>{@code
 * TaskRequest r = TaskEndpoints.pve().find(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/clone").orElseThrow().request()
 *         .set("node", "pve1").set("vmid", 100).set("newid", 123).set("full", true).build();
 * }</pre>
 */
public final class EndpointRequest {

    private final TaskEndpoint endpoint;
    private final Map<String, String> values = new LinkedHashMap<>();

    EndpointRequest(TaskEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * @param name a path variable or parameter of the endpoint
     * @param value its value as the API takes it
     * @return this builder
     * @throws IllegalArgumentException for a name the endpoint does not take or a value its facts refuse
     */
    public EndpointRequest set(String name, String value) {
        EndpointParam p = spec(name);
        if (p == null) {
            throw new IllegalArgumentException(endpoint.method() + " " + endpoint.path() + " takes no parameter '" + name
                    + "'; it takes " + endpoint.params().keySet());
        }
        values.put(name, p.check(value));
        return this;
    }

    /** The parameter's facts; an indexed name such as {@code ide2} takes those of {@code ide[n]}. */
    private EndpointParam spec(String name) {
        EndpointParam p = endpoint.params().get(name);
        if (p == null && name != null && name.matches("[a-z][a-z_\\-]*[0-9]+")) {
            p = endpoint.params().get(name.replaceAll("[0-9]+$", "") + "[n]");
        }
        return p;
    }

    /**
     * @param name a parameter
     * @param value a number
     * @return this builder
     */
    public EndpointRequest set(String name, long value) {
        return set(name, Long.toString(value));
    }

    /**
     * @param name a parameter
     * @param value a boolean, sent as 1 or 0
     * @return this builder
     */
    public EndpointRequest set(String name, boolean value) {
        return set(name, value ? "1" : "0");
    }

    /**
     * @return the request, with the endpoint's worker types
     * @throws IllegalArgumentException naming every required parameter left out
     */
    public TaskRequest build() {
        List<String> missing = new ArrayList<>();
        for (EndpointParam p : endpoint.required()) {
            if (!values.containsKey(p.name())) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(endpoint.method() + " " + endpoint.path() + " needs " + missing);
        }
        String path = endpoint.path();
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(1).split("/")) {
            segments.add(segment.startsWith("{") ? values.get(segment.substring(1, segment.length() - 1)) : segment);
        }
        TaskRequest r = TaskRequest.of(endpoint.method(), segments);
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (spec(e.getKey()).location() != EndpointParam.Location.PATH) {
                r = r.with(e.getKey(), e.getValue());
            }
        }
        return r.startingTypes(endpoint.workerTypes());
    }
}
