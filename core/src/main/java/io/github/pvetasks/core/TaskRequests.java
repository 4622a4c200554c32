package io.github.pvetasks.core;

import io.github.pvetasks.core.spi.HttpMethod;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Ready-made {@link TaskRequest}s for the common task-starting endpoints, with the required
 * parameters checked before anything is sent. Add optional parameters with {@code with(...)}.
 */
public final class TaskRequests {

    private TaskRequests() {
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/clone} (task type {@code qmclone}; its UPID id is the
     * <em>source</em> VM). Common options: {@code name}, {@code full}, {@code target},
     * {@code storage}, {@code format}, {@code pool}, {@code snapname}, {@code description}, {@code bwlimit}.
     *
     * @param node the node holding the source VM
     * @param vmid the source VM (or template)
     * @param newid the new VM's id
     * @return the request
     */
    public static TaskRequest cloneVm(String node, long vmid, long newid) {
        PveIdentifiers.requireVmid(newid);
        if (vmid == newid) {
            throw new IllegalArgumentException("clone target id " + newid + " equals the source VM id");
        }
        return vm(HttpMethod.POST, node, vmid, "clone").with("newid", newid);
    }

    /**
     * {@code POST /nodes/{node}/lxc} (task type {@code vzcreate}). Common options:
     * {@code hostname}, {@code memory}, {@code rootfs}, {@code net0}, {@code storage},
     * {@code password}, {@code ssh-public-keys}, {@code unprivileged}, {@code start}.
     *
     * @param node the node to create the container on
     * @param vmid the new container's id
     * @param ostemplate the template volume, such as {@code local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst}
     * @return the request
     */
    public static TaskRequest createContainer(String node, long vmid, String ostemplate) {
        PveIdentifiers.requireNodeName(node);
        PveIdentifiers.requireVmid(vmid);
        if (ostemplate == null || ostemplate.isBlank()) {
            throw new IllegalArgumentException("container template must not be empty");
        }
        return TaskRequest.of(HttpMethod.POST, List.of("nodes", node, "lxc"))
                .with("vmid", vmid).with("ostemplate", ostemplate);
    }

    /**
     * {@code POST /nodes/{node}/vzdump} for some guests (task type {@code vzdump}). Submit it
     * with {@link TaskApi#submit(TaskRequest)}: the server answers {@code "OK"} without a task
     * when none of the guests is on this node. Common options: {@code storage}, {@code mode},
     * {@code compress}, {@code notes-template}, {@code remove}.
     *
     * @param node the node to back up on
     * @param vmids the guests, at least one
     * @return the request
     */
    public static TaskRequest vzdump(String node, long... vmids) {
        PveIdentifiers.requireNodeName(node);
        if (vmids == null || vmids.length == 0) {
            throw new IllegalArgumentException("vzdump needs at least one VM id (or use vzdumpAll)");
        }
        for (long id : vmids) {
            PveIdentifiers.requireVmid(id);
        }
        return TaskRequest.of(HttpMethod.POST, List.of("nodes", node, "vzdump"))
                .with("vmid", Arrays.stream(vmids).mapToObj(Long::toString).collect(Collectors.joining(",")));
    }

    /**
     * {@code POST /nodes/{node}/vzdump} with {@code all=1}: every guest on the node.
     *
     * @param node the node
     * @return the request
     */
    public static TaskRequest vzdumpAll(String node) {
        PveIdentifiers.requireNodeName(node);
        return TaskRequest.of(HttpMethod.POST, List.of("nodes", node, "vzdump")).with("all", true);
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/start} ({@code qmstart}, or {@code hastart} for HA guests).
     *
     * @param node the node
     * @param vmid the VM
     * @return the request
     */
    public static TaskRequest startVm(String node, long vmid) {
        return vm(HttpMethod.POST, node, vmid, "status", "start");
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/stop}: a hard stop ({@code qmstop} or {@code hastop}).
     *
     * @param node the node
     * @param vmid the VM
     * @return the request
     */
    public static TaskRequest stopVm(String node, long vmid) {
        return vm(HttpMethod.POST, node, vmid, "status", "stop");
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/status/shutdown}: an ACPI shutdown ({@code qmshutdown}).
     * Options: {@code timeout}, {@code forceStop}.
     *
     * @param node the node
     * @param vmid the VM
     * @return the request
     */
    public static TaskRequest shutdownVm(String node, long vmid) {
        return vm(HttpMethod.POST, node, vmid, "status", "shutdown");
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/migrate} ({@code qmigrate}, or {@code hamigrate}).
     * Options: {@code online}, {@code with-local-disks}, {@code targetstorage}, {@code bwlimit}.
     *
     * @param node the node the VM is on
     * @param vmid the VM
     * @param target the node to move it to
     * @return the request
     */
    public static TaskRequest migrateVm(String node, long vmid, String target) {
        PveIdentifiers.requireNodeName(target);
        if (target.equals(node)) {
            throw new IllegalArgumentException("migration target '" + target + "' is the VM's own node");
        }
        return vm(HttpMethod.POST, node, vmid, "migrate").with("target", target);
    }

    /**
     * {@code POST /nodes/{node}/qemu/{vmid}/snapshot} ({@code qmsnapshot}). Options:
     * {@code description}, {@code vmstate}.
     *
     * @param node the node
     * @param vmid the VM
     * @param snapname the snapshot name
     * @return the request
     */
    public static TaskRequest snapshotVm(String node, long vmid, String snapname) {
        PveIdentifiers.requireSnapshotName(snapname);
        return vm(HttpMethod.POST, node, vmid, "snapshot").with("snapname", snapname);
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/start} ({@code vzstart}).
     *
     * @param node the node
     * @param vmid the container
     * @return the request
     */
    public static TaskRequest startContainer(String node, long vmid) {
        return guest(HttpMethod.POST, node, "lxc", vmid, "status", "start");
    }

    /**
     * {@code POST /nodes/{node}/lxc/{vmid}/status/shutdown} ({@code vzshutdown}).
     *
     * @param node the node
     * @param vmid the container
     * @return the request
     */
    public static TaskRequest shutdownContainer(String node, long vmid) {
        return guest(HttpMethod.POST, node, "lxc", vmid, "status", "shutdown");
    }

    private static TaskRequest vm(HttpMethod method, String node, long vmid, String... rest) {
        return guest(method, node, "qemu", vmid, rest);
    }

    private static TaskRequest guest(HttpMethod method, String node, String kind, long vmid, String... rest) {
        PveIdentifiers.requireNodeName(node);
        PveIdentifiers.requireVmid(vmid);
        List<String> segments = new java.util.ArrayList<>(List.of("nodes", node, kind, Long.toString(vmid)));
        segments.addAll(List.of(rest));
        return TaskRequest.of(method, segments);
    }
}
