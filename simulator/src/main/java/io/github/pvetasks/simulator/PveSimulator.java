package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyCertOptions;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * An embedded Proxmox VE task API: an HTTPS (or HTTP) server on 127.0.0.1 that serves
 * {@code /api2/json} and {@code /api2/extjs} for any number of nodes, with tasks that run on a
 * simulated clock, an inventory of guests, token and ticket auth, both error styles and
 * injectable faults.
 *
 * <pre>{@code
 * try (PveSimulator sim = PveSimulator.builder().nodes("pve1", "pve2").timeScale(100).start()) {
 *     URI api = sim.baseUri();              // https://127.0.0.1:<port>
 *     String pin = sim.fingerprint();       // SHA-256 of its self-signed certificate
 *     // ... point a client at it with sim.tokenId() / sim.tokenSecret()
 * }
 * }</pre>
 */
public final class PveSimulator implements AutoCloseable {

    private final Vertx vertx;
    private final HttpServer server;
    private final URI baseUri;
    private final TestCertificates.Issued certificate;
    private final SimClock clock;
    /** The Proxmox VE state; null for a Proxmox Backup Server simulator. */
    private final SimState state;
    /** The Proxmox Backup Server tasks; null for a Proxmox VE simulator. */
    private final PbsTasks pbs;
    /** The tasks of whichever product this is. */
    private final TaskTruth truth;
    private final FaultPlan faults;
    private final RequestCounters counters;
    private final Builder config;

    private PveSimulator(Builder b, Vertx vertx, HttpServer server, URI baseUri, TestCertificates.Issued certificate,
            SimClock clock, SimState state, PbsTasks pbs, FaultPlan faults, RequestCounters counters) {
        this.config = b;
        this.vertx = vertx;
        this.server = server;
        this.baseUri = baseUri;
        this.certificate = certificate;
        this.clock = clock;
        this.state = state;
        this.pbs = pbs;
        this.truth = pbs != null ? TaskTruth.of(pbs) : TaskTruth.of(state);
        this.faults = faults;
        this.counters = counters;
    }

    private SimState pveOnly(String what) {
        if (pbs != null) {
            throw new UnsupportedOperationException(what + " is for a Proxmox VE simulator; this one is a Proxmox Backup Server");
        }
        return state;
    }

    /** @return which product this simulator is */
    public io.github.pvetasks.core.Product product() {
        return pbs != null ? io.github.pvetasks.core.Product.PBS : io.github.pvetasks.core.Product.PVE;
    }

    /** @return a builder with the defaults: nodes pve1..pve3, HTTPS, real-time clock, the standard inventory */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the API's base URI, such as {@code https://127.0.0.1:43125} */
    public URI baseUri() {
        return baseUri;
    }

    /** @return whether the simulator serves HTTPS */
    public boolean isHttps() {
        return certificate != null;
    }

    /** @return the server certificate's SHA-256 fingerprint in Proxmox VE's format; empty for plain HTTP */
    public Optional<String> fingerprint() {
        return certificate == null ? Optional.empty() : Optional.of(certificate.fingerprint());
    }

    /** @return the server certificate and key; empty for plain HTTP */
    public Optional<TestCertificates.Issued> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** @return the node names, the first being the one clients talk to */
    public List<String> nodes() {
        return truth.nodes();
    }

    /** @return the configured user ({@code root@pam} by default) */
    public String user() {
        return config.user;
    }

    /** @return the configured user's password */
    public String password() {
        return config.password;
    }

    /** @return the configured API token id, {@code root@pam!sim} by default */
    public String tokenId() {
        return config.tokenId;
    }

    /** @return the configured API token's secret */
    public String tokenSecret() {
        return config.tokenSecret;
    }

    /** @return the current simulated time */
    public Instant now() {
        return clock.now();
    }

    /**
     * Moves simulated time forward at once (on top of any time scale).
     *
     * @param d how far, not negative
     */
    public void advance(Duration d) {
        clock.advance(d);
    }

