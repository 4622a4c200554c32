package io.github.pvetasks.core;

/**
 * No HTTP answer arrived: the connection failed, was reset, timed out, or the body was too large.
 * Says what kind of failure it was and whether the request may have reached the server, which
 * decides whether a task-starting request is safe to send again (it is not, unless
 * {@link #mayHaveReachedServer()} is false).
 */
public class PveTransportException extends PveException {

    private static final long serialVersionUID = 1L;

    /**
     * The small set of failures every transport adapter translates its native exceptions into.
     * The transport policy ({@code io.github.pvetasks.core.spi.TransportPolicy}) decides from the
     * kind alone what to say and whether to try again.
     */
    public enum Kind {
        /** The request could not be sent at all (a bad URI, a client that refused it): never reached the server. */
        NOT_SENT(false),
        /** The transport was closed before the request: never reached the server. */
        CLOSED(false),
        /**
         * The transport was closed while the exchange was in flight, and the exchange was
         * aborted: the request may have reached the server.
         */
        ABORTED(true),
        /** No connection could be made (refused, unreachable host, unknown name): never reached the server. */
        CONNECT_FAILED(false),
        /** No connection within the connect timeout: never reached the server. */
        CONNECT_TIMEOUT(false),
        /** The TLS handshake failed (untrusted certificate, wrong pin): never reached the server. */
        TLS_FAILED(false),
        /**
         * A pooled connection turned out closed by the server before any answer arrived; a read
         * is safe to send again on a fresh connection, a write is not.
         */
        STALE_CONNECTION(true),
        /** No complete answer within the request timeout. */
        TIMED_OUT(true),
        /** The answer's body was larger than the response size limit. */
        TOO_LARGE(true),
        /** The connection broke during the exchange, or the answer was not valid HTTP. */
        BROKEN(true);

        private final boolean mayHaveReachedServer;

        Kind(boolean mayHaveReachedServer) {
            this.mayHaveReachedServer = mayHaveReachedServer;
        }

        /** @return false only for kinds where the server certainly did not receive the request */
        public boolean mayHaveReachedServer() {
            return mayHaveReachedServer;
        }
    }

    /** What failed. */
    private final Kind kind;

    /**
     * @param kind what failed
     * @param message what failed, for people; never contains a secret
     * @param cause the native failure, if any
     */
    public PveTransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        if (kind == null) {
            throw new IllegalArgumentException("transport failure kind must not be null");
        }
        this.kind = kind;
    }

    /**
     * @param message what failed; never contains a secret
     * @param mayHaveReachedServer false only when the request certainly was not sent (e.g. connection refused)
     * @param cause the I/O failure
     */
    public PveTransportException(String message, boolean mayHaveReachedServer, Throwable cause) {
        this(mayHaveReachedServer ? Kind.BROKEN : Kind.NOT_SENT, message, cause);
    }

    /** @return the kind of failure */
    public Kind kind() {
        return kind;
    }

    /** @return false only when the server certainly did not receive the request */
    public boolean mayHaveReachedServer() {
        return kind.mayHaveReachedServer();
    }
}
