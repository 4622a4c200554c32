package io.github.pvetasks.core;

/**
 * The server answered, but not in the shape the Proxmox VE API has: malformed JSON, a missing
 * {@code data} key, a field of the wrong type, a UPID that does not parse, an HTML page. The
 * message names what was wrong and where.
 */
public class PveProtocolException extends PveException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong, naming the request and the field
     */
    public PveProtocolException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong, naming the request and the field
     * @param cause the parse failure
     */
    public PveProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
