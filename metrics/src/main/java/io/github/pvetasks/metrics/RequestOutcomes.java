package io.github.pvetasks.metrics;

import io.github.pvetasks.core.PveApiException;
import io.micrometer.core.instrument.binder.http.Outcome;

/**
 * The {@code outcome} tag of request meters, with Micrometer's own values ({@link Outcome}), so
 * the monitor's requests and the transport's exchanges can be read side by side.
 */
final class RequestOutcomes {

    private RequestOutcomes() {
    }

    /** @return the outcome of an HTTP status */
    static String forStatus(int status) {
        return Outcome.forStatus(status).name();
    }

    /** @return the outcome of a request that got no answer ({@code UNKNOWN}) */
    static String noAnswer() {
        return Outcome.UNKNOWN.name();
    }

    /**
     * @param failure why a request failed, or null when it succeeded
     * @return {@code SUCCESS}, the class of the server's status, or {@code UNKNOWN} when no
     *         status came (an I/O failure, a body that could not be read)
     */
    static String forFailure(Throwable failure) {
        if (failure == null) {
            return Outcome.SUCCESS.name();
        }
        if (failure instanceof PveApiException) {
            return forStatus(((PveApiException) failure).status());
        }
        return noAnswer();
    }
}
