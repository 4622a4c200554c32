package io.github.pvetasks.core;

import java.util.Locale;

/** Which part of a node's task list the server reads ({@code source} parameter). */
public enum TaskSource {
    /** Finished tasks only; the server's default, so running tasks are not listed by default. */
    ARCHIVE,
    /** The active file only: running tasks plus the newest finished ones (25 entries at most). */
    ACTIVE,
    /** Active entries first, then the archive. */
    ALL;

    /** @return the parameter value the server expects */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
