/** The task monitor: one scheduler thread watches any number of tasks on any number of nodes. */
module io.github.pvetasks.monitor {
    requires transitive io.github.pvetasks.core;
    requires org.slf4j;

    exports io.github.pvetasks.monitor;
    // the parts the durable monitor reuses; not API
    exports io.github.pvetasks.monitor.internal to io.github.pvetasks.jdbc;
}
