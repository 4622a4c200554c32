package io.github.pvetasks.core.internal;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.TaskQuery;
import io.github.pvetasks.core.TaskSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link TaskQuery} as Proxmox Backup Server's task list takes it. PBS lists running and
 * finished tasks by default (there is no {@code source}), answers any parameter it does not know
 * with a 400, and takes several status filters as repeated keys.
 */
final class PbsQueries {

    private PbsQueries() {
    }

    /**
     * @param q the query
     * @return its parameters for PBS; a list value is a repeated key
     * @throws IllegalArgumentException naming a filter PBS does not have
     */
    static Map<String, Object> parameters(TaskQuery q) {
        Map<String, Object> p = new LinkedHashMap<>();
        q.start().ifPresent(v -> p.put("start", Long.toString(v)));
        q.limit().ifPresent(v -> p.put("limit", Long.toString(v)));
        q.source().ifPresent(s -> {
            if (s == TaskSource.ACTIVE) {
                p.put("running", "1");
            } else if (s == TaskSource.ARCHIVE) {
                throw new IllegalArgumentException("source ARCHIVE: Proxmox Backup Server lists finished tasks only "
                        + "together with running ones; use ALL and keep the finished items");
            }
        });
        q.typeFilter().ifPresent(v -> p.put("typefilter", v));
        q.userFilter().ifPresent(v -> p.put("userfilter", v));
        if (q.vmid().isPresent()) {
            throw new IllegalArgumentException("vmid " + q.vmid().getAsLong()
                    + ": Proxmox Backup Server task lists have no VM id filter (it has no guests)");
        }
        q.since().ifPresent(v -> p.put("since", Long.toString(v.getEpochSecond())));
        q.until().ifPresent(v -> p.put("until", Long.toString(v.getEpochSecond())));
        if (!q.statusFilter().isEmpty()) {
            List<String> kinds = q.statusFilter().stream().map(ExitStatus.Kind::apiName).collect(Collectors.toList());
            p.put("statusfilter", kinds);
        }
        q.errors().ifPresent(v -> p.put("errors", v ? "1" : "0"));
        q.store().ifPresent(v -> p.put("store", v));
        return p;
    }
}
