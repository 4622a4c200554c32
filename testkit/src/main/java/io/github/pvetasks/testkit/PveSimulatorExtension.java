package io.github.pvetasks.testkit;

import io.github.pvetasks.simulator.PveSimulatorBuilder;
import io.github.pvetasks.simulator.PveSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.function.Consumer;

/**
 * A JUnit 5 extension that runs one simulator for a test class and hands it to test methods
 * and constructors that ask for a {@link PveSimulator} parameter.
 *
 * <pre>{@code
 * class MyTest {
 *     @RegisterExtension
 *     static final PveSimulatorExtension PVE = PveSimulatorExtension.with(b -> b.nodes("pve1", "pve2").timeScale(0));
 *
 *     @Test
 *     void clones(PveSimulator sim) { ... }
 * }
 * }</pre>
 *
 * <p>Use it with {@code @ExtendWith(PveSimulatorExtension.class)} for the defaults (time moving
 * only by {@code advance}, no delay on 401s).
 */
public final class PveSimulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final Consumer<PveSimulatorBuilder> config;
    private PveSimulator simulator;

    /** The defaults: manual time, no 401 delay, nodes pve1..pve3, the standard inventory. */
    public PveSimulatorExtension() {
        this(b -> { });
    }

    private PveSimulatorExtension(Consumer<PveSimulatorBuilder> config) {
        this.config = config;
    }

    /**
     * @param config adjusts the builder (applied after the test defaults)
     * @return the extension
     */
    public static PveSimulatorExtension with(Consumer<PveSimulatorBuilder> config) {
        if (config == null) {
            throw new IllegalArgumentException("configuration must not be null");
        }
        return new PveSimulatorExtension(config);
    }

    /** @return the running simulator (after the class's setup) */
    public PveSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while the test class runs");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PveSimulatorBuilder b = PveSimulator.builder().timeScale(0).unauthorizedDelay(java.time.Duration.ZERO);
        config.accept(b);
        simulator = b.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == PveSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        if (simulator == null) {
            throw new ParameterResolutionException("the simulator is not running (register the extension on the class)");
        }
        return simulator;
    }
}
