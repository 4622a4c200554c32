package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

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
    /** The credentials it was started with: a copy, so later changes to the builder change nothing here. */
    private final String user;
    private final String password;
    private final String tokenId;
    private final String tokenSecret;

    PveSimulator(PveSimulatorBuilder b, Vertx vertx, HttpServer server, URI baseUri, TestCertificates.Issued certificate,
            SimClock clock, SimState state, PbsTasks pbs, FaultPlan faults, RequestCounters counters) {
        this.user = b.user;
        this.password = b.password;
        this.tokenId = b.tokenId;
        this.tokenSecret = b.tokenSecret;
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
    public static PveSimulatorBuilder builder() {
        return new PveSimulatorBuilder();
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
        return user;
    }

    /** @return the configured user's password */
    public String password() {
        return password;
    }

    /** @return the configured API token id, {@code root@pam!sim} by default */
    public String tokenId() {
        return tokenId;
    }

    /** @return the configured API token's secret */
    public String tokenSecret() {
        return tokenSecret;
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

}
