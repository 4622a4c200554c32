package io.github.pvetasks.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyCertOptions;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Puts a configured simulator together: clock, auth, the product's state, its HTTP server. */
final class SimulatorStart {

    private SimulatorStart() {
    }

    static PveSimulator start(PveSimulatorBuilder b) {
        boolean backupServer = b.product == io.github.pvetasks.core.Product.PBS;
        List<String> nodeList = backupServer && !b.nodesGiven ? List.of("pbs1") : List.copyOf(b.nodes);
        if (backupServer && nodeList.size() != 1) {
            throw new IllegalArgumentException("a Proxmox Backup Server is one node, got " + nodeList);
        }
        SimClock clock = b.clock != null ? new SimClock(b.clock) : new SimClock(b.startTime, b.timeScale);
        SimAuth auth = new SimAuth(backupServer ? "PBS" : "PVE");
        auth.addUser(b.user, b.password, true);
        auth.addToken(b.tokenId, b.tokenSecret, true);
        b.extraUsers.forEach(u -> auth.addUser(u[0], u[1], false));
        b.extraTokens.forEach(t -> auth.addToken(t[0], t[1], false));
        PbsTasks pbs = backupServer ? new PbsTasks(clock, nodeList.get(0), java.time.ZoneOffset.UTC) : null;
        SimState state = backupServer ? null
                : new SimState(clock, auth, nodeList, b.guests != null ? b.guests : b.standardInventory(nodeList), b.seed, b.behaviour);
        FaultPlan faults = new FaultPlan(b.seed);
        RequestCounters counters = new RequestCounters();
        TestCertificates.Issued cert = b.https ? (b.certificate != null ? b.certificate : TestCertificates.selfSigned("pve-simulator")) : null;

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2));
        io.vertx.core.Handler<io.vertx.core.http.HttpServerRequest> handler = backupServer
                ? new PbsServer(vertx, auth, new PbsRoutes(pbs), clock, counters, b.unauthorizedDelay, faults)::handle
                : new ApiServer(vertx, state, auth, clock, faults, counters,
                        b.serviceModel ? new ServiceModel(b.daemonServiceTime, b.proxyServiceTime) : null, b.errorStyle, b.unauthorizedDelay)::handle;
        HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(b.port)
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
            throw new IllegalStateException("the simulator could not listen on 127.0.0.1:" + b.port + ": " + e.getMessage(), e);
        }
        URI uri = URI.create((cert != null ? "https" : "http") + "://127.0.0.1:" + server.actualPort());
        return new PveSimulator(b, vertx, server, uri, cert, clock, state, pbs, faults, counters);
    }
}
