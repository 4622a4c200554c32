/**
 * Durable, replicated watches: the monitor's node cycles run as db-scheduler executions on the
 * service's database, so watches outlive a process and replicas share them.
 */
module io.github.pvetasks.jdbc {
    requires transitive io.github.pvetasks.monitor;
    requires transitive java.sql;
    requires com.github.kagkarlsson.scheduler;
    requires org.slf4j;

    exports io.github.pvetasks.jdbc;
}
