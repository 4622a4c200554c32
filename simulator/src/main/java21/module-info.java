/**
 * The embedded Proxmox VE / Proxmox Backup Server task API simulator (no test library). On
 * Vert.x 5, a named module only from Java 21 on: on Java 17 this jar is the automatic module
 * of the same name.
 */
module io.github.pvetasks.simulator {
    requires transitive io.github.pvetasks.core;
    requires io.vertx.core;

    exports io.github.pvetasks.simulator;
}
