package io.github.pvetasks.cli;

import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.WaitPolicy;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Optional;

/** The {@code --timeout} of every command that waits: human durations, else the task type's default. */
final class TimeoutOption {
    @Option(names = "--timeout", converter = HumanDuration.class,
            description = "give up waiting after this long: 90s, 30m, 2h, 1h30m or PT30M (default: per task type, "
                    + "as WaitPolicy.forType: clone 2h, backup 4h, start/stop 5m, ...)") Duration timeout;

    /**
     * @param task the task waited for
     * @return the task type's policy, with this option's timeout when given
     */
    WaitPolicy policy(Upid task) {
        WaitPolicy p = WaitPolicy.forType(task.type());
        return timeout == null ? p : p.withTimeout(timeout);
    }

    /** @return the timeout given, if any */
    Optional<Duration> given() {
        return Optional.ofNullable(timeout);
    }
}
