package io.github.pvetasks.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Realistic default scripts per task type, printing the log formats real servers print
 * (pve-task-api.md section 4), with durations that fit a demo at a high time scale.
 */
final class Lifecycles {

    static final long DISK_BYTES = 32L * 1024 * 1024 * 1024;
    private static final DateTimeFormatter MIGRATION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Lifecycles() {
    }

    /** {@code PVE::Format::render_bytes($v, 1)}. */
    static String bytes(double v) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** {@code PVE::Format::render_duration}. */
    static String duration(long seconds) {
        if (seconds <= 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long[] values = {86400, 3600, 60, 1};
        String[] names = {"d", "h", "m", "s"};
        long rest = seconds;
        for (int i = 0; i < values.length; i++) {
            long n = rest / values[i];
            rest %= values[i];
            if (n > 0 || sb.length() > 0) {
                sb.append(sb.length() > 0 ? " " : "").append(n).append(names[i]);
            }
        }
        return sb.toString();
    }

    static TaskScript cloneFull(long source, long newid, boolean running, Duration d) {
        TaskScript.Builder b = TaskScript.builder(d)
                .line(Duration.ZERO, "create full clone of drive scsi0 (local-lvm:vm-" + source + "-disk-0)")
                .line(Duration.ZERO, "  Logical volume \"vm-" + newid + "-disk-0\" created.");
        int steps = 20;
        long secs = Math.max(1, d.getSeconds() - 2);
        if (running) {
            b.line(Duration.ofMillis(500), "drive mirror is starting for drive-scsi0");
            for (int i = 0; i <= steps; i++) {
                double f = (double) i / steps;
                Duration at = Duration.ofMillis((long) (1000 + f * (secs - 1) * 1000));
                b.line(at, String.format(Locale.ROOT, "mirror-scsi0: transferred %s of %s (%.2f%%) in %s%s",
                        bytes(f * DISK_BYTES), bytes(DISK_BYTES), f * 100, duration(at.getSeconds()), i == steps ? ", ready" : ""));
            }
            Duration tail = Duration.ofMillis(secs * 1000 + 500);
            b.line(tail, "all 'mirror' jobs are ready").line(tail, "mirror-scsi0: Completing block job...")
                    .line(tail, "mirror-scsi0: Completed successfully.").line(tail, "mirror-scsi0: mirror-job finished");
        } else {
            for (int i = 0; i <= steps; i++) {
                double f = (double) i / steps;
                b.line(Duration.ofMillis((long) (1000 + f * (secs - 1) * 1000)), String.format(Locale.ROOT,
                        "transferred %s of %s (%.2f%%)", bytes(f * DISK_BYTES), bytes(DISK_BYTES), f * 100));
            }
        }
        return b.onStop("clone failed: interrupted by signal").build();
    }

    static TaskScript cloneLinked(long source, long newid, Duration d) {
        return TaskScript.builder(d)
                .line(Duration.ZERO, "create linked clone of drive scsi0 (local-lvm:base-" + source + "-disk-0)")
                .line(Duration.ZERO, "  Logical volume \"vm-" + newid + "-disk-0\" created.")
                .onStop("clone failed: interrupted by signal").build();
    }

    static TaskScript createContainer(long vmid, String template, Duration d) {
        long secs = Math.max(4, d.getSeconds());
        String host = "ct" + vmid;
        return TaskScript.builder(Duration.ofSeconds(secs))
                .line(Duration.ZERO, "extracting archive '/var/lib/vz/template/cache/" + template.replaceFirst("^.*/", "") + "'")
                .line(Duration.ofSeconds(secs - 3), "Total bytes read: 524288000 (500MiB, 42MiB/s)")
                .line(Duration.ofSeconds(secs - 3), "Detected container architecture: amd64")
                .line(Duration.ofSeconds(secs - 2), "Creating SSH host key 'ssh_host_rsa_key' - this may take some time ...")
                .line(Duration.ofSeconds(secs - 1), "done: SHA256:u5Wn0J0nC2bV6f0B4yYc8Vv2o5xk1mHq9tZrLw3dEaQ root@" + host)
                .line(Duration.ofSeconds(secs - 1), "Creating SSH host key 'ssh_host_ed25519_key' - this may take some time ...")
                .line(Duration.ofSeconds(secs), "done: SHA256:9Qm2rW7cT1xY4pL8nB3vK6sD0fH5jG2aZ1eR7uI4oPc root@" + host)
                .build();
    }

    static TaskScript vzdump(long vmid, Instant start, Duration d) {
        long secs = Math.max(6, d.getSeconds());
        TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(secs))
                .line(Duration.ZERO, "INFO: starting new backup job: vzdump " + vmid + " --mode snapshot --storage local")
                .line(Duration.ZERO, "INFO: Starting Backup of VM " + vmid + " (qemu)")
                .line(Duration.ZERO, "INFO: Backup started at " + MIGRATION_TIME.format(start))
                .line(Duration.ZERO, "INFO: status = running")
                .line(Duration.ZERO, "INFO: backup mode: snapshot")
                .line(Duration.ofSeconds(1), "INFO: creating vzdump archive '/var/lib/vz/dump/vzdump-qemu-" + vmid + ".vma.zst'");
        int last = -1;
        for (long s = 3; s < secs - 1; s += 3) {
            int pct = (int) (100 * (s - 2) / (secs - 3));
            if (pct == last || pct > 100) {
                continue;
            }
            last = pct;
            b.line(Duration.ofSeconds(s), String.format(Locale.ROOT, "INFO: %3d%% (%s of %s) in %s, read: %s/s, write: %s/s",
                    pct, bytes(DISK_BYTES * pct / 100.0), bytes(DISK_BYTES), duration(s - 2), bytes(512.0 * 1024 * 1024), bytes(480.0 * 1024 * 1024)));
        }
        Duration end = Duration.ofSeconds(secs);
        return b.line(end, String.format(Locale.ROOT, "INFO: 100%% (%s of %s) in %s, read: %s/s, write: %s/s", bytes(DISK_BYTES),
                        bytes(DISK_BYTES), duration(secs - 2), bytes(512.0 * 1024 * 1024), bytes(480.0 * 1024 * 1024)))
                .line(end, String.format(Locale.ROOT, "INFO: Finished Backup of VM %d (%02d:%02d:%02d)", vmid, secs / 3600, secs / 60 % 60, secs % 60))
                .line(end, "INFO: Backup finished at " + MIGRATION_TIME.format(start.plus(end)))
                .line(end, "INFO: Backup job finished successfully")
                .onStop("interrupted by signal", "ERROR: Backup of VM " + vmid + " failed - interrupted by signal",
                        "INFO: Backup job finished with errors")
                .build();
    }

