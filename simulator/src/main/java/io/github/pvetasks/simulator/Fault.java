package io.github.pvetasks.simulator;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A fault the simulator injects, scoped to endpoints and a node, for a number of requests or
 * with a probability. Immutable; the scoping methods return copies.
 *
 * <pre>{@code
 * sim.inject(Fault.status(596, "Connection timed out").on(Endpoint.TASK_STATUS).onNode("pve2").times(3));
 * sim.inject(Fault.connectionReset().withProbability(0.05));
 * }</pre>
 *
 * <p>Status and reset faults hit before the request is handled (nothing happens on the server);
 * latency, malformed and truncated bodies hit the answer of a request that was handled.
 */
public final class Fault {

    /** What the fault does. */
    public enum Kind {
        /** Answer with an HTTP status and reason phrase instead of handling the request. */
        STATUS,
        /** Hold the answer back for a while. */
        LATENCY,
        /** Close the connection without an answer. */
        RESET,
        /** Answer 200 with a JSON body cut in the middle. */
        MALFORMED_JSON,
        /** Announce a longer body than is sent, then close. */
        TRUNCATED_BODY
    }

    private final Kind kind;
    private final int status;
    private final String reason;
    private final Duration latency;
    private final Set<Endpoint> endpoints;
    private final String node;
    private final int times;
    private final double probability;

    private Fault(Kind kind, int status, String reason, Duration latency, Set<Endpoint> endpoints, String node,
            int times, double probability) {
        this.kind = kind;
        this.status = status;
        this.reason = reason;
        this.latency = latency;
        this.endpoints = endpoints;
        this.node = node;
        this.times = times;
        this.probability = probability;
    }

    private static Fault of(Kind kind, int status, String reason, Duration latency) {
        return new Fault(kind, status, reason, latency, EnumSet.allOf(Endpoint.class), null, -1, 1.0);
    }

    /**
     * @param status the HTTP status (500, 595, 596, 599, ...)
     * @param reason the reason phrase (also the message)
     * @return the fault
     */
    public static Fault status(int status, String reason) {
        if (status < 400 || status > 999 || reason == null || reason.contains("\n")) {
            throw new IllegalArgumentException("a status fault needs a status 400..999 and a one-line reason");
        }
        return of(Kind.STATUS, status, reason, Duration.ZERO);
    }

    /**
     * @param delay wall-clock delay added to answers
     * @return the fault
     */
    public static Fault latency(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        return of(Kind.LATENCY, 0, "", delay);
    }

    /** @return a fault that closes the connection without answering */
    public static Fault connectionReset() {
        return of(Kind.RESET, 0, "", Duration.ZERO);
    }

    /** @return a fault that answers 200 with broken JSON */
    public static Fault malformedJson() {
        return of(Kind.MALFORMED_JSON, 0, "", Duration.ZERO);
    }

    /** @return a fault that sends only half of the body it announced */
    public static Fault truncatedBody() {
        return of(Kind.TRUNCATED_BODY, 0, "", Duration.ZERO);
    }

    /**
     * @param which the endpoints to hit (default: all)
     * @return a copy limited to them
     */
    public Fault on(Endpoint... which) {
        if (which.length == 0) {
            throw new IllegalArgumentException("name at least one endpoint");
        }
        return new Fault(kind, status, reason, latency, EnumSet.copyOf(Set.of(which)), node, times, probability);
    }

    /**
     * @param nodeName the node whose requests to hit (by the node in the path)
     * @return a copy limited to it
     */
    public Fault onNode(String nodeName) {
        if (nodeName == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        return new Fault(kind, status, reason, latency, endpoints, nodeName, times, probability);
    }

    /**
     * @param count how many requests to hit, then the fault is gone
     * @return a copy
     */
    public Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times must be 1 or more, got " + count);
        }
        return new Fault(kind, status, reason, latency, endpoints, node, count, probability);
    }

    /**
     * @param p the chance each matching request is hit, 0..1 (drawn from the simulator's seeded random)
     * @return a copy
     */
    public Fault withProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, got " + p);
        }
        return new Fault(kind, status, reason, latency, endpoints, node, times, p);
    }

    /** @return what the fault does */
    public Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Duration latency() {
        return latency;
    }

    int times() {
        return times;
    }

    double probability() {
        return probability;
    }

    boolean matches(Endpoint endpoint, Optional<String> requestNode) {
        return endpoints.contains(endpoint) && (node == null || requestNode.map(node::equals).orElse(false));
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (kind == Kind.STATUS ? " " + status + " " + reason : "")
                + (node == null ? "" : " node=" + node) + " " + endpoints + "]";
    }
}
