package io.github.pvetasks.jdbc.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Replica processes ({@link ReplicaMain}) started from this JVM's own class path, killed with
 * {@code kill -9} and started again; each one's last reported counters are kept, so that counts
 * survive the process.
 */
public final class Replicas implements AutoCloseable {

    /** One replica's last report, and the totals of its earlier lives. */
    public static final class Counters {
        volatile long cycles;
        volatile long statements;
        long pastCycles;
        long pastStatements;

        /** @return node cycles run, all lives */
        public long cycles() {
            return pastCycles + cycles;
        }

        /** @return statements sent to the database, all lives */
        public long statements() {
            return pastStatements + statements;
        }
    }

    private final List<String> baseArgs;
    private final Map<String, Process> running = new ConcurrentHashMap<>();
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** @param baseArgs the arguments every replica gets ({@code db=... sim=... token=...}) */
    public Replicas(List<String> baseArgs) {
        this.baseArgs = List.copyOf(baseArgs);
    }

    /**
     * Starts a replica and waits until it is ready.
     *
     * @param name its name
     * @param extra arguments of its own ({@code skew-ms=...})
     */
    public void start(String name, String... extra) throws IOException {
        if (closed) {
            throw new IllegalStateException("replicas closed: " + name + " not started");
        }
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                ReplicaMain.class.getName()));
        cmd.addAll(baseArgs);
        cmd.add("name=" + name);
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Counters c = counters.computeIfAbsent(name, n -> new Counters());
        synchronized (c) {
            c.pastCycles += c.cycles;
            c.pastStatements += c.statements;
            c.cycles = c.statements = 0;
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder early = new StringBuilder();
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            early.append(line).append('\n');
        }
        if (line == null) {
            throw new IllegalStateException("replica " + name + " did not start:\n" + early);
        }
        Process before = running.put(name, p);
        if (before != null) {
            before.destroyForcibly(); // one process per name: a start racing another start of the same replica wins
        }
        if (closed) {
            kill(name); // closed while this one started: leave nothing running
            return;
        }
        Thread reader = new Thread(() -> read(out, c), "replica-" + name + "-out");
        reader.setDaemon(true);
        reader.start();
    }

    private static void read(BufferedReader out, Counters c) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("stats ")) {
                    for (String f : line.substring(6).split(" ")) {
                        long v = Long.parseLong(f.substring(f.indexOf('=') + 1));
                        switch (f.substring(0, f.indexOf('='))) {
                            case "cycles": c.cycles = v; break;
                            case "statements": c.statements = v; break;
                            default: break;
                        }
                    }
                } else if (line.contains("ERROR") || line.contains("Exception")) {
                    System.err.println("[replica] " + line);
                }
            }
        } catch (IOException e) {
            // the replica died
        }
    }

    /**
     * {@code kill -9}: the process dies at once, whatever it was doing.
     *
     * @param name the replica
     */
    public void kill(String name) {
        Process p = running.remove(name);
        if (p != null) {
            p.destroyForcibly(); // SIGKILL on Linux
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * {@link #start} for a lambda: a failure to start is thrown unchecked.
     *
     * @param name its name
     * @param extra arguments of its own
     */
    public void startUnchecked(String name, String... extra) {
        try {
            start(name, extra);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the names of the replicas running now, sorted */
    public List<String> running() {
        return running.keySet().stream().sorted().collect(java.util.stream.Collectors.toList());
    }

    /** @return each replica's counters, by name */
    public Map<String, Counters> counters() {
        return counters;
    }

    @Override
    public void close() {
        closed = true;
        for (String n : List.copyOf(running.keySet())) {
            kill(n);
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static String classPath() {
        String cp = System.getProperty("java.class.path", "");
        String mp = System.getProperty("jdk.module.path", "");
        return mp.isEmpty() ? cp : cp + File.pathSeparator + mp;
    }
}
