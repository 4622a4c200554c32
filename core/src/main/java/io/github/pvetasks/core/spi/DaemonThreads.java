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
}
