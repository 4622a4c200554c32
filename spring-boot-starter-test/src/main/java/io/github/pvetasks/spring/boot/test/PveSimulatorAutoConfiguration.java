package io.github.pvetasks.spring.boot.test;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.Product;
import io.github.pvetasks.core.spi.TlsTrust;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.PveSimulatorBuilder;
import io.github.pvetasks.spring.boot.NettyCompatibility;
import io.github.pvetasks.spring.boot.PveConnectionDetails;
import io.github.pvetasks.spring.boot.PveTasksAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The simulator for a test context ({@link AutoConfigurePveSimulator}), and connection details
 * that point the starter's clients at it, in place of any {@code pve-tasks.servers.*}.
 */
@AutoConfiguration(before = PveTasksAutoConfiguration.class)
public class PveSimulatorAutoConfiguration {

    /**
     * @param environment {@code pve-tasks.simulator.*}, from the annotation
     * @return the running simulator, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PveSimulator pveSimulator(Environment environment) {
        NettyCompatibility.requireForVertx("the pve-tasks simulator (@AutoConfigurePveSimulator)");
        Binder binder = Binder.get(environment);
        Product product = Product.fromTagValue(binder.bind("pve-tasks.simulator.product", String.class).orElse("pve"));
        PveSimulatorBuilder b = PveSimulator.builder().product(product)
                .timeScale(binder.bind("pve-tasks.simulator.time-scale", Double.class).orElse(1.0))
                .unauthorizedDelay(Duration.ZERO);
        List<String> nodes = binder.bind("pve-tasks.simulator.nodes", Bindable.listOf(String.class)).orElse(List.of());
        if (!nodes.isEmpty() && (product == Product.PVE || nodes.size() == 1)) {
            b.nodes(nodes.toArray(new String[0]));
        }
        return b.start();
    }

    /**
     * @param simulator the simulator
     * @param environment for {@code pve-tasks.simulator.server-name}
     * @return the one server the clients see: the simulator, its certificate pinned
     */
    @Bean
    public PveConnectionDetails pveSimulatorConnectionDetails(PveSimulator simulator, Environment environment) {
        String name = Binder.get(environment).bind("pve-tasks.simulator.server-name", String.class).orElse("simulator");
        char separator = simulator.product() == Product.PBS ? ':' : '=';
        PveConnectionDetails.Server server = PveConnectionDetails.Server.of(simulator.baseUri(),
                Credentials.apiToken(simulator.tokenId() + separator + simulator.tokenSecret()),
                TlsTrust.fingerprint(simulator.fingerprint().orElseThrow()), simulator.product());
        return () -> Map.of(name, server);
    }
}
