package io.github.pvetasks.spring.boot;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Map;

/** Matches when {@code pve-tasks.servers} names at least one server. */
final class ServersConfigured implements Condition {

    static int count(ConditionContext context) {
        return Binder.get(context.getEnvironment()).bind("pve-tasks.servers", Bindable.mapOf(String.class, Object.class))
                .map(Map::size).orElse(0);
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return count(context) > 0;
    }
}
