package io.github.pvetasks.core;

/**
 * No HTTP answer arrived: the connection failed, was reset, timed out, or the body was too large.
 * Says whether the request may have reached the server, which decides whether a task-starting
 * request is safe to send again (it is not, unless {@link #mayHaveReachedServer()} is false).
 */
public class PveTransportException extends PveException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedServer;

    /**
     * @param message what failed; never contains a secret
     * @param mayHaveReachedServer false only when the request certainly was not sent (e.g. connection refused)
     * @param cause the I/O failure
     */
    public PveTransportException(String message, boolean mayHaveReachedServer, Throwable cause) {
        super(message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /** @return false only when the server certainly did not receive the request */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
