package io.github.pvetasks.core.spi;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adapters' threads: named, never keeping a JVM alive; virtual from Java 24 on. */
class DaemonThreadsTest {

    @Test
    void perTaskThreadsAreNamedDaemonsAndVirtualFromJava24() throws Exception {
        ExecutorService e = DaemonThreads.perTask("pve-tasks-test");
        try {
            Thread t = e.submit(Thread::currentThread).get(10, TimeUnit.SECONDS);
            assertThat(t.getName()).startsWith("pve-tasks-test-");
            assertThat(t.isDaemon()).isTrue();
            int java = Runtime.version().feature();
            boolean virtual = java >= 19 && (boolean) Thread.class.getMethod("isVirtual").invoke(t);
            assertThat(virtual).as("virtual on Java %s", java).isEqualTo(java >= 24);
        } finally {
            e.shutdown();
        }
    }

    @Test
    void aBlankPrefixIsRefusedByName() {
        assertThatThrownBy(() -> DaemonThreads.perTask(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
    }
}
