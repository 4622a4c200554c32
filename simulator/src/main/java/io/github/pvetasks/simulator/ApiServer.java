package io.github.pvetasks.simulator;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP face of the simulator: parses requests as pveproxy does, authenticates, applies
 * faults and the service model, routes to {@link SimState}, and formats answers in the
 * {@code json} or {@code extjs} format with the configured {@link ErrorStyle}.
 */
final class ApiServer {

    private final Vertx vertx;
    private final SimState state;
    private final Routes routes;
    private final SimAuth auth;
    private final SimClock clock;
    private final FaultPlan faults;
    private final RequestCounters counters;
    private final ServiceModel service;
    private final ErrorStyle errorStyle;
    private final Duration unauthorizedDelay;

    ApiServer(Vertx vertx, SimState state, SimAuth auth, SimClock clock, FaultPlan faults, RequestCounters counters,
            ServiceModel service, ErrorStyle errorStyle, Duration unauthorizedDelay) {
        this.vertx = vertx;
        this.state = state;
        this.routes = new Routes(state);
        this.auth = auth;
        this.clock = clock;
        this.faults = faults;
        this.counters = counters;
        this.service = service;
        this.errorStyle = errorStyle;
        this.unauthorizedDelay = unauthorizedDelay;
    }

    /** One request on its way through. */
    private final class Exchange {
        final HttpServerRequest req;
        final boolean extjs;
        final List<String> segments;
        final Endpoint endpoint;
        final Optional<String> node;
        Map<String, String> params;
        SimAuth.Caller caller;

        Exchange(HttpServerRequest req, boolean extjs, List<String> segments) {
            this.req = req;
            this.extjs = extjs;
            this.segments = segments;
            this.endpoint = routes.classify(req.method(), segments);
            this.node = segments.size() >= 2 && segments.get(0).equals("nodes") ? Optional.of(segments.get(1)) : Optional.empty();
        }

        String relPath() {
            return "/" + String.join("/", segments);
        }
    }

    void handle(HttpServerRequest req) {
        RequestBodies.thenDispatch(req, this::dispatch,
                (r, e) -> send(r, 500, "internal simulator error: " + e, Buffer.buffer(), "text/plain"));
    }

    private void dispatch(HttpServerRequest req, Buffer body) {
        String path = req.path();
        boolean extjs;
        String rest;
        if (path.startsWith("/api2/json/") || path.equals("/api2/json")) {
            extjs = false;
            rest = path.substring("/api2/json".length());
        } else if (path.startsWith("/api2/extjs/") || path.equals("/api2/extjs")) {
            extjs = true;
            rest = path.substring("/api2/extjs".length());
        } else {
            send(req, 501, "no such uri", Buffer.buffer(), "text/plain");
            return;
        }
        List<String> segments = new ArrayList<>();
        for (String s : rest.split("/")) {
            if (!s.isEmpty()) {
                segments.add(unescape(s));
            }
        }
        Exchange x = new Exchange(req, extjs, segments);
        counters.count(x.endpoint, x.node);

        Optional<Fault> early = faults.draw(x.endpoint, x.node, Fault.Kind.RESET, Fault.Kind.STATUS);
        if (early.isPresent()) {
            if (early.get().kind() == Fault.Kind.RESET) {
                req.connection().close();
            } else {
                error(x, new ApiError(early.get().status(), early.get().reason(), Map.of()));
            }
            return;
        }
        try {
            x.params = parameters(req, body);
        } catch (ApiError e) {
            error(x, e);
            return;
        }
        if (x.endpoint == Endpoint.LOGIN) {
            login(x);
            return;
        }
        Optional<String> authProblem = authenticate(x);
        if (authProblem.isPresent()) {
            delayed(unauthorizedDelay, () -> send(req, 401, authProblem.get(), Buffer.buffer(), "application/json;charset=UTF-8"));
            return;
        }
        Duration wait = service == null ? Duration.ZERO : service.admit(x.node.orElse(""), x.endpoint);
        delayed(wait, () -> execute(x));
    }

