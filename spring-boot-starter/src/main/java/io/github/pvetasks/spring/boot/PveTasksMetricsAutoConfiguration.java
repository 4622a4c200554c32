package io.github.pvetasks.spring.boot;

import io.github.pvetasks.metrics.MeteredPveTransport;
import io.github.pvetasks.metrics.ObservedPveTransport;
import io.github.pvetasks.metrics.PveTaskMetrics;
import io.github.pvetasks.metrics.PveTaskObservations;
import io.github.pvetasks.monitor.TaskMonitor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Meters and observations with nothing to wire: with {@code pve-tasks-metrics} and a
 * {@link MeterRegistry}, the task and monitor meters are bound and every HTTP exchange is timed;
 * with an {@link ObservationRegistry}, each watched task and each exchange is an Observation (a
 * span, with a tracing bridge). {@code pve-tasks.metrics.enabled} and
 * {@code pve-tasks.observations.enabled} turn each off.
 */
@AutoConfiguration(after = PveTasksAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(PveTaskMetrics.class)
public class PveTasksMetricsAutoConfiguration {

    /** Meters, when a registry is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnProperty(prefix = "pve-tasks.metrics", name = "enabled", havingValue = "true", matchIfMissing = true)
    static class Meters {

        /**
         * @param registry the application's registry
         * @return a customizer timing every HTTP exchange of every client
         */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 10)
        PveClientBuilderCustomizer pveTasksMeteredTransport(MeterRegistry registry) {
            return (name, builder) -> builder.transportDecorator(t -> MeteredPveTransport.wrap(t, registry));
        }

        /**
         * @param monitor the monitor
         * @param registry the application's registry
         * @return the task and monitor meters, bound
         */
        @Bean(destroyMethod = "close")
        @ConditionalOnBean(TaskMonitor.class)
        @ConditionalOnMissingBean
        PveTaskMetrics pveTaskMetrics(TaskMonitor monitor, MeterRegistry registry) {
            PveTaskMetrics metrics = PveTaskMetrics.builder(monitor).build();
            metrics.bindTo(registry);
            return metrics;
        }
    }

    /** Observations, when a registry is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnProperty(prefix = "pve-tasks.observations", name = "enabled", havingValue = "true", matchIfMissing = true)
    static class Observations {

        /**
         * @param registry the application's registry
         * @return a customizer observing every HTTP exchange (inside the meters, so both see it)
         */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 20)
        PveClientBuilderCustomizer pveTasksObservedTransport(ObservationRegistry registry) {
            return (name, builder) -> builder.transportDecorator(t -> ObservedPveTransport.wrap(t, registry));
        }

        /**
         * @param monitor the monitor
         * @param registry the application's registry
         * @return an Observation per watched task
         */
        @Bean(destroyMethod = "close")
        @ConditionalOnBean(TaskMonitor.class)
        @ConditionalOnMissingBean
        PveTaskObservations pveTaskObservations(TaskMonitor monitor, ObservationRegistry registry) {
            return PveTaskObservations.builder(monitor, registry).build();
        }
    }
}
