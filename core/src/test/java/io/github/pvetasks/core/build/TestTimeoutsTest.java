package io.github.pvetasks.core.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build gives every test a timeout on its own thread (the parent POM's surefire
 * configuration), so a test that hangs on the network fails with its name instead of holding CI.
 * This checks that the setting reaches JUnit, and that tests really run off the main thread.
 */
@ExtendWith(TestTimeoutsTest.Parameters.class)
class TestTimeoutsTest {

    /** Hands the test the engine's configuration parameters. */
    static final class Parameters implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == ExtensionContext.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return e;
        }
    }

    @Test
    void everyTestHasATimeoutOnItsOwnThread(ExtensionContext context, TestInfo info) {
        assertThat(context.getConfigurationParameter("junit.jupiter.execution.timeout.default"))
                .as("default test timeout").hasValueSatisfying(v -> assertThat(v).matches("\\d+ ?[smh]"));
        assertThat(context.getConfigurationParameter("junit.jupiter.execution.timeout.thread.mode.default"))
                .hasValue("SEPARATE_THREAD");
        assertThat(Thread.currentThread().getName()).as("the test's thread for %s", info.getDisplayName())
                .isNotEqualTo("main");
    }
}
