package io.github.pvetasks.core.spi;

import io.github.pvetasks.core.PveTransportException;
import io.github.pvetasks.core.PveTransportException.Kind;

/** The one wording of every transport failure, naming the server and the limit that was passed. */
final class TransportFailures {

    private final TransportOptions options;

    TransportFailures(TransportOptions options) {
        this.options = options;
    }

    PveTransportException closed(PveRequest request) {
        return of(Kind.CLOSED, request, null);
    }

    PveTransportException of(Kind kind, PveRequest request, Throwable cause) {
        String where = options.baseUri().toString();
        String message;
        switch (kind) {
            case NOT_SENT:
                message = "cannot send " + request.describe() + ": " + describe(cause);
                break;
            case CLOSED:
                message = "cannot send " + request.describe() + ": the transport is closed";
                break;
            case ABORTED:
                message = request.describe() + " to " + where + " was aborted: the transport was closed while it was"
                        + " in flight (it may have reached the server)";
                break;
            case CONNECT_FAILED:
                message = "cannot connect to " + where + ": " + describe(cause);
                break;
            case CONNECT_TIMEOUT:
                message = "could not connect to " + where + " within " + options.connectTimeout();
                break;
            case TLS_FAILED:
                message = "TLS handshake with " + where + " failed: " + describe(cause)
                        + " (for a self-signed node certificate, pin its SHA-256 fingerprint)";
                break;
            case TIMED_OUT:
                message = "no complete answer from " + where + " within " + options.requestTimeout();
                break;
            case TOO_LARGE:
                message = "the answer from " + where + " is larger than the maximum response size of "
                        + options.maxResponseBytes() + " bytes";
                break;
            case STALE_CONNECTION:
                message = "the connection to " + where + " was closed by the server before it answered: " + describe(cause);
                break;
            default:
                message = "I/O error talking to " + where + ": " + describe(cause);
        }
        return new PveTransportException(kind, message, cause);
    }

    /** The outermost message, with the deepest cause's when they differ. */
    private static String describe(Throwable t) {
        if (t == null) {
            return "no cause";
        }
        Throwable deepest = t;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String inner = deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
        if (deepest == t || t.getMessage() == null || t.getMessage().equals(inner)) {
            return inner;
        }
        return t.getMessage() + " (" + inner + ")";
    }
}
