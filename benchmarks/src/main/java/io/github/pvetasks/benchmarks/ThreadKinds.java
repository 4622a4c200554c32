package io.github.pvetasks.benchmarks;

import io.github.pvetasks.core.Credentials;
import io.github.pvetasks.core.PveClient;
import io.github.pvetasks.core.Upid;
import io.github.pvetasks.core.spi.TransportOptions;
import io.github.pvetasks.simulator.PveSimulator;
import io.github.pvetasks.simulator.TaskScript;
import io.github.pvetasks.transport.jdk.JdkPveTransport;
import io.github.pvetasks.transport.vertx.VertxPveTransport;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the transports gain from virtual threads (Java 21+): status requests per second and
 * process CPU per request, with the default cached pool of platform threads and with a
 * virtual-thread-per-task executor, in interleaved rounds (so drift in the machine hits both
 * alike), median of the rounds. On Java 17 it prints the platform figures only.
 */
final class ThreadKinds {

    private ThreadKinds() {
    }

    static int run(String[] args) throws Exception {
        int rounds = MonitorScale.intOption(args, "--rounds", 5);
        int seconds = MonitorScale.intOption(args, "--seconds", 2);
        Optional<ExecutorService> virtual = virtualThreads();
        ExecutorService platformPool = io.github.pvetasks.core.spi.DaemonThreads.cachedPool("thread-kinds-platform");
        StringBuilder summary = new StringBuilder("thread-kinds java=" + Runtime.version().feature());
        try (PveSimulator sim = PveSimulator.builder().http().timeScale(0).start()) {
            Upid upid = sim.startTask("pve1", "qmclone", "100", "root@pam", TaskScript.ok(Duration.ofDays(1)));
            for (String transport : new String[] {"jdk", "vertx"}) {
            for (int level : new int[] {1, 16, 128}) {
                List<double[]> platform = new ArrayList<>();
                List<double[]> virt = new ArrayList<>();
                for (int r = 0; r < rounds + 1; r++) { // the first round of each is a warm-up
                    double[] p = round(sim, upid, transport, Optional.of(platformPool), level, seconds);
                    double[] v = virtual.isPresent() ? round(sim, upid, transport, virtual, level, seconds) : null;
                    if (r > 0) {
                        platform.add(p);
                        if (v != null) {
                            virt.add(v);
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%-5s in flight %3d: platform %7.0f/s %6.1f µs CPU/request", transport, level,
                        median(platform, 0), median(platform, 1));
                summary.append(String.format(Locale.ROOT, " %s_platform_%d=%.0f", transport, level, median(platform, 0)));
                if (!virt.isEmpty()) {
                    System.out.printf(Locale.ROOT, "   virtual %7.0f/s %6.1f µs CPU/request (%.2fx)", median(virt, 0), median(virt, 1),
                            median(virt, 0) / median(platform, 0));
                    summary.append(String.format(Locale.ROOT, " %s_virtual_%d=%.0f", transport, level, median(virt, 0)));
                }
                System.out.println();
            }
            }
        }
        virtual.ifPresent(ExecutorService::shutdown);
        platformPool.shutdown();
        System.out.println(summary);
        return 0;
    }

    /** @return requests per second and CPU microseconds per request of one round */
    private static double[] round(PveSimulator sim, Upid upid, String transport, Optional<ExecutorService> executor, int level,
            int seconds) throws Exception {
        TransportOptions options = TransportOptions.builder(sim.baseUri()).build();
        io.github.pvetasks.core.spi.PveTransport t = transport.equals("jdk")
                ? JdkPveTransport.builder(options).executor(executor.orElseThrow()).build()
                : VertxPveTransport.builder(options).maxConnections(Math.max(8, level)).completionExecutor(executor.orElseThrow()).build();
        try (PveClient client = PveClient.builder().transport(t)
                .credentials(Credentials.apiToken(sim.tokenId(), sim.tokenSecret())).build()) {
            Semaphore inFlight = new Semaphore(level);
            AtomicLong ok = new AtomicLong();
            long cpu0 = cpuNanos();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                inFlight.acquire();
                client.tasks().statusAsync(upid).whenComplete((s, e) -> {
                    if (e == null) {
                        ok.incrementAndGet();
                    }
                    inFlight.release();
                });
            }
            inFlight.acquire(level);
            long cpu = cpuNanos() - cpu0;
            return new double[] {ok.get() / (double) seconds, ok.get() == 0 ? 0 : cpu / 1000.0 / ok.get()};
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<double[]> rows, int column) {
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> values.add(r[column]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    /** Java 21's virtual-thread executor, looked up by name since the library is compiled for 17. */
    private static Optional<ExecutorService> virtualThreads() {
        try {
            return Optional.of((ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }
}
