package io.github.pvetasks.core;

import java.util.regex.Pattern;

/**
 * Checks for the identifiers that Proxmox VE validates with its own formats (node names, VM ids,
 * snapshot names), so that bad input fails at the call, before any request is sent.
 */
public final class PveIdentifiers {

    /** The smallest VM or container id Proxmox VE accepts. */
    public static final long MIN_VMID = 100;
    /** The largest VM or container id Proxmox VE accepts. */
    public static final long MAX_VMID = 999_999_999;

    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]{1,39}");

    private PveIdentifiers() {
    }

    /**
     * @param name any string, may be null
     * @return true for a valid {@code pve-node} name: ASCII letters, digits and '-', neither
     *         starting nor ending with '-'
     */
    public static boolean isValidNodeName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && !(c == '-' && i > 0 && i < n - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param name the node name to check
     * @return {@code name}
     * @throws IllegalArgumentException naming the value when it is not a valid node name
     */
    public static String requireNodeName(String name) {
        if (!isValidNodeName(name)) {
            throw new IllegalArgumentException("invalid node name '" + name
                    + "': use letters, digits and '-', not starting or ending with '-'");
        }
        return name;
    }

    /**
     * @param vmid the VM or container id to check
     * @return {@code vmid}
     * @throws IllegalArgumentException when it is outside 100..999999999
     */
    public static long requireVmid(long vmid) {
        if (vmid < MIN_VMID || vmid > MAX_VMID) {
            throw new IllegalArgumentException("invalid VM id " + vmid + ": must be between "
                    + MIN_VMID + " and " + MAX_VMID);
        }
        return vmid;
    }

    /**
     * @param name the snapshot name to check
     * @return {@code name}
     * @throws IllegalArgumentException when it is not a letter followed by 1 to 39 letters,
     *         digits, '_' or '-'
     */
    public static String requireSnapshotName(String name) {
        if (name == null || !SNAPSHOT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid snapshot name '" + name
                    + "': a letter followed by 1 to 39 letters, digits, '_' or '-'");
        }
        return name;
    }

    /**
     * @param value the value to check
     * @param what what the value is, for the message
     * @param <T> the value's type
     * @return {@code value}
     * @throws IllegalArgumentException naming {@code what} when value is null
     */
    static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }
}
