package io.github.pvetasks.simulator;

import java.util.Map;

/** An error the simulated API answers with: HTTP status, message and per-parameter errors. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final transient Map<String, String> errors;

    ApiError(int status, String message, Map<String, String> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = Map.copyOf(errors);
    }

    static ApiError param(String name, String problem) {
        return new ApiError(400, "Parameter verification failed.", Map.of(name, problem));
    }

    static ApiError plain(int status, String message) {
        return new ApiError(status, message, Map.of());
    }
}