    private void execute(Exchange x) {
        Object result;
        try {
            result = route(x);
        } catch (ApiError e) {
            error(x, e);
            return;
        }
        if (result instanceof Routes.StopResult) {
            // The DELETE returns only once the worker is gone (at most ~5 s on a real node).
            Duration wall = clock.wallTimeOf(((Routes.StopResult) result).simulatedWait());
            delayed(wall.compareTo(Duration.ofSeconds(6)) > 0 ? Duration.ofSeconds(6) : wall,
                    () -> success(x, new SimState.Ok(null, null)));
            return;
        }
        if (result instanceof SimState.Download) {
            SimState.Download d = (SimState.Download) result;
            x.req.response().putHeader("Content-Disposition", "attachment; filename=\"" + d.filename() + "\"");
            send(x.req, 200, "OK", Buffer.buffer(d.text()), "text/plain");
            return;
        }
        success(x, (SimState.Ok) result);
    }

    private Object route(Exchange x) {
        return routes.match(x.req.method(), x.segments)
                .map(m -> m.route().handler().handle(m.vars(), x.params, x.caller))
                .orElseThrow(() -> ApiError.plain(501, "Method '" + x.req.method().name() + " " + x.relPath() + "' not implemented"));
    }

    // ---------------------------------------------------------------- auth

    private Optional<String> authenticate(Exchange x) {
        MultiMap h = x.req.headers();
        String authorization = h.get("Authorization");
        if (authorization != null && (authorization.startsWith("PVEAPIToken=") || authorization.startsWith("PVEAPIToken "))) {
            String value = authorization.substring("PVEAPIToken".length() + 1);
            int semi = value.indexOf(';');
            value = unescape(semi >= 0 ? value.substring(0, semi) : value).strip();
            Optional<String> id = auth.verifyToken(value);
            if (id.isEmpty()) {
                return Optional.of("Authentication failed!");
            }
            x.caller = new SimAuth.Caller(id.get(), true, auth.privileged(id.get()));
            return Optional.empty();
        }
        String ticket = cookie(h.get("Cookie"));
        if (ticket == null && authorization != null && authorization.startsWith("PVEAuthCookie=")) {
            ticket = unescape(authorization.substring("PVEAuthCookie=".length()));
        }
        if (ticket == null) {
            return Optional.of("No ticket");
        }
        Optional<String> user = auth.verifyTicket(ticket, clock.now());
        if (user.isEmpty()) {
            return Optional.of("Authentication failed!");
        }
        if (x.req.method() != HttpMethod.GET && !auth.verifyCsrf(h.get("CSRFPreventionToken"), user.get(), clock.now())) {
            return Optional.of("Permission denied - invalid csrf token");
        }
        x.caller = new SimAuth.Caller(user.get(), false, auth.privileged(user.get()));
        return Optional.empty();
    }

