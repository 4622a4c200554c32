package io.github.pvetasks.core;

/** The base of every exception pve-tasks throws for a failed operation. Unchecked. */
public class PveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong; never contains a secret
     */
    public PveException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong; never contains a secret
     * @param cause the underlying failure
     */
    public PveException(String message, Throwable cause) {
        super(message, cause);
    }
}
