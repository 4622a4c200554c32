package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Product;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Configures and starts a {@link PveSimulator}: {@code PveSimulator.builder()...start()}. By
 * default the simulator behaves like a real Proxmox VE node, warts included; every kindness is a
 * setting of its own. Not thread-safe; each {@link #start()} starts a new simulator.
 */
public final class PveSimulatorBuilder {
    final Set<String> nodes = new LinkedHashSet<>(List.of("pve1", "pve2", "pve3"));
    Product product = Product.PVE;
    boolean nodesGiven;
    int port;
    boolean https = true;
    TestCertificates.Issued certificate;
    double timeScale = 1.0;
    Instant startTime = Instant.now();
    java.time.Clock clock;
    String user = "root@pam";
    String password = "pve-simulator";
    String tokenId = "root@pam!sim";
    String tokenSecret = "5d3c1f0e-7b2a-4c9d-8e6f-0a1b2c3d4e5f";
    final List<String[]> extraUsers = new ArrayList<>();
    final List<String[]> extraTokens = new ArrayList<>();
    Duration unauthorizedDelay = Duration.ofSeconds(3);
    ErrorStyle errorStyle = ErrorStyle.MODERN;
    boolean serviceModel;
    Duration daemonServiceTime = Duration.ofMillis(10);
    Duration proxyServiceTime = Duration.ofMillis(3);
    List<Guest> guests;
    long seed = 1;
    NodeBehaviour behaviour = NodeBehaviour.REALISTIC;

    PveSimulatorBuilder() {
    }

    /**
     * Makes every node kind: a finished task is archived the moment it ends (never shown
     * {@code RUNNING} after its end, never listed twice) and every log line is written whole.
     * For tests that need that instant behaviour and say so; the default is a real node's.
     *
     * @return this builder
     */
    public PveSimulatorBuilder kind() {
        this.behaviour = behaviour.kind();
        return this;
    }

    /**
     * @param interval how often pvestatd archives the finished tasks of workers whose daemon
     *                 process is gone (default 10 s, as on a real node)
     * @return this builder
     */
    public PveSimulatorBuilder pvestatdInterval(Duration interval) {
        requirePositive(interval, "pvestatd interval");
        this.behaviour = behaviour.withPvestatdInterval(interval);
        return this;
    }

    /**
     * @param share the share of workers (0 to 1) whose forking pvedaemon process has been
     *              recycled when they end, so they stay {@code RUNNING} in the list until the
     *              next task start on the node or pvestatd archives them (default 0.25)
     * @return this builder
     */
    public PveSimulatorBuilder orphanShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("orphan share must be between 0 and 1, got " + share);
        }
        this.behaviour = behaviour.withOrphanShare(share);
        return this;
    }

    /**
     * @param lag how long a just-archived task is also still in the active file, so listed
     *            twice (default 50 ms); zero never lists a task twice
     * @return this builder
     */
    public PveSimulatorBuilder activeRewriteLag(Duration lag) {
        requireNotNegative(lag, "active rewrite lag");
        this.behaviour = behaviour.withActiveRewriteLag(lag);
        return this;
    }

    /**
     * @param window how long a running task's newest log line is served half written
     *               (default 500 ms); zero serves every line whole
     * @return this builder
     */
    public PveSimulatorBuilder halfWrittenLines(Duration window) {
        requireNotNegative(window, "half-written line window");
        this.behaviour = behaviour.withHalfWrittenLine(window);
        return this;
    }

    /**
     * @param bytes the archive index's size at which it is rotated to {@code index.1}
     *              (default 50,000, as pve-cluster does); tasks older than both vanish
     * @return this builder
     */
    public PveSimulatorBuilder indexRotateBytes(int bytes) {
        if (bytes < 200) {
            throw new IllegalArgumentException("index rotation size must be at least 200 bytes, got " + bytes);
        }
        this.behaviour = behaviour.withIndexRotateBytes(bytes);
        return this;
    }

    /**
     * @param share the share of task ends (0 to 1) whose cluster broadcast fails and is only
     *              logged, so {@code /cluster/tasks} shows the node's older list until its next
     *              broadcast (default 0.02)
     * @return this builder
     */
    public PveSimulatorBuilder lostBroadcastShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("lost broadcast share must be between 0 and 1, got " + share);
        }
        this.behaviour = behaviour.withLostBroadcastShare(share);
        return this;
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }

    private static void requireNotNegative(Duration d, String what) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + d);
        }
    }

    /**
     * @param names the node names; the first is the one a client talks to
     * @return this builder
     */
    public PveSimulatorBuilder nodes(String... names) {
        nodesGiven = true;
        if (names.length == 0) {
            throw new IllegalArgumentException("the simulator needs at least one node");
        }
        nodes.clear();
        for (String n : names) {
            if (!io.github.pvetasks.core.PveIdentifiers.isValidNodeName(n) || !nodes.add(n)) {
                throw new IllegalArgumentException("invalid or repeated node name '" + n + "'");
            }
        }
        return this;
    }

    /**
     * @param port the port on 127.0.0.1; 0 picks a free one
     * @return this builder
     */
    public PveSimulatorBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + port);
        }
        this.port = port;
        return this;
    }

    /** @return this builder, serving plain HTTP instead of HTTPS */
    public PveSimulatorBuilder http() {
        this.https = false;
        return this;
    }

    /**
     * @param cert the server certificate to use instead of a fresh self-signed one
     * @return this builder
     */
    public PveSimulatorBuilder certificate(TestCertificates.Issued cert) {
        this.certificate = cert;
        this.https = true;
        return this;
    }

    /**
     * @param scale simulated seconds per wall second; 0 for time that moves only by {@link PveSimulator#advance}
     * @return this builder
     */
    public PveSimulatorBuilder timeScale(double scale) {
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("time scale must be 0 or more, got " + scale);
        }
        this.timeScale = scale;
        return this;
    }

    /**
     * Reads simulated time from this clock instead (for example one the test also gives to the
     * code under test); {@link PveSimulator#advance} still adds to it.
     *
     * @param source the clock
     * @return this builder
     */
    public PveSimulatorBuilder clock(java.time.Clock source) {
        if (source == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        this.clock = source;
        return this;
    }

    /**
     * @param start the simulated time at start (default: now)
     * @return this builder
     */
    public PveSimulatorBuilder startTime(Instant start) {
        this.startTime = start;
        return this;
    }

    /**
     * @param userId the user ({@code user@realm}) that may log in
     * @param pw its password
     * @return this builder
     */
    public PveSimulatorBuilder user(String userId, String pw) {
        this.user = userId;
        this.password = pw;
        return this;
    }

    /**
     * @param id the token id ({@code user@realm!name})
     * @param secret its secret
     * @return this builder
     */
    public PveSimulatorBuilder token(String id, String secret) {
        this.tokenId = id;
        this.tokenSecret = secret;
        return this;
    }

    /**
     * Adds a user without Sys.Audit: it sees only its own tasks (others answer 403).
     *
     * @param userId the user
     * @param pw its password
     * @return this builder
     */
    public PveSimulatorBuilder unprivilegedUser(String userId, String pw) {
        extraUsers.add(new String[] {userId, pw});
        return this;
    }

    /**
     * Adds a token without Sys.Audit.
     *
     * @param id the token id
     * @param secret its secret
     * @return this builder
     */
    public PveSimulatorBuilder unprivilegedToken(String id, String secret) {
        extraTokens.add(new String[] {id, secret});
        return this;
    }

    /**
     * @param delay how long a 401 is held back (PVE: 3 s; make it short in tests)
     * @return this builder
     */
    public PveSimulatorBuilder unauthorizedDelay(Duration delay) {
        this.unauthorizedDelay = delay;
        return this;
    }

    /**
     * @param style how errors carry their message
     * @return this builder
     */
    public PveSimulatorBuilder errorStyle(ErrorStyle style) {
        this.errorStyle = style;
        return this;
    }

    /**
     * Serves protected calls with 3 pvedaemon workers per node and list calls with pveproxy,
     * each with a service time, so load queues as on a real node.
     *
     * @param daemonTime service time of status, log, stop and task starts (default 10 ms)
     * @param proxyTime service time of lists (default 3 ms)
     * @return this builder
     */
    public PveSimulatorBuilder serviceModel(Duration daemonTime, Duration proxyTime) {
        this.serviceModel = true;
        this.daemonServiceTime = daemonTime;
        this.proxyServiceTime = proxyTime;
        return this;
    }

    /**
     * @param inventory the guests to start with, replacing the standard inventory
     * @return this builder
     */
    public PveSimulatorBuilder guests(Guest... inventory) {
        this.guests = List.of(inventory);
        return this;
    }

    /**
     * @param s the seed for probabilistic faults and ids
     * @return this builder
     */
    public PveSimulatorBuilder seed(long s) {
        this.seed = s;
        return this;
    }

    /** The standard inventory: VMs 100-104 (104 a template) and CTs 200-202 on the first node, two guests on each other. */
    List<Guest> standardInventory(List<String> nodeList) {
        List<Guest> g = new ArrayList<>();
        String first = nodeList.get(0);
        g.add(Guest.vm(100, first, "web-1").started());
        g.add(Guest.vm(101, first, "web-2").started());
        g.add(Guest.vm(102, first, "db-1").started().withHa());
        g.add(Guest.vm(103, first, "build"));
        g.add(Guest.vm(104, first, "debian-12-template").asTemplate());
        g.add(Guest.container(200, first, "proxy").started());
        g.add(Guest.container(201, first, "dns"));
        g.add(Guest.container(202, first, "monitoring").started());
        long id = 300;
        for (String n : nodeList.subList(1, nodeList.size())) {
            g.add(Guest.vm(id, n, "app-" + id).started());
            g.add(Guest.container(id + 1, n, "ct-" + (id + 1)));
            id += 100;
        }
        return g;
    }

    /**
     * Which product to be. {@link Product#PBS} makes a Proxmox Backup
     * Server: one node ({@code pbs1} unless {@link #nodes} names it), PBS UPIDs, tokens and
     * tickets, list/status/log/stop shapes, plain-text errors, the 401 delay, cooperative
     * aborts, and datastore jobs (verify, gc, prune-datastore, pull) whose logs carry PBS's
     * progress lines ({@link PbsScripts}). Faults apply as on a PVE node; the Proxmox VE-only settings (guests, node down,
     * pvestatd) do not apply to it.
     *
     * @param p the product (default PVE)
     * @return this builder
     */
    public PveSimulatorBuilder product(Product p) {
        if (p == null) {
            throw new IllegalArgumentException("product must not be null");
        }
        this.product = p;
        return this;
    }

    /**
     * @return the running simulator
     * @throws IllegalStateException when the port cannot be bound
     */
    public PveSimulator start() {
        return SimulatorStart.start(this);
    }
}
