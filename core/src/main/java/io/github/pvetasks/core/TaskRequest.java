package io.github.pvetasks.core;

import io.github.pvetasks.core.spi.HttpMethod;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A call that starts a task: method, API path below {@code /api2/json} and parameters.
 * {@link TaskRequests} makes the common ones with their required parameters checked; add any
 * other parameter the endpoint takes with {@link #with(String, String)}.
 *
 * <pre>{@code
 * TaskRequest clone = TaskRequests.cloneVm("pve1", 100, 123).with("name", "web-1").with("full", true);
 * TaskRequest any = TaskRequest.of(HttpMethod.POST, "/nodes/pve1/qemu/100/template");
 * }</pre>
 *
 * <p>Immutable: {@code with} returns a changed copy. Path segments are percent-encoded when sent.
 */
public final class TaskRequest {

    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-\\[\\]]*");

    private final HttpMethod method;
    private final List<String> segments;
    private final Map<String, String> parameters;
    private final List<String> workerTypes;

    private TaskRequest(HttpMethod method, List<String> segments, Map<String, String> parameters, List<String> workerTypes) {
        this.method = method;
        this.segments = segments;
        this.parameters = parameters;
        this.workerTypes = workerTypes;
    }

    /**
     * @param method the HTTP method
     * @param path the API path below {@code /api2/json}, such as {@code /nodes/pve1/qemu/100/clone};
     *        split at '/', each segment encoded when sent
     * @return the request, without parameters
     */
    public static TaskRequest of(HttpMethod method, String path) {
        PveIdentifiers.requireNonNull(path, "API path");
        if (!path.startsWith("/") || path.length() < 2) {
            throw new IllegalArgumentException("API path must start with '/' and name an endpoint, got '" + path + "'");
        }
        return of(method, Arrays.asList(path.substring(1).split("/", -1)));
    }

    /**
     * @param method the HTTP method
     * @param segments the path segments below {@code /api2/json}, unencoded (a segment may hold '/')
     * @return the request, without parameters
     */
    public static TaskRequest of(HttpMethod method, List<String> segments) {
        PveIdentifiers.requireNonNull(method, "HTTP method");
        PveIdentifiers.requireNonNull(segments, "API path segments");
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("API path must have at least one segment");
        }
        for (String s : segments) {
            if (s == null || s.isEmpty()) {
                throw new IllegalArgumentException("API path segments must not be empty, got " + segments);
            }
        }
        return new TaskRequest(method, List.copyOf(segments), Map.of(), List.of());
    }

    /**
     * @param name the parameter name
     * @param value its value
     * @return a copy with the parameter set (replacing any earlier value)
     */
    public TaskRequest with(String name, String value) {
        if (name == null || !PARAM_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid parameter name '" + name + "'");
        }
        PveIdentifiers.requireNonNull(value, "value of parameter '" + name + "'");
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new TaskRequest(method, segments, Collections.unmodifiableMap(p), workerTypes);
    }

    /**
     * @param name the parameter name
     * @param value its value
     * @return a copy with the parameter set
     */
    public TaskRequest with(String name, long value) {
        return with(name, Long.toString(value));
    }

    /**
     * @param name the parameter name
     * @param value its value, sent as {@code 1} or {@code 0} as Proxmox VE expects
     * @return a copy with the parameter set
     */
    public TaskRequest with(String name, boolean value) {
        return with(name, value ? "1" : "0");
    }

    /**
     * @param types the worker types the call may start, the usual one first (an HA-managed guest's
     *              start answers {@code hastart}, say)
     * @return a copy that knows them
     */
    public TaskRequest startingTypes(List<String> types) {
        PveIdentifiers.requireNonNull(types, "worker types");
        if (types.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new IllegalArgumentException("worker types must be names, got " + types);
        }
        return new TaskRequest(method, segments, parameters, List.copyOf(types));
    }

    /** @return the worker types the call may start, the usual one first; empty when not known */
    public List<String> workerTypes() {
        return workerTypes;
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the unencoded path segments below {@code /api2/json} */
    public List<String> pathSegments() {
        return segments;
    }

    /** @return the parameters, in the order they were set */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** @return the path for messages, such as {@code /nodes/pve1/qemu/100/clone} */
    public String path() {
        return "/" + String.join("/", segments);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskRequest)) {
            return false;
        }
        TaskRequest r = (TaskRequest) o;
        return method == r.method && segments.equals(r.segments) && parameters.equals(r.parameters);
    }

    @Override
    public int hashCode() {
        return segments.hashCode() * 31 + parameters.hashCode();
    }

    /** @return method, path and parameter names (values can be secrets, such as a password parameter) */
    @Override
    public String toString() {
        return "TaskRequest[" + method + " " + path() + " " + parameters.keySet() + "]";
    }
}
