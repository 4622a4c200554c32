package io.github.pvetasks.simulator;

/** How the simulator reports errors, as different Proxmox VE versions do. */
public enum ErrorStyle {
    /** libpve-http-server 5.2.0 and later (PVE 8.3+): the message in the reason phrase and in the body's {@code message}. */
    MODERN,
    /** Older servers: the message only in the HTTP reason phrase; the body is {@code {"data":null}} (plus {@code errors}). */
    LEGACY
}
