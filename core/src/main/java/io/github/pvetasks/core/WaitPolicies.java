package io.github.pvetasks.core;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A table of wait policies by task type, with a fallback for every other type.
 *
 * <p>The defaults follow the task management guide's timeout table and map each Proxmox VE task
 * type to its operation:
 * <table>
 *   <caption>Default timeouts</caption>
 *   <tr><th>operation</th><th>types</th><th>timeout</th></tr>
 *   <tr><td>clone (and other disk copies)</td><td>qmclone, vzclone, qmmove, move_volume, qmigrate, vzmigrate</td><td>2 h</td></tr>
 *   <tr><td>backup and restore</td><td>vzdump, qmrestore, vzrestore</td><td>4 h</td></tr>
 *   <tr><td>snapshot</td><td>qm/vz snapshot, rollback, delsnapshot</td><td>10 min</td></tr>
 *   <tr><td>start / stop</td><td>qm/vz start, stop, shutdown, reboot, reset, suspend, resume, pause; hastart, hastop</td><td>5 min</td></tr>
 *   <tr><td>create</td><td>qmcreate, vzcreate</td><td>30 min</td></tr>
 *   <tr><td>migrate many, bulk actions, HA migrate</td><td>migrateall, startall, stopall, suspendall, bulk-*, hamigrate</td><td>2 h</td></tr>
 *   <tr><td>storage and disk work</td><td>download, pbs-download, ociregistrypull, imgcopy, resize, wipedisk, diskinit, dir/lvm/lvmthin/zfs create and remove, prunebackups</td><td>1 h</td></tr>
 *   <tr><td>Ceph</td><td>ceph* (create/destroy OSD, MON, MGR, MDS, pool, fs, flags)</td><td>1 h</td></tr>
 *   <tr><td>guest lifecycle</td><td>qm/vz destroy and template, qmconfig, imgdel, qmdestroy</td><td>10 min</td></tr>
 *   <tr><td>package lists</td><td>aptupdate</td><td>30 min</td></tr>
 *   <tr><td>node and cluster</td><td>srv start/stop/restart/reload, reloadnetworkall, cluster create/join, ACME, realm sync</td><td>10 min</td></tr>
 *   <tr><td>consoles and tunnels</td><td>vncproxy, vncshell, spiceproxy, spiceshell, qmtunnel, vzmtunnel: they run while the session lasts</td><td>12 h</td></tr>
 *   <tr><td>anything else</td><td></td><td>30 min</td></tr>
 * </table>
 *
 * <p>Immutable; the {@code with...} methods return changed copies.
 */
public final class WaitPolicies {

    private static final Duration CLONE = Duration.ofHours(2);
    private static final Duration BACKUP = Duration.ofHours(4);
    private static final Duration SNAPSHOT = Duration.ofMinutes(10);
    private static final Duration START_STOP = Duration.ofMinutes(5);
    private static final Duration CREATE = Duration.ofMinutes(30);

    private static final WaitPolicies DEFAULTS = new WaitPolicies(WaitPolicy.defaults(), defaultTable());

    private final WaitPolicy fallback;
    private final Map<String, WaitPolicy> byType;

    private WaitPolicies(WaitPolicy fallback, Map<String, WaitPolicy> byType) {
        this.fallback = fallback;
        this.byType = Map.copyOf(byType);
    }

    private static Map<String, WaitPolicy> defaultTable() {
        Map<String, WaitPolicy> t = new HashMap<>();
        put(t, CLONE, "qmclone", "vzclone", "qmmove", "move_volume", "qmigrate", "vzmigrate");
        put(t, BACKUP, "vzdump", "qmrestore", "vzrestore");
        put(t, SNAPSHOT, "qmsnapshot", "vzsnapshot", "qmrollback", "vzrollback", "qmdelsnapshot", "vzdelsnapshot");
        put(t, START_STOP, "qmstart", "qmstop", "qmshutdown", "qmreboot", "qmreset", "qmsuspend", "qmresume",
                "qmpause", "vzstart", "vzstop", "vzshutdown", "vzreboot", "vzsuspend", "vzresume", "hastart", "hastop");
        put(t, CREATE, "qmcreate", "vzcreate");
        put(t, Duration.ofHours(2), "migrateall", "startall", "stopall", "suspendall", "bulk-start", "bulk-shutdown", "bulk-suspend",
                "bulk-migrate", "hamigrate");
        put(t, Duration.ofHours(1), "download", "pbs-download", "ociregistrypull", "imgcopy", "resize", "wipedisk", "diskinit",
                "dircreate", "dirremove", "lvmcreate", "lvmremove", "lvmthincreate", "lvmthinremove", "zfscreate", "zfsremove",
                "prunebackups", "cephcreateosd", "cephdestroyosd", "cephcreatemon", "cephdestroymon", "cephcreatemgr", "cephdestroymgr",
                "cephcreatemds", "cephdestroymds", "cephcreatepool", "cephdestroypool", "cephsetpool", "cephfscreate", "cephsetflags");
        put(t, SNAPSHOT, "qmdestroy", "vzdestroy", "qmtemplate", "vztemplate", "qmconfig", "imgdel", "srvstart", "srvstop",
                "srvrestart", "srvreload", "reloadnetworkall", "clustercreate", "clusterjoin", "acmeregister", "acmeupdate", "acmerefresh",
                "acmedeactivate", "acmenewcert", "acmerenew", "acmerevoke", "auth-realm-sync", "auth-realm-sync-test");
        put(t, Duration.ofMinutes(30), "aptupdate");
        put(t, Duration.ofHours(12), "vncproxy", "vncshell", "spiceproxy", "spiceshell", "qmtunnel", "vzmtunnel");
        return t;
    }

    private static void put(Map<String, WaitPolicy> table, Duration timeout, String... types) {
        WaitPolicy p = WaitPolicy.defaults().withTimeout(timeout);
        for (String type : types) {
            table.put(type, p);
        }
    }

    /**
     * @param type a task type
     * @return whether the table has a policy of its own for it (not the fallback)
     */
    public boolean covers(String type) {
        return byType.containsKey(PveIdentifiers.requireNonNull(type, "task type"));
    }

    /** @return the default table described above */
    public static WaitPolicies defaults() {
        return DEFAULTS;
    }

    /**
     * @param type a task type such as {@code qmclone}
     * @return the policy for that type, or the fallback
     * @throws IllegalArgumentException when type is null
     */
    public WaitPolicy forType(String type) {
        PveIdentifiers.requireNonNull(type, "task type");
        return byType.getOrDefault(type, fallback);
    }

    /**
     * @param type a task type
     * @param policy the policy to use for it
     * @return a copy with that entry
     */
    public WaitPolicies with(String type, WaitPolicy policy) {
        PveIdentifiers.requireNonNull(type, "task type");
        PveIdentifiers.requireNonNull(policy, "wait policy");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("task type must not be empty");
        }
        Map<String, WaitPolicy> t = new HashMap<>(byType);
        t.put(type, policy);
        return new WaitPolicies(fallback, t);
    }

    /**
     * @param type a task type
     * @param timeout the timeout to use for it, with the fallback's other settings
     * @return a copy with that entry
     */
    public WaitPolicies withTimeout(String type, Duration timeout) {
        return with(type, forType(type).withTimeout(timeout));
    }

    /**
     * @param policy the policy for every type without an entry
     * @return a copy with that fallback
     */
    public WaitPolicies withFallback(WaitPolicy policy) {
        return new WaitPolicies(PveIdentifiers.requireNonNull(policy, "fallback wait policy"), byType);
    }
}
