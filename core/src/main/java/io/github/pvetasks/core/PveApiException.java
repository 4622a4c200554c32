package io.github.pvetasks.core;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server answered with an error status. Carries the HTTP status (or, through
 * {@code /api2/extjs}, the status the server reported in the body), the server's message and its
 * per-parameter {@code errors} map, so that a 400 "Parameter verification failed." still says
 * {@code upid: no such task}.
 */
public class PveApiException extends PveException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** The server's own message. */
    private final String serverMessage;
    /** The per-parameter errors, by parameter name. */
    private final Map<String, String> errors;
    /** The request, as "METHOD path". */
    private final String request;

    /**
     * @param status the HTTP status
     * @param serverMessage the server's message (body {@code message} or reason phrase); may be empty
     * @param errors the server's per-parameter errors; may be empty
     * @param request the request, as {@code METHOD /path}, for the message
     */
    public PveApiException(int status, String serverMessage, Map<String, String> errors, String request) {
        super(describe(status, serverMessage, errors, request));
        this.status = status;
        this.serverMessage = PveIdentifiers.requireNonNull(serverMessage, "server message");
        this.errors = Map.copyOf(PveIdentifiers.requireNonNull(errors, "errors"));
        this.request = PveIdentifiers.requireNonNull(request, "request");
    }

    private static String describe(int status, String message, Map<String, String> errors, String request) {
        StringBuilder sb = new StringBuilder().append(request).append(": HTTP ").append(status);
        if (message != null && !message.isEmpty()) {
            sb.append(' ').append(message);
        }
        if (errors != null && !errors.isEmpty()) {
            sb.append(errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + ": " + e.getValue().strip())
                    .collect(Collectors.joining("; ", " (", ")")));
        }
        return sb.toString();
    }

    /** @return the HTTP status (400, 401, 403, 500, 595, ...) */
    public int status() {
        return status;
    }

    /** @return the server's message without a trailing newline; may be empty */
    public String serverMessage() {
        return serverMessage;
    }

    /** @return the server's per-parameter errors, values without trailing newlines */
    public Map<String, String> errors() {
        return errors;
    }

    /**
     * @param parameter a parameter name such as {@code upid}
     * @return the server's error for that parameter
     */
    public Optional<String> error(String parameter) {
        return Optional.ofNullable(errors.get(parameter));
    }

    /** @return the request that failed, as {@code METHOD /path} */
    public String request() {
        return request;
    }

    /** @return true for 400 with {@code errors.upid = "no such task"}: the node has no log for this UPID */
    public boolean isNoSuchTask() {
        return status == 400 && "no such task".equals(errors.get("upid"));
    }

    /**
     * @return true for failures that may go away by themselves: 5xx other than 501, and the
     *         595-599 pseudo-statuses of pveproxy's proxy (node unreachable, TLS, timeouts)
     */
    public boolean isTransient() {
        return status >= 500 && status != 501;
    }
}
