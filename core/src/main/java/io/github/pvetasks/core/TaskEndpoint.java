package io.github.pvetasks.core;

import io.github.pvetasks.core.spi.HttpMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Proxmox VE endpoint that starts a task, with the facts of {@code task-endpoints.tsv}: its
 * method and path, the worker types it starts, what it answers, the permission it needs, and its
 * parameters. {@link #request()} makes a checked {@link TaskRequest} for it. Immutable.
 */
public final class TaskEndpoint {

    /** What the call answers. */
    public enum Answer {
        /** Always the UPID. */
        UPID,
        /** The UPID, or {@code "OK"} when nothing needed doing (vzdump with no local guest). */
        UPID_OR_OK,
        /** The UPID, or {@code null} when a delayed call finished in time. */
        UPID_OR_NULL,
        /** An object whose {@code upid} field holds the UPID (consoles, tunnels). */
        OBJECT_WITH_UPID,
        /** Never the UPID: find the task in the node's list ({@code typefilter} = the worker type, {@code since} = the call). */
        NONE
    }

    private static final Pattern VAR = Pattern.compile("\\{([^}]+)}");

    private final HttpMethod method;
    private final String path;
    private final String apiName;
    private final List<String> workerTypes;
    private final Answer answer;
    private final String upidId;
    private final String permission;
    private final Map<String, EndpointParam> params;

    TaskEndpoint(HttpMethod method, String path, String apiName, List<String> workerTypes, Answer answer, String upidId,
                 String permission, List<EndpointParam> params) {
        this.method = method;
        this.path = path;
        this.apiName = apiName;
        this.workerTypes = List.copyOf(workerTypes);
        this.answer = answer;
        this.upidId = upidId;
        this.permission = permission;
        Map<String, EndpointParam> m = new LinkedHashMap<>();
        params.forEach(p -> m.put(p.name(), p));
        this.params = java.util.Collections.unmodifiableMap(m);
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the path template below {@code /api2/json}, such as {@code /nodes/{node}/qemu/{vmid}/clone} */
    public String path() {
        return path;
    }

    /** @return the schema's name for the call, such as {@code clone_vm} */
    public String apiName() {
        return apiName;
    }

    /** @return the worker types it starts, the usual one first */
    public List<String> workerTypes() {
        return workerTypes;
    }

    /** @return what the call answers */
    public Answer answer() {
        return answer;
    }

    /** @return what the UPID's id holds, in the table's notation ({@code {vmid}}, {@code ''}, ...) */
    public String upidId() {
        return upidId;
    }

    /** @return the permission the schema names ({@code path privilege}), if it names one */
    public Optional<String> permission() {
        return permission.isEmpty() ? Optional.empty() : Optional.of(permission);
    }

    /** @return the parameters by name, path variables first, in the schema's order */
    public Map<String, EndpointParam> params() {
        return params;
    }

    /** @return the names of the path variables, in order */
    public List<String> pathVariables() {
        List<String> out = new ArrayList<>();
        Matcher m = VAR.matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** @return the parameters a call cannot leave out: the path variables in path order, then the others */
    public List<EndpointParam> required() {
        List<EndpointParam> out = new ArrayList<>();
        for (String v : pathVariables()) {
            EndpointParam p = params.get(v);
            if (p != null) {
                out.add(p);
            }
        }
        params.values().stream().filter(p -> !p.optional() && !out.contains(p)).forEach(out::add);
        return out;
    }

    /** @return a builder of a checked request for this endpoint */
    public EndpointRequest request() {
        return new EndpointRequest(this);
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + String.join("|", workerTypes);
    }
}
