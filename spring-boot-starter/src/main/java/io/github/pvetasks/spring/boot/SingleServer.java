package io.github.pvetasks.spring.boot;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the connection details hold exactly one server (decided once the beans are known). */
final class SingleServer implements ConfigurationCondition {

    @Override
    public ConfigurationPhase getConfigurationPhase() {
        return ConfigurationPhase.REGISTER_BEAN;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var factory = context.getBeanFactory();
        if (factory == null) {
            return false;
        }
        String[] names = factory.getBeanNamesForType(PveConnectionDetails.class, true, false);
        if (names.length != 1) {
            return false;
        }
        if ("pveConnectionDetails".equals(names[0]) && ServersConfigured.count(context) > 0) {
            return ServersConfigured.count(context) == 1; // ours, from the properties: count them without creating it
        }
        // a connection details bean of the application's or the test starter's: ask it
        return ((PveConnectionDetails) factory.getBean(names[0])).servers().size() == 1;
    }
}
