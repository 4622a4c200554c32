package io.github.pvetasks.core;

import java.util.Map;

/**
 * Authentication failed: a 401 for a token, a rejected login, a second factor required, or a
 * ticket that could not be renewed. Never carries a secret.
 */
public class PveAuthenticationException extends PveApiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status the HTTP status (usually 401)
     * @param serverMessage the server's message, may be empty
     * @param request the request, as {@code METHOD /path}
     */
    public PveAuthenticationException(int status, String serverMessage, String request) {
        super(status, serverMessage, Map.of(), request);
    }
}
