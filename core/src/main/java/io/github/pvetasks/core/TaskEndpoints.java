package io.github.pvetasks.core;

import io.github.pvetasks.core.spi.HttpMethod;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every Proxmox VE endpoint that starts a task, read from the facts tables shipped in this jar
 * ({@code pve-api/task-endpoints.tsv} and {@code task-endpoint-params.tsv}, extracted from
 * Proxmox VE 9.1's API schema and handler sources). Immutable and thread-safe.
 *
 * <pre>{@code
 * TaskEndpoint clone = TaskEndpoints.pve().find(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/clone").orElseThrow();
 * TaskRequest r = clone.request().set("node", "pve1").set("vmid", 100).set("newid", 123).build();
 * }</pre>
 */
public final class TaskEndpoints {

    private static final String DIR = "/io/github/pvetasks/core/pve-api/";
    private static final TaskEndpoints PVE = load();

    private final List<TaskEndpoint> all;

    private TaskEndpoints(List<TaskEndpoint> all) {
        this.all = List.copyOf(all);
    }

    /** @return the endpoints of Proxmox VE 9.1 */
    public static TaskEndpoints pve() {
        return PVE;
    }

    /** @return every endpoint, in the table's order */
    public List<TaskEndpoint> all() {
        return all;
    }

    /**
     * @param method the HTTP method
     * @param pathTemplate the path template, such as {@code /nodes/{node}/qemu/{vmid}/clone}
     * @return the endpoint, if it starts a task
     */
    public Optional<TaskEndpoint> find(HttpMethod method, String pathTemplate) {
        PveIdentifiers.requireNonNull(method, "HTTP method");
        PveIdentifiers.requireNonNull(pathTemplate, "path template");
        return all.stream().filter(e -> e.method() == method && e.path().equals(pathTemplate)).findFirst();
    }

    /** @return every worker type any endpoint starts, sorted */
    public List<String> workerTypes() {
        TreeSet<String> types = new TreeSet<>();
        all.forEach(e -> types.addAll(e.workerTypes()));
        return List.copyOf(types);
    }

    private static TaskEndpoints load() {
        Map<String, List<EndpointParam>> params = new LinkedHashMap<>();
        for (String[] r : rows("task-endpoint-params.tsv", 16)) {
            params.computeIfAbsent(r[0] + " " + r[1], k -> new ArrayList<>()).add(new EndpointParam(r[2],
                    EndpointParam.Location.valueOf(r[3].toUpperCase(java.util.Locale.ROOT)), r[4], r[5].equals("1"), blank(r[6]),
                    r[7].isEmpty() ? List.of() : Arrays.asList(r[7].split("\\|")), blank(r[8]), blank(r[9]), number(r[10]),
                    number(r[11]), integer(r[12]), integer(r[13])));
        }
        List<TaskEndpoint> endpoints = new ArrayList<>();
        for (String[] r : rows("task-endpoints.tsv", 14)) {
            String permission = r[6].isEmpty() ? "" : r[6] + " " + r[7];
            endpoints.add(new TaskEndpoint(HttpMethod.valueOf(r[0]), r[1], r[2], Arrays.asList(r[3].split("\\|")), answer(r[4]), r[5],
                    permission, params.getOrDefault(r[0] + " " + r[1], List.of())));
        }
        return new TaskEndpoints(Collections.unmodifiableList(endpoints));
    }

    private static TaskEndpoint.Answer answer(String v) {
        switch (v) {
            case "upid": return TaskEndpoint.Answer.UPID;
            case "upid_or_OK": return TaskEndpoint.Answer.UPID_OR_OK;
            case "upid_or_null": return TaskEndpoint.Answer.UPID_OR_NULL;
            case "object.upid": return TaskEndpoint.Answer.OBJECT_WITH_UPID;
            case "none": return TaskEndpoint.Answer.NONE;
            default: throw new IllegalStateException("unknown may_return '" + v + "' in task-endpoints.tsv");
        }
    }

    private static String blank(String v) {
        return v.isEmpty() ? null : v;
    }

    private static Double number(String v) {
        return v.isEmpty() ? null : Double.valueOf(v);
    }

    private static Integer integer(String v) {
        return v.isEmpty() ? null : Integer.valueOf(v);
    }

    private static List<String[]> rows(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TaskEndpoints.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("the facts table " + DIR + file + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i] == null ? "" : cells[i];
                    }
                    out.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return out;
    }
}
