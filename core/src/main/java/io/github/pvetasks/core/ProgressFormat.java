package io.github.pvetasks.core;

/** Which kind of log line a {@link Progress} was read from. */
public enum ProgressFormat {
    /** QEMU block-job mirror: {@code mirror-scsi0: transferred X of Y (P%) in D} or the older {@code drive-...} forms. */
    MIRROR,
    /** {@code qemu-img convert} during a clone or disk move of a stopped VM. */
    QEMU_IMG,
    /** vzdump of a QEMU guest: {@code INFO:  45% (X of Y) in D, read: R/s, write: W/s}. */
    VZDUMP,
    /** Live migration of RAM state: {@code migration active, transferred X of Y VM-state, R/s}. */
    MIGRATION,
    /** Restore from a VMA archive or from Proxmox Backup Server: {@code progress N% (read B bytes, ...)}. */
    RESTORE,
    /** Proxmox Backup Server tasks: {@code percentage done: P% (...)}. */
    PBS,
    /** Proxmox Backup Server garbage collection: {@code marked N% (...)} (phase 1), {@code processed N% (...)} (phase 2). */
    PBS_GC,
    /** A format added by a user's own {@link ProgressParser}. */
    CUSTOM
}
