package io.github.pvetasks.core;

import java.util.Locale;

/**
 * A finished task's exit status, classified exactly as the Proxmox VE backend does
 * ({@code PVE::UPID::normalize_status_type}).
 *
 * <ul>
 *   <li>{@code OK} is {@link Kind#OK};</li>
 *   <li>{@code WARNINGS: <n>} is {@link Kind#WARNING}: the task <em>succeeded</em> with n warnings;</li>
 *   <li>the empty string and {@code unexpected status} (a task killed without writing its final
 *       line) are {@link Kind#UNKNOWN}; so is Proxmox Backup Server's {@code unknown} (the same, or
 *       a task it has no log of), see {@link #parse(String, Product)};</li>
 *   <li>anything else is {@link Kind#ERROR}, and the whole string is the error message (the server
 *       strips the {@code TASK ERROR: } prefix, so a message starting with "WARN" is still an error).</li>
 * </ul>
 *
 * <p>Immutable; equal when the raw strings are equal.
 */
public final class ExitStatus {

    /** The server's status classes, as used by the task list's {@code statusfilter}. */
    public enum Kind {
        /** {@code OK}. */
        OK,
        /** {@code WARNINGS: n}: success with warnings. */
        WARNING,
        /** Any error message. */
        ERROR,
        /** No status could be read (empty or {@code unexpected status}); running tasks count here too. */
        UNKNOWN;

        /** @return the lower-case name the server uses in {@code statusfilter} ({@code ok}, {@code warning}, ...) */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String WARNINGS_PREFIX = "WARNINGS: ";

    /** The exit status of a task that ended cleanly. */
    public static final ExitStatus OK = new ExitStatus("OK", Kind.OK, 0);

    private final String raw;
    private final Kind kind;
    private final long warnings;

    private ExitStatus(String raw, Kind kind, long warnings) {
        this.raw = raw;
        this.kind = kind;
        this.warnings = warnings;
    }

    /**
     * Classifies an exit status string.
     *
     * @param raw the {@code exitstatus} (or list {@code status}) the server sent
     * @return the classified status; never fails for a non-null string
     * @throws IllegalArgumentException when {@code raw} is null
     */
    public static ExitStatus parse(String raw) {
        PveIdentifiers.requireNonNull(raw, "exit status");
        if (raw.equals("OK")) {
            return OK;
        }
        if (raw.isEmpty() || raw.equals("unexpected status")) {
            return new ExitStatus(raw, Kind.UNKNOWN, 0);
        }
        long warnings = warningCount(raw);
        if (warnings >= 0) {
            return new ExitStatus(raw, Kind.WARNING, warnings);
        }
        return new ExitStatus(raw, Kind.ERROR, 0);
    }

    /**
     * Classifies an exit status string as the given product does. Proxmox Backup Server writes
     * {@code unknown} where Proxmox VE writes {@code unexpected status}; on Proxmox VE the same word
     * would be an error message.
     *
     * @param raw the {@code exitstatus} (or list {@code status}) the server sent
     * @param product the product that sent it
     * @return the classified status
     * @throws IllegalArgumentException when an argument is null
     */
    public static ExitStatus parse(String raw, Product product) {
        PveIdentifiers.requireNonNull(product, "product");
        if (product == Product.PBS && "unknown".equals(raw)) {
            return new ExitStatus(raw, Kind.UNKNOWN, 0);
        }
        return parse(raw);
    }

    /** @return the count of {@code ^WARNINGS: \d+$}, saturated at Long.MAX_VALUE, or -1 if no match */
    private static long warningCount(String raw) {
        if (!raw.startsWith(WARNINGS_PREFIX) || raw.length() == WARNINGS_PREFIX.length()) {
            return -1;
        }
        long count = 0;
        for (int i = WARNINGS_PREFIX.length(); i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            count = count > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : count * 10 + (c - '0');
        }
        return count;
    }

    /** @return the exit status exactly as the server sent it */
    public String raw() {
        return raw;
    }

    /** @return the server's class of this status */
    public Kind kind() {
        return kind;
    }

    /** @return the warning count for {@link Kind#WARNING}, otherwise 0 */
    public long warnings() {
        return warnings;
    }

    /** @return true for {@link Kind#OK} and {@link Kind#WARNING}, as the backend counts success */
    public boolean isSuccess() {
        return kind == Kind.OK || kind == Kind.WARNING;
    }

    /**
     * @param warningsAreSuccess whether {@code WARNINGS: n} counts as success
     * @return whether this status is a success under that rule
     */
    public boolean isSuccess(boolean warningsAreSuccess) {
        return kind == Kind.OK || (kind == Kind.WARNING && warningsAreSuccess);
    }

    /** @return the human message: for an error the whole error text, otherwise the raw status */
    public String message() {
        return raw;
    }

    /** @return the raw status */
    @Override
    public String toString() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExitStatus && ((ExitStatus) o).raw.equals(raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }
}
