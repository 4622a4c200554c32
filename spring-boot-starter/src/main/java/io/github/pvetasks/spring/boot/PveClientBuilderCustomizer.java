package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.PveClient;

/**
 * Shapes each auto-configured client before it is built, as Boot's own client customizers do.
 * Beans of this type are applied in {@code @Order} / {@code Ordered} order.
 */
@FunctionalInterface
public interface PveClientBuilderCustomizer {

    /**
     * @param serverName the server's name under {@code pve-tasks.servers}
     * @param builder the client's builder, already holding the server's url, credentials and trust
     */
    void customize(String serverName, PveClient.Builder builder);
}
