package io.github.pvetasks.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionsTest {

    static final Upid U = Upid.parse("UPID:pve1:00001234:00005678:65A1B2C3:qmclone:100:root@pam:");

    @Test
    void everyTimeoutConstructorWorksAndSaysWhatWasSeen() {
        TaskStatus running = TaskStatus.running(U, Instant.ofEpochSecond(1_705_100_000));
        assertThat(new TaskTimeoutException(U, Duration.ofMinutes(5)).getMessage())
                .contains("did not finish within PT5M").contains("never read");
        TaskTimeoutException seen = new TaskTimeoutException(U, Duration.ofMinutes(5), running);
        assertThat(seen.lastStatus()).contains(running);
        assertThat(seen.getMessage()).contains("last seen running");
        TaskTimeoutException faulted = new TaskTimeoutException(U, Duration.ofMinutes(5), running, new IOException("reset"));
        assertThat(faulted.getMessage()).contains("last fault: reset");
        assertThat(faulted.getCause()).isInstanceOf(IOException.class);
        assertThat(new TaskTimeoutException(U, Duration.ofMinutes(5), new IOException("down")).lastStatus()).isEmpty();
    }

    @Test
    void failedTasksCarryTheExitMessageAndTheLogTail() {
        TaskStatus failed = TaskStatus.stopped(U, ExitStatus.parse("clone failed: disk full"), Instant.EPOCH);
        TaskFailedException e = new TaskFailedException(failed, List.of(new TaskLogLine(7, "TASK ERROR: clone failed: disk full")));
        assertThat(e.getMessage()).contains(U.toString()).contains("clone failed: disk full");
        assertThat(e.logTail()).hasSize(1);
    }

    @Test
    void apiExceptionsClassifyTransientStatuses() {
        assertThat(new PveApiException(596, "Connection timed out", Map.of(), "GET /x").isTransient()).isTrue();
        assertThat(new PveApiException(501, "not implemented", Map.of(), "GET /x").isTransient()).isFalse();
        assertThat(new PveApiException(400, "", Map.of("upid", "no such task"), "GET /x").isNoSuchTask()).isTrue();
    }
}
