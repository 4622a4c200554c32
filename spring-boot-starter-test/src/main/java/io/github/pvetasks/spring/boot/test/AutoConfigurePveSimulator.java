package io.github.pvetasks.spring.boot.test;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the embedded Proxmox VE (or Proxmox Backup Server) simulator for the test context, on
 * loopback, and points the auto-configured clients at it through a
 * {@link io.github.pvetasks.spring.boot.PveConnectionDetails} bean: {@code pve-tasks.servers.*}
 * need not be set. The {@link io.github.pvetasks.simulator.PveSimulator} is a bean, so the
 * test can start tasks, inject faults and move its clock.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigurePveSimulator(timeScale = 100)
 * class ClonesTest {
 *     @Autowired PveSimulator simulator;
 *     @Autowired PveClient client;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(PveSimulatorAutoConfiguration.class)
@PropertyMapping("pve-tasks.simulator")
public @interface AutoConfigurePveSimulator {

    /** @return the simulated nodes (a backup server has one) */
    String[] nodes() default {"pve1", "pve2", "pve3"};

    /** @return {@code pve} or {@code pbs} */
    String product() default "pve";

    /** @return simulated time per wall time; 0 moves it only when the test calls {@code advance} */
    double timeScale() default 1.0;

    /** @return the name of the server the clients see ({@code pve-tasks.servers.<name>}) */
    String serverName() default "simulator";
}
