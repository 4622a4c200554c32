package io.github.pvetasks.spring.boot;

import io.github.pvetasks.monitor.TaskMonitor;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.regex.Pattern;

/**
 * With the actuator: the {@code pvetasks} endpoint, and secrets masked in {@code /env} and
 * {@code /configprops} even when {@code management.endpoint.*.show-values=always}.
 */
@AutoConfiguration(after = PveTasksAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
public class PveTasksActuatorAutoConfiguration {

    /**
     * {@code pve-tasks.servers.<name>.token} and {@code .password} as {@code /env} shows them (any
     * relaxed form: {@code PVE_TASKS_SERVERS_PVE1_TOKEN} too), and as {@code /configprops} shows the
     * bound properties (the key within {@code pve-tasks}).
     */
    static final Pattern SECRET_KEYS = Pattern.compile("(?i)^(pve[-_]?tasks[._]servers[._].+[._])?(token|password)$");

    /** @return masks the servers' tokens and passwords */
    @Bean
    public SanitizingFunction pveTasksSecrets() {
        return data -> data.getKey() != null && data.getValue() != null && isSecret(data) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(SanitizableData data) {
        String key = data.getKey();
        boolean pveTasks = key.toLowerCase(java.util.Locale.ROOT).replace("_", "").replace("-", "").startsWith("pvetasks");
        return SECRET_KEYS.matcher(key).matches() && (pveTasks || data.getPropertySource() == null || !key.contains("."));
    }

    /** The endpoint, when the monitor is there and the endpoint is exposed. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(TaskMonitor.class)
    @ConditionalOnAvailableEndpoint(PveTasksEndpoint.class)
    static class EndpointConfiguration {

        /**
         * @param monitor the monitor, whose requests it counts from now on
         * @return the counter
         */
        @Bean
        @ConditionalOnMissingBean
        MonitorRequestCounter pveTasksRequestCounter(TaskMonitor monitor) {
            MonitorRequestCounter counter = new MonitorRequestCounter();
            monitor.addListener(counter);
            return counter;
        }

        /**
         * @param monitor the monitor
         * @param clients the servers
         * @param counter the request counter
         * @return {@code /actuator/pvetasks}
         */
        @Bean
        @ConditionalOnMissingBean
        PveTasksEndpoint pveTasksEndpoint(TaskMonitor monitor, PveClients clients, MonitorRequestCounter counter) {
            return new PveTasksEndpoint(monitor, clients, counter);
        }
    }
}
