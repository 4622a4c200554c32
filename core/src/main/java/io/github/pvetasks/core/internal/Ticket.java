package io.github.pvetasks.core.internal;

import java.time.Duration;
import java.time.Instant;

/** A login ticket with its CSRF token; {@link #toString()} hides both. */
final class Ticket {

    /** Proxmox VE tickets live two hours. */
    static final Duration LIFETIME = Duration.ofHours(2);

    final String value;
    final String csrfToken;
    final String userId;
    final Instant issuedAt;
    final Instant receivedAt;

    Ticket(String value, String csrfToken, String userId, Instant receivedAt) {
        this.value = value;
        this.csrfToken = csrfToken;
        this.userId = userId;
        this.receivedAt = receivedAt;
        this.issuedAt = timestampOf(value).orElse(receivedAt);
    }

    /** Tickets look like {@code PVE:<userid>:<8-hex epoch>::<signature>}. */
    static java.util.Optional<Instant> timestampOf(String ticket) {
        String[] parts = ticket.split(":", 4);
        if (parts.length >= 3 && parts[2].length() == 8) {
            try {
                return java.util.Optional.of(Instant.ofEpochSecond(Long.parseLong(parts[2], 16)));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The age by the ticket's own timestamp or by when it arrived, whichever is greater, so that
     * neither a server clock behind ours nor one ahead lets the ticket expire unnoticed.
     */
    Duration age(Instant now) {
        Duration byTimestamp = Duration.between(issuedAt, now);
        Duration byReceipt = Duration.between(receivedAt, now);
        return byTimestamp.compareTo(byReceipt) > 0 ? byTimestamp : byReceipt;
    }

    @Override
    public String toString() {
        return "Ticket[" + userId + ", issued " + issuedAt + ", value=***, csrf=***]";
    }
}