    static TaskScript migrate(long vmid, String target, boolean online, Instant start, Duration d) {
        long secs = Math.max(5, d.getSeconds());
        TaskScript.Builder b = TaskScript.builder(Duration.ofSeconds(secs));
        line(b, start, 0, "starting migration of VM " + vmid + " to node '" + target + "' (192.0.2.20)");
        if (online) {
            line(b, start, 0, "starting VM " + vmid + " on remote node '" + target + "'");
            line(b, start, 1, "start remote tunnel");
            line(b, start, 1, "starting online/live migration on unix:/run/qemu-server/" + vmid + ".migrate");
            long state = 8L * 1024 * 1024 * 1024;
            for (long s = 2; s < secs - 1; s++) {
                double f = Math.min(1.0, (double) (s - 1) / (secs - 2));
                line(b, start, s, String.format(Locale.ROOT, "migration active, transferred %s of %s VM-state, %s/s",
                        bytes(f * state), bytes(state), bytes(state / (double) (secs - 2))));
            }
            line(b, start, secs - 1, "average migration speed: " + bytes(state / (double) (secs - 2)) + "/s - downtime 42 ms");
            line(b, start, secs - 1, "migration status: completed");
        } else {
            line(b, start, 1, "copying local disk images");
        }
        line(b, start, secs, String.format(Locale.ROOT, "migration finished successfully (duration %02d:%02d:%02d)", secs / 3600, secs / 60 % 60, secs % 60));
        return b.onStop("migration aborted").build();
    }

    private static void line(TaskScript.Builder b, Instant start, long at, String text) {
        b.line(Duration.ofSeconds(at), MIGRATION_TIME.format(start.plusSeconds(at)) + " " + text);
    }

    static TaskScript snapshot(long vmid, String name, Duration d) {
        return TaskScript.builder(d)
                .line(Duration.ZERO, "snapshotting 'drive-scsi0' (local-lvm:vm-" + vmid + "-disk-0)")
                .line(d, "  Logical volume \"snap_vm-" + vmid + "-disk-0_" + name + "\" created.")
                .build();
    }

    static TaskScript haRequest(String what, long vmid) {
        return TaskScript.builder(Duration.ofSeconds(1)).line(Duration.ZERO, "Requesting HA " + what + " for VM " + vmid).build();
    }

    static TaskScript quiet(Duration d) {
        return TaskScript.ok(d);
    }

    static TaskScript failing(Duration d, String message) {
        return TaskScript.builder(d).endsWithError(message).build();
    }
}
