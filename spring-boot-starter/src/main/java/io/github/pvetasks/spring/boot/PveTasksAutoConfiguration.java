package io.github.pvetasks.spring.boot;

import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.monitor.TaskMonitor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The clients and the monitor, from {@code pve-tasks.*} (or a {@link PveConnectionDetails} bean).
 * Every bean backs off when the application defines its own; customizer beans shape the
 * builders. The monitor is a {@link org.springframework.context.SmartLifecycle} that stops in the
 * graceful-shutdown phase, and the clients close after it.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration")
@ConditionalOnClass(PveClient.class)
@EnableConfigurationProperties(PveTasksProperties.class)
public class PveTasksAutoConfiguration {

    /**
     * @param properties {@code pve-tasks.*}
     * @param sslBundles the application's SSL bundles, if any
     * @return the servers as the properties describe them
     */
    @Bean
    @ConditionalOnMissingBean(PveConnectionDetails.class)
    @Conditional(ServersConfigured.class)
    public PveConnectionDetails pveConnectionDetails(PveTasksProperties properties, ObjectProvider<SslBundles> sslBundles) {
        return new PropertiesPveConnectionDetails(properties, sslBundles.getIfAvailable());
    }

    /**
     * @param details the servers
     * @param customizers ordered builder customizers
     * @return a client per server
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBean(PveConnectionDetails.class)
    public PveClients pveClients(PveConnectionDetails details, ObjectProvider<PveClientBuilderCustomizer> customizers) {
        Map<String, PveClient> clients = new LinkedHashMap<>();
        try {
            details.servers().forEach((name, server) -> {
                PveClient.Builder b = PveClient.builder().baseUri(server.url()).credentials(server.credentials())
                        .tlsTrust(server.trust()).product(server.product()).transportProvider(server.transport())
                        .transportOptions(o -> o.connectTimeout(server.connectTimeout()).requestTimeout(server.requestTimeout()));
                if ("vertx".equals(server.transport())) {
                    NettyCompatibility.requireForVertx("pve-tasks.servers." + name + ".transport=vertx");
                }
                customizers.orderedStream().forEach(c -> c.customize(name, b));
                clients.put(name, b.build());
            });
        } catch (RuntimeException e) {
            clients.values().forEach(PveClient::close);
            throw e;
        }
        return new PveClients(clients, details.servers());
    }

    /**
     * The only server's client, injectable as {@link PveClient}; with several servers, inject
     * {@link PveClients} and ask by name.
     *
     * @param clients the clients
     * @return the only one
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean(PveClient.class)
    @ConditionalOnBean(PveClients.class)
    @Conditional(SingleServer.class)
    public PveClient pveClient(PveClients clients) {
        return clients.only().orElseThrow(() -> new IllegalStateException("more than one pve-tasks server: inject PveClients"));
    }

    /**
     * One monitor over every server (the first server without node names takes its product's
     * other nodes).
     *
     * @param clients the clients
     * @param details the servers
     * @param properties {@code pve-tasks.monitor.*}
     * @param customizers ordered monitor customizers
     * @return the monitor; {@link TaskMonitorLifecycle} stops it gracefully
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnBean(PveClients.class)
    @ConditionalOnProperty(prefix = "pve-tasks.monitor", name = "enabled", havingValue = "true", matchIfMissing = true)
    public TaskMonitor pveTaskMonitor(PveClients clients, PveConnectionDetails details, PveTasksProperties properties,
            ObjectProvider<TaskMonitorCustomizer> customizers) {
        String first = details.servers().entrySet().stream().filter(e -> e.getValue().nodes().isEmpty()).map(Map.Entry::getKey)
                .findFirst().orElse(clients.names().iterator().next());
        TaskMonitor.Builder b = TaskMonitor.builder(clients.get(first)).maxInFlightPerNode(properties.getMonitor().getMaxInFlightPerNode());
        clients.all().forEach((name, client) -> {
            if (!name.equals(first)) {
                b.server(client, details.servers().get(name).nodes().toArray(new String[0]));
            }
        });
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }

    /**
     * @param monitor the monitor
     * @param environment for {@code spring.lifecycle.timeout-per-shutdown-phase}
     * @return the monitor's graceful stop
     */
    @Bean
    @ConditionalOnBean(TaskMonitor.class)
    @ConditionalOnMissingBean
    public TaskMonitorLifecycle pveTaskMonitorLifecycle(TaskMonitor monitor, Environment environment) {
        return new TaskMonitorLifecycle(monitor, org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("spring.lifecycle.timeout-per-shutdown-phase", java.time.Duration.class).orElse(TaskMonitorLifecycle.DEFAULT_GRACE));
    }
}
