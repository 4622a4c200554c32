/**
 * A modular consumer of pve-tasks: it requires the API modules only. The transports are not
 * required: core {@code uses} the transport provider and each transport {@code provides} it,
 * so the module system binds them.
 */
module io.github.pvetasks.jpms {
    requires io.github.pvetasks.monitor;
    requires io.github.pvetasks.simulator;
    requires io.github.pvetasks.jdbc;
    requires org.hsqldb;
}
