package io.github.pvetasks.simulator;

/**
 * A VM or container in the simulated cluster's inventory.
 *
 * @param vmid the id, unique in the cluster
 * @param node the node it lives on
 * @param kind QEMU VM or LXC container
 * @param name its name
 * @param template whether it is a template (clones of templates are linked by default)
 * @param running whether it runs
 * @param haManaged whether the HA manager owns it (start/stop/migrate answer with ha* tasks)
 */
public record Guest(long vmid, String node, Kind kind, String name, boolean template, boolean running, boolean haManaged) {

    /** Guest kinds. */
    public enum Kind {
        /** A QEMU virtual machine ({@code /qemu}). */
        QEMU,
        /** An LXC container ({@code /lxc}). */
        LXC
    }

    /**
     * @param vmid the id, 100 to 999999999
     * @param node the node
     * @param kind VM or container
     * @param name the name
     * @param template whether it is a template
     * @param running whether it runs
     * @param haManaged whether HA manages it
     * @throws IllegalArgumentException for a vmid outside 100..999999999 or a missing value
     */
    public Guest {
        if (vmid < 100 || vmid > 999_999_999) {
            throw new IllegalArgumentException("invalid VM id " + vmid);
        }
        if (node == null || kind == null || name == null) {
            throw new IllegalArgumentException("a guest needs a node, a kind and a name");
        }
    }

    /**
     * @param vmid the id
     * @param node the node
     * @param name the name
     * @return a stopped VM
     */
    public static Guest vm(long vmid, String node, String name) {
        return new Guest(vmid, node, Kind.QEMU, name, false, false, false);
    }

    /**
     * @param vmid the id
     * @param node the node
     * @param name the name
     * @return a stopped container
     */
    public static Guest container(long vmid, String node, String name) {
        return new Guest(vmid, node, Kind.LXC, name, false, false, false);
    }

    /** @return a copy that is a template */
    public Guest asTemplate() {
        return new Guest(vmid, node, kind, name, true, false, haManaged);
    }

    /** @return a copy that runs */
    public Guest started() {
        return new Guest(vmid, node, kind, name, template, true, haManaged);
    }

    /** @return a copy that is stopped */
    public Guest stopped() {
        return new Guest(vmid, node, kind, name, template, false, haManaged);
    }

    /** @return a copy managed by HA */
    public Guest withHa() {
        return new Guest(vmid, node, kind, name, template, running, true);
    }

    /**
     * @param target the new node
     * @return a copy on another node
     */
    public Guest on(String target) {
        return new Guest(vmid, target, kind, name, template, running, haManaged);
    }
}
