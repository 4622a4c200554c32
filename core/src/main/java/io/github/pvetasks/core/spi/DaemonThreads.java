package io.github.pvetasks.core.spi;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for adapters and the monitor: pve-tasks never keeps a JVM alive on its own
 * and its threads are easy to find in a thread dump.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /**
     * @param prefix the thread name prefix, such as {@code pve-tasks-jdk-1}
     * @return a factory of daemon threads named {@code prefix-N}
     */
    public static ThreadFactory factory(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("thread name prefix must not be empty");
        }
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * @param prefix the thread name prefix
     * @return a cached pool of daemon threads
     */
    public static ExecutorService cachedPool(String prefix) {
        return Executors.newCachedThreadPool(factory(prefix));
    }

    /**
     * The executor for an adapter's work off the I/O threads: from Java 24 on, a new virtual
     * thread per task, named {@code prefix-N}; before, {@link #cachedPool(String) a cached pool}
     * of daemon threads.
     *
     * <p>Why: measured on Java 25 (the {@code thread-kinds} harness), virtual threads gave the JDK
     * transport up to twice the requests per second at 16 and 128 in flight at half the CPU per
     * request, and the Vert.x transport a fifth more. Why 24: the Vert.x transport completes its
     * futures here, so a caller's chained code may run on these threads, and before Java 24 a
     * virtual thread that blocks inside {@code synchronized} pins its carrier (JEP 491 lifted
     * that); older Javas keep platform threads.
     *
     * @param prefix the thread name prefix
     * @return the executor, owned by the caller (shut it down when done)
     */
    public static ExecutorService perTask(String prefix) {
        factory(prefix); // checks the prefix the same way on every Java
        if (Runtime.version().feature() >= 24) {
            try {
                Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
                Class<?> type = Class.forName("java.lang.Thread$Builder");
                builder = type.getMethod("name", String.class, long.class).invoke(builder, prefix + "-", 1L);
                ThreadFactory virtual = (ThreadFactory) type.getMethod("factory").invoke(builder);
                return (ExecutorService) Executors.class.getMethod("newThreadPerTaskExecutor", ThreadFactory.class)
                        .invoke(null, virtual);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return cachedPool(prefix); // a Java without virtual threads after all
            }
        }
        return cachedPool(prefix);
    }
}
