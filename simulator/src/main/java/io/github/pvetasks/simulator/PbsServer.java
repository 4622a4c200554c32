package io.github.pvetasks.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP face of the Proxmox Backup Server flavour: authentication as PBS does it (tokens
 * {@code PBSAPIToken=user@realm!name:secret}, tickets in {@code PBSAuthCookie}, every failure a
 * 401 {@code authentication failed} held until the delay passes), errors as plain text on
 * {@code /api2/json} and as 200 + {@code success: false} on {@code /api2/extjs}, and the routes
 * of {@link PbsRoutes}.
 */
final class PbsServer {

    /** A handler's failure: the status and the plain-text message PBS sends. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Failure(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final Vertx vertx;
    private final SimAuth auth;
    private final PbsRoutes routes;
    private final SimClock clock;
    private final RequestCounters counters;
    private final Duration unauthorizedDelay;
    private final FaultPlan faults;

    PbsServer(Vertx vertx, SimAuth auth, PbsRoutes routes, SimClock clock, RequestCounters counters, Duration unauthorizedDelay,
            FaultPlan faults) {
        this.faults = faults;
        this.vertx = vertx;
        this.auth = auth;
        this.routes = routes;
        this.clock = clock;
        this.counters = counters;
        this.unauthorizedDelay = unauthorizedDelay;
    }

    void handle(HttpServerRequest req) {
        RequestBodies.thenDispatch(req, this::dispatch, (r, e) -> plain(r, 500, "internal simulator error: " + e));
    }

    private void dispatch(HttpServerRequest req, Buffer body) {
        String path = req.path();
        boolean extjs = path.startsWith("/api2/extjs/");
        if (!extjs && !path.startsWith("/api2/json/")) {
            plain(req, 404, "Path '" + path + "' not found.");
            return;
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.substring(extjs ? "/api2/extjs".length() : "/api2/json".length()).split("/")) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        MultiMap params = req.method() == HttpMethod.GET || req.method() == HttpMethod.DELETE ? req.params() : form(body);
        Endpoint endpoint = PbsRoutes.endpoint(req.method(), segments);
        Optional<String> node = Optional.of(routes.node());
        counters.count(endpoint, node);
        Optional<Fault> early = faults.draw(endpoint, node, Fault.Kind.RESET, Fault.Kind.STATUS);
        if (early.isPresent()) {
            if (early.get().kind() == Fault.Kind.RESET) {
                req.connection().close();
            } else {
                plain(req, early.get().status(), early.get().reason());
            }
            return;
        }
        if (req.method() == HttpMethod.POST && segments.equals(List.of("access", "ticket"))) {
            login(req, extjs, params);
            return;
        }
        Optional<SimAuth.Caller> caller = authenticate(req);
        if (caller.isEmpty()) {
            vertx.setTimer(Math.max(1, unauthorizedDelay.toMillis()), id -> plain(req, 401, "authentication failed"));
            return;
        }
        try {
            Object data = routes.route(req.method(), segments, params, caller.get());
            if (data instanceof PbsRoutes.Download) {
                PbsRoutes.Download d = (PbsRoutes.Download) data;
                req.response().putHeader("Content-Type", "text/plain").putHeader("Content-Disposition",
                        "attachment; filename=" + d.fileName()).end(d.text());
                return;
            }
            JsonObject answer = data instanceof PbsRoutes.Page ? ((PbsRoutes.Page) data).envelope() : new JsonObject().put("data", data);
            if (extjs) {
                answer.put("success", true);
            }
            answer(req, endpoint, node, answer);
        } catch (Failure f) {
            if (extjs) {
                json(req, 200, new JsonObject().put("success", false).put("status", f.status).put("message", f.getMessage())
                        .put("data", (Object) null).put("errors", new JsonObject()));
            } else {
                plain(req, f.status, f.getMessage()); // labelled JSON by PBS, but the body is the bare message
            }
        }
    }

    private void login(HttpServerRequest req, boolean extjs, MultiMap params) {
        String user = params.get("username");
        String password = params.get("password");
        Optional<String> ok = user == null || password == null ? Optional.empty() : auth.login(user, password, clock.now());
        if (ok.isEmpty()) {
            vertx.setTimer(Math.max(1, unauthorizedDelay.toMillis()), id -> plain(req, 401, "permission check failed."));
            return;
        }
        JsonObject data = new JsonObject().put("username", ok.get()).put("ticket", auth.issueTicket(ok.get(), clock.now()))
                .put("CSRFPreventionToken", auth.issueCsrf(ok.get(), clock.now()));
        JsonObject answer = new JsonObject().put("data", data);
        if (extjs) {
            answer.put("success", true);
        }
        json(req, 200, answer);
    }

    /** Tokens after {@code PBSAPIToken=} (or a space), split at the first ':'; or a ticket cookie, with CSRF for writes. */
    private Optional<SimAuth.Caller> authenticate(HttpServerRequest req) {
        String header = req.getHeader("Authorization");
        if (header != null && header.startsWith("PBSAPIToken") && header.length() > 12) {
            String value = header.substring(12);
            int colon = value.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String id = value.substring(0, colon);
            String secret = percentDecoded(value.substring(colon + 1));
            return auth.tokenMatches(id, secret) ? Optional.of(new SimAuth.Caller(id, true, auth.privileged(id))) : Optional.empty();
        }
        String cookies = req.getHeader("Cookie");
        if (cookies == null) {
            return Optional.empty();
        }
        for (String c : cookies.split(";")) {
            String kv = c.strip();
            if (kv.startsWith("PBSAuthCookie=")) {
                String ticket = percentDecoded(kv.substring("PBSAuthCookie=".length()));
                Optional<String> user = auth.verifyTicket(ticket, clock.now());
                if (user.isPresent() && req.method() != HttpMethod.GET
                        && !auth.verifyCsrf(req.getHeader("CSRFPreventionToken"), user.get(), clock.now())) {
                    return Optional.empty();
                }
                return user.map(u -> new SimAuth.Caller(u, false, auth.privileged(u)));
            }
        }
        return Optional.empty();
    }

