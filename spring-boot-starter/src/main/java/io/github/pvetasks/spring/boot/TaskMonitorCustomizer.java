package io.github.pvetasks.spring.boot;

import io.github.pvetasks.monitor.TaskMonitor;

/**
 * Shapes the auto-configured monitor before it is built (wait policies, progress parsers,
 * listeners). Beans of this type are applied in {@code @Order} / {@code Ordered} order.
 */
@FunctionalInterface
public interface TaskMonitorCustomizer {

    /**
     * @param builder the monitor's builder, already holding every configured server
     */
    void customize(TaskMonitor.Builder builder);
}
