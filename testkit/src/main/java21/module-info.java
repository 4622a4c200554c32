/**
 * The simulator's JUnit 5 extension and the shared transport contract suites. JUnit runs the
 * suites' test methods reflectively, so the package is open to it.
 */
module io.github.pvetasks.testkit {
    requires transitive io.github.pvetasks.simulator;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires transitive org.assertj.core;
    requires io.vertx.core;

    exports io.github.pvetasks.testkit;

    opens io.github.pvetasks.testkit to org.junit.platform.commons;
}