    /** %XX only: a '+' in a ticket's base64 signature or a token secret is itself. */
    private static String percentDecoded(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static MultiMap form(Buffer body) {
        MultiMap m = MultiMap.caseInsensitiveMultiMap();
        for (String pair : body.toString(StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.add(k, v);
        }
        return m;
    }

    /** A success, unless a late fault (latency, a malformed or truncated body) is drawn for it. */
    private void answer(HttpServerRequest req, Endpoint endpoint, Optional<String> node, JsonObject body) {
        Optional<Fault> late = faults.draw(endpoint, node, Fault.Kind.LATENCY, Fault.Kind.MALFORMED_JSON, Fault.Kind.TRUNCATED_BODY);
        if (late.isEmpty()) {
            json(req, 200, body);
            return;
        }
        Buffer bytes = Buffer.buffer(body.encode());
        switch (late.get().kind()) {
            case LATENCY:
                vertx.setTimer(Math.max(1, late.get().latency().toMillis()), id -> json(req, 200, body));
                break;
            case MALFORMED_JSON:
                req.response().putHeader("Content-Type", "application/json;charset=UTF-8").end(bytes.getBuffer(0, Math.max(1, bytes.length() / 2)));
                break;
            default:
                req.response().putHeader("Content-Type", "application/json;charset=UTF-8").putHeader("Content-Length", Integer.toString(bytes.length()))
                        .write(bytes.getBuffer(0, bytes.length() / 2)).onComplete(v -> req.connection().close());
        }
    }

    private static void json(HttpServerRequest req, int status, JsonObject body) {
        req.response().setStatusCode(status).putHeader("Content-Type", "application/json;charset=UTF-8").end(body.encode());
    }

    private static void plain(HttpServerRequest req, int status, String message) {
        req.response().setStatusCode(status).putHeader("Content-Type", "application/json;charset=UTF-8").end(message);
    }
}