    private static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.startsWith("PVEAuthCookie=")) {
                return unescape(p.substring("PVEAuthCookie=".length()));
            }
        }
        return null;
    }

    private void login(Exchange x) {
        String user = x.params.get("username");
        String password = x.params.get("password");
        if (user == null || password == null) {
            error(x, ApiError.param(user == null ? "username" : "password", "property is missing and it is not optional"));
            return;
        }
        if (!user.contains("@") && x.params.containsKey("realm")) {
            user = user + "@" + x.params.get("realm");
        }
        Optional<String> ok = auth.login(user, password, clock.now());
        if (ok.isEmpty()) {
            delayed(unauthorizedDelay, () -> error(x, ApiError.plain(401, "authentication failure")));
            return;
        }
        String u = ok.get();
        JsonObject data = new JsonObject().put("username", u).put("ticket", auth.issueTicket(u, clock.now()))
                .put("CSRFPreventionToken", auth.issueCsrf(u, clock.now()))
                .put("cap", new JsonObject().put("nodes", new JsonObject().put("Sys.Audit", 1)))
                .put("clustername", "pve-sim");
        success(x, new SimState.Ok(data, null));
    }

    // ---------------------------------------------------------------- parameters

    private static Map<String, String> parameters(HttpServerRequest req, Buffer body) {
        Map<String, String> p = new LinkedHashMap<>();
        String query = req.query();
        if (query != null) {
            parseForm(query, p);
        }
        if (body.length() > 0) {
            String type = req.getHeader("Content-Type");
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                try {
                    Object parsed = Buffer.buffer(body.getBytes()).toJsonValue();
                    if (!(parsed instanceof JsonObject)) {
                        throw ApiError.plain(400, "JSON body must be an object");
                    }
                    ((JsonObject) parsed).forEach(e -> p.put(e.getKey(), e.getValue() == null ? "" : asParam(e.getValue())));
                } catch (DecodeException e) {
                    throw ApiError.plain(400, "unable to parse JSON body");
                }
            } else {
                parseForm(body.toString(StandardCharsets.UTF_8), p);
            }
        }
        return p;
    }

    private static String asParam(Object v) {
        if (v instanceof Boolean) {
            return ((Boolean) v) ? "1" : "0";
        }
        return String.valueOf(v);
    }

    private static void parseForm(String form, Map<String, String> into) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
    }

    /** Decodes only {@code %XX} escapes; a '+' stays a '+', as PVE's uri_unescape does. */
    static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0 && Character.digit(in[i + 2], 16) >= 0) {
                out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- answers

    private void success(Exchange x, SimState.Ok ok) {
        JsonObject body = new JsonObject().put("data", ok.data());
        if (ok.total() != null && ok.total() > 0) {
            body.put("total", ok.total());
        }
        if (x.extjs) {
            body.put("success", 1);
        }
        answer(x, 200, "OK", body);
    }

    private void error(Exchange x, ApiError e) {
        String message = e.getMessage();
        JsonObject body = new JsonObject().put("data", (Object) null);
        if (!e.errors.isEmpty()) {
            JsonObject errors = new JsonObject();
            e.errors.forEach(errors::put);
            body.put("errors", errors);
        }
        if (x.extjs) {
            // The extjs formatter turns every handler error into 200 + success 0 (auth errors never get here).
            body.put("message", message + "\n").put("status", e.status).put("success", 0);
            answer(x, 200, "OK", body);
            return;
        }
        if (errorStyle == ErrorStyle.MODERN) {
            body.put("message", message + "\n");
        }
        answer(x, e.status, message, body);
    }

    private void answer(Exchange x, int status, String reason, JsonObject body) {
        Buffer bytes = Buffer.buffer(body.encode());
        Optional<Fault> late = faults.draw(x.endpoint, x.node, Fault.Kind.LATENCY, Fault.Kind.MALFORMED_JSON, Fault.Kind.TRUNCATED_BODY);
        if (late.isEmpty()) {
            send(x.req, status, reason, bytes, "application/json;charset=UTF-8");
            return;
        }
        Fault f = late.get();
        switch (f.kind()) {
            case LATENCY:
                delayed(f.latency(), () -> send(x.req, status, reason, bytes, "application/json;charset=UTF-8"));
                break;
            case MALFORMED_JSON:
                send(x.req, 200, "OK", bytes.getBuffer(0, Math.max(1, bytes.length() / 2)), "application/json;charset=UTF-8");
                break;
            default:
                HttpServerResponse r = x.req.response();
                r.setStatusCode(status).setStatusMessage(reason).putHeader("Content-Type", "application/json;charset=UTF-8")
                        .putHeader("Content-Length", Integer.toString(bytes.length()));
                r.write(bytes.getBuffer(0, bytes.length() / 2)).onComplete(v -> x.req.connection().close());
        }
    }

    private void send(HttpServerRequest req, int status, String reason, Buffer body, String contentType) {
        HttpServerResponse r = req.response();
        if (r.ended() || r.closed()) {
            return;
        }
        r.setStatusCode(status).setStatusMessage(reason.replaceAll("[\\r\\n]+", " "))
                .putHeader("Content-Type", contentType)
                .putHeader("Cache-Control", "max-age=0")
                .putHeader("Pragma", "no-cache")
                .putHeader("Server", "pve-api-daemon/3.0");
        if (status >= 400) {
            // pveproxy closes the keep-alive connection after an error.
            r.putHeader("Connection", "close");
            r.end(body).onComplete(v -> req.connection().close());
        } else {
            r.end(body);
        }
    }

    private void delayed(Duration d, Runnable action) {
        long ms = d.toMillis();
        if (ms <= 0) {
            action.run();
        } else {
            vertx.setTimer(ms, id -> action.run());
        }
    }
}
