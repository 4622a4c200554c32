package io.github.pvetasks.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A health contributor {@code pveTasks} with one indicator per server, with
 * {@code spring-boot-health} on the class path; {@code management.health.pve-tasks.enabled=false}
 * turns it off. Each check waits at most {@code pve-tasks.health.timeout} (default 3 s), so a
 * server that is down shows DOWN within one check.
 */
@AutoConfiguration(after = PveTasksAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(PveClients.class)
@ConditionalOnEnabledHealthIndicator("pve-tasks")
public class PveTasksHealthAutoConfiguration {

    /**
     * @param clients the clients
     * @param environment for {@code pve-tasks.health.timeout}
     * @return a contributor per server, under {@code pveTasks}
     */
    @Bean
    @ConditionalOnMissingBean(name = "pveTasksHealthContributor")
    public HealthContributor pveTasksHealthContributor(PveClients clients, Environment environment) {
        Duration timeout = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("pve-tasks.health.timeout", Duration.class).orElse(Duration.ofSeconds(3));
        Map<String, HealthContributor> servers = new LinkedHashMap<>();
        clients.all().forEach((name, client) -> servers.put(name,
                new PveServerHealthIndicator(client, clients.server(name).orElseThrow(), timeout)));
        return CompositeHealthContributor.fromMap(servers);
    }
}
