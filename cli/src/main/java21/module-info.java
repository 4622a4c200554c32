/**
 * The pve-tasks command line: an application, run as the runnable jar (classifier {@code all})
 * or on the module path. picocli reads its commands' options reflectively, hence the open
 * package. On Vert.x 5, a named module only from Java 21 on, as the modules it uses.
 */
module io.github.pvetasks.cli {
    requires io.github.pvetasks.metrics;
    requires io.github.pvetasks.simulator;
    requires io.github.pvetasks.transport.jdk;
    requires io.github.pvetasks.transport.vertx;
    requires io.github.pvetasks.jdbc;           // the demo's durable scenario
    requires org.hsqldb;                        // its database server
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires me.tongfei.progressbar;

    exports io.github.pvetasks.cli;

    opens io.github.pvetasks.cli to info.picocli;
}
