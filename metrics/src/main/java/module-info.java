/**
 * Micrometer meters and Observations for tasks, the monitor and every HTTP exchange. Micrometer
 * names its jars as automatic modules ({@code micrometer.core}, {@code micrometer.observation},
 * {@code micrometer.commons}); its types are in this module's API, hence {@code transitive}.
 */
module io.github.pvetasks.metrics {
    requires transitive io.github.pvetasks.monitor;
    requires transitive micrometer.core;
    requires transitive micrometer.observation;
    requires transitive micrometer.commons;

    exports io.github.pvetasks.metrics;
}