    /**
     * Simulated time as a {@link java.time.Clock}: give it to a client under test (for example
     * {@code PveClient.builder().clock(sim.clock())}) so that its ticket ages follow simulated time.
     *
     * @return a UTC clock reading the simulator's time
     */
    public java.time.Clock clock() {
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return PveSimulator.this.clock.now();
            }
        };
    }

    /** @return how many simulated seconds pass per wall-clock second (0: only {@link #advance} moves time) */
    public double timeScale() {
        return clock.scale();
    }

    /**
     * The next task of this type that a request starts runs this script instead of the default.
     *
     * @param type a task type such as {@code qmclone}
     * @param script the script
     */
    public void scriptNext(String type, TaskScript script) {
        pveOnly("scriptNext").scriptNext(type, script);
    }

    /**
     * Every task of this type runs this script (after those queued with {@link #scriptNext}).
     *
     * @param type a task type
     * @param script the script
     */
    public void scriptAll(String type, TaskScript script) {
        pveOnly("scriptAll").scriptAll(type, script);
    }

    /**
     * Starts a task directly, as if a request had started it.
     *
     * @param node the node it runs on
     * @param type its type
     * @param id its id (may be empty)
     * @param user who started it ({@code user@realm} or a token id)
     * @param script what it does
     * @return its UPID
     */
    public Upid startTask(String node, String type, String id, String user, TaskScript script) {
        return truth.start(node, type, id, user, script);
    }

    /**
     * The server's view of a task now, for asserting what a client should have seen.
     *
     * @param upid a task
     * @return its exit status once ended; empty while running or when unknown
     */
    public Optional<String> exitStatus(Upid upid) {
        return truth.exitStatus(upid, clock.now());
    }

    /**
     * @param upid a task
     * @return whether the simulator knows it and it runs now
     */
    public boolean isRunning(Upid upid) {
        return truth.isRunning(upid, clock.now());
    }

    /**
     * @param upid a task
     * @return whether its forking daemon process is gone when it ends (so its archiving waits for
     *         the next task start on its node or pvestatd); false for a task the simulator does not know
     */
    public boolean isOrphan(Upid upid) {
        return pbs == null && state.task(upid).map(t -> t.orphan).orElse(false); // PBS archives at once
    }

    /**
     * @param upid a task
     * @return its log lines now
     */
    public List<String> log(Upid upid) {
        return truth.log(upid, clock.now());
    }

    /** @return every task the simulator knows, including HA follow-ups not yet started */
    public List<Upid> tasks() {
        return truth.tasks();
    }

    /** @return the guests now (those being created are not listed) */
    public List<Guest> guests() {
        return pbs != null ? List.of() : state.guests();
    }

    /**
     * @param vmid an id
     * @return the guest with that id, if it exists now
     */
    public Optional<Guest> guest(long vmid) {
        return guests().stream().filter(g -> g.vmid() == vmid).findFirst();
    }

    /**
     * @param guest a guest to add to the inventory
     */
    public void addGuest(Guest guest) {
        pveOnly("addGuest").addGuest(guest);
    }

    /**
     * @param fault a fault to inject from now on
     */
    public void inject(Fault fault) {
        faults.add(fault);
    }

    /** @return how many requests an injected fault has hit so far */
    public long faultsInjected() {
        return faults.hits();
    }

    /** Removes every injected fault. */
    public void clearFaults() {
        faults.clear();
    }

    /**
     * @param node a node that stops answering: its paths get 595 and {@code /nodes} shows it offline
     */
    public void nodeDown(String node) {
        pveOnly("nodeDown").setDown(node, true);
    }

    /**
     * @param node a node that answers again
     */
    public void nodeUp(String node) {
        pveOnly("nodeUp").setDown(node, false);
    }

    /**
     * Makes the node's pvestatd hang from now on: orphaned workers that end are then archived
     * only by the next task start on that node (and shown {@code RUNNING} until then).
     *
     * @param node the node
     */
    public void hangPvestatd(String node) {
        pveOnly("hangPvestatd").setPvestatdHung(node, true);
    }

    /**
     * @param node a node whose pvestatd hung: it runs again from now on
     */
    public void resumePvestatd(String node) {
        pveOnly("resumePvestatd").setPvestatdHung(node, false);
    }

    /** @return request counters by endpoint and node */
    public RequestCounters counters() {
        return counters;
    }

    /** Stops the server and releases its threads. */
    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // best effort: the threads are daemons? no, vert.x event loops are not; they stop with close
        }
    }

    @Override
    public String toString() {
        return "PveSimulator[" + baseUri + ", nodes=" + nodes() + "]";
    }

    /** Configures and starts a {@link PveSimulator}. */
    public static final class Builder {
        private final Set<String> nodes = new LinkedHashSet<>(List.of("pve1", "pve2", "pve3"));
        private io.github.pvetasks.core.Product product = io.github.pvetasks.core.Product.PVE;
        private boolean nodesGiven;
        private int port;
        private boolean https = true;
        private TestCertificates.Issued certificate;
        private double timeScale = 1.0;
        private Instant startTime = Instant.now();
        private java.time.Clock clock;
        private String user = "root@pam";
        private String password = "pve-simulator";
        private String tokenId = "root@pam!sim";
        private String tokenSecret = "5d3c1f0e-7b2a-4c9d-8e6f-0a1b2c3d4e5f";
        private final List<String[]> extraUsers = new ArrayList<>();
        private final List<String[]> extraTokens = new ArrayList<>();
        private Duration unauthorizedDelay = Duration.ofSeconds(3);
        private ErrorStyle errorStyle = ErrorStyle.MODERN;
        private boolean serviceModel;
        private Duration daemonServiceTime = Duration.ofMillis(10);
        private Duration proxyServiceTime = Duration.ofMillis(3);
        private List<Guest> guests;
        private long seed = 1;
        private NodeBehaviour behaviour = NodeBehaviour.REALISTIC;

        private Builder() {
        }

        /**
         * Makes every node kind: a finished task is archived the moment it ends (never shown
         * {@code RUNNING} after its end, never listed twice) and every log line is written whole.
         * For tests that need that instant behaviour and say so; the default is a real node's.
         *
         * @return this builder
         */
        public Builder kind() {
            this.behaviour = behaviour.kind();
            return this;
        }

        /**
         * @param interval how often pvestatd archives the finished tasks of workers whose daemon
         *                 process is gone (default 10 s, as on a real node)
         * @return this builder
         */
        public Builder pvestatdInterval(Duration interval) {
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
        public Builder orphanShare(double share) {
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
        public Builder activeRewriteLag(Duration lag) {
            requireNotNegative(lag, "active rewrite lag");
            this.behaviour = behaviour.withActiveRewriteLag(lag);
            return this;
        }

        /**
         * @param window how long a running task's newest log line is served half written
         *               (default 500 ms); zero serves every line whole
         * @return this builder
         */
        public Builder halfWrittenLines(Duration window) {
            requireNotNegative(window, "half-written line window");
            this.behaviour = behaviour.withHalfWrittenLine(window);
            return this;
        }

        /**
         * @param bytes the archive index's size at which it is rotated to {@code index.1}
         *              (default 50,000, as pve-cluster does); tasks older than both vanish
         * @return this builder
         */
        public Builder indexRotateBytes(int bytes) {
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
        public Builder lostBroadcastShare(double share) {
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
        public Builder nodes(String... names) {
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
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("invalid port " + port);
            }
            this.port = port;
            return this;
        }

        /** @return this builder, serving plain HTTP instead of HTTPS */
        public Builder http() {
            this.https = false;
            return this;
        }

        /**
         * @param cert the server certificate to use instead of a fresh self-signed one
         * @return this builder
         */
        public Builder certificate(TestCertificates.Issued cert) {
            this.certificate = cert;
            this.https = true;
            return this;
        }

        /**
         * @param scale simulated seconds per wall second; 0 for time that moves only by {@link PveSimulator#advance}
         * @return this builder
         */
        public Builder timeScale(double scale) {
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
        public Builder clock(java.time.Clock source) {
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
        public Builder startTime(Instant start) {
            this.startTime = start;
            return this;
        }

        /**
         * @param userId the user ({@code user@realm}) that may log in
         * @param pw its password
         * @return this builder
         */
        public Builder user(String userId, String pw) {
            this.user = userId;
            this.password = pw;
            return this;
        }

        /**
         * @param id the token id ({@code user@realm!name})
         * @param secret its secret
         * @return this builder
         */
        public Builder token(String id, String secret) {
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
        public Builder unprivilegedUser(String userId, String pw) {
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
        public Builder unprivilegedToken(String id, String secret) {
            extraTokens.add(new String[] {id, secret});
            return this;
        }

        /**
         * @param delay how long a 401 is held back (PVE: 3 s; make it short in tests)
         * @return this builder
         */
        public Builder unauthorizedDelay(Duration delay) {
            this.unauthorizedDelay = delay;
            return this;
        }

        /**
         * @param style how errors carry their message
         * @return this builder
         */
        public Builder errorStyle(ErrorStyle style) {
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
        public Builder serviceModel(Duration daemonTime, Duration proxyTime) {
            this.serviceModel = true;
            this.daemonServiceTime = daemonTime;
            this.proxyServiceTime = proxyTime;
            return this;
        }

        /**
         * @param inventory the guests to start with, replacing the standard inventory
         * @return this builder
         */
        public Builder guests(Guest... inventory) {
            this.guests = List.of(inventory);
            return this;
        }

        /**
         * @param s the seed for probabilistic faults and ids
         * @return this builder
         */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** The standard inventory: VMs 100-104 (104 a template) and CTs 200-202 on the first node, two guests on each other. */
        private List<Guest> standardInventory(List<String> nodeList) {
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
         * Which product to be. {@link io.github.pvetasks.core.Product#PBS} makes a Proxmox Backup
         * Server: one node ({@code pbs1} unless {@link #nodes} names it), PBS UPIDs, tokens and
         * tickets, list/status/log/stop shapes, plain-text errors, the 401 delay, cooperative
         * aborts, and datastore jobs (verify, gc, prune-datastore, pull) whose logs carry PBS's
         * progress lines ({@link PbsScripts}). Faults apply as on a PVE node; the Proxmox VE-only settings (guests, node down,
         * pvestatd) do not apply to it.
         *
         * @param p the product (default PVE)
         * @return this builder
         */
        public Builder product(io.github.pvetasks.core.Product p) {
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
            boolean backupServer = product == io.github.pvetasks.core.Product.PBS;
            List<String> nodeList = backupServer && !nodesGiven ? List.of("pbs1") : List.copyOf(nodes);
            if (backupServer && nodeList.size() != 1) {
                throw new IllegalArgumentException("a Proxmox Backup Server is one node, got " + nodeList);
            }
            SimClock clock = this.clock != null ? new SimClock(this.clock) : new SimClock(startTime, timeScale);
            SimAuth auth = new SimAuth(backupServer ? "PBS" : "PVE");
            auth.addUser(user, password, true);
            auth.addToken(tokenId, tokenSecret, true);
            extraUsers.forEach(u -> auth.addUser(u[0], u[1], false));
            extraTokens.forEach(t -> auth.addToken(t[0], t[1], false));
            PbsTasks pbs = backupServer ? new PbsTasks(clock, nodeList.get(0), java.time.ZoneOffset.UTC) : null;
            SimState state = backupServer ? null
                    : new SimState(clock, auth, nodeList, guests != null ? guests : standardInventory(nodeList), seed, behaviour);
            FaultPlan faults = new FaultPlan(seed);
            RequestCounters counters = new RequestCounters();
            TestCertificates.Issued cert = https ? (certificate != null ? certificate : TestCertificates.selfSigned("pve-simulator")) : null;

            Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2));
            io.vertx.core.Handler<io.vertx.core.http.HttpServerRequest> handler = backupServer
                    ? new PbsServer(vertx, auth, new PbsRoutes(pbs), clock, counters, unauthorizedDelay, faults)::handle
                    : new ApiServer(vertx, state, auth, clock, faults, counters,
                            serviceModel ? new ServiceModel(daemonServiceTime, proxyServiceTime) : null, errorStyle, unauthorizedDelay)::handle;
            HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(port)
                    // pve-http-server gzips an answer of 1 KiB or more for a client that accepts gzip
                    .setCompressionSupported(true).setCompressionContentSizeThreshold(1024).setTcpNoDelay(true).setIdleTimeout(5).setIdleTimeoutUnit(TimeUnit.SECONDS);
            if (cert != null) {
                options.setSsl(true).setKeyCertOptions(KeyCertOptions.wrap(cert.keyManagerFactory()));
            }
            HttpServer server;
            try {
                server = vertx.createHttpServer(options).requestHandler(handler).listen()
                        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                vertx.close();
                throw new IllegalStateException("the simulator could not listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
            }
            URI uri = URI.create((cert != null ? "https" : "http") + "://127.0.0.1:" + server.actualPort());
            return new PveSimulator(this, vertx, server, uri, cert, clock, state, pbs, faults, counters);
        }
    }
}
