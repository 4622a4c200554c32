package io.github.pvetasks.core;

import java.util.Optional;

/**
 * Reads progress from one task log line. Implementations must be stateless and thread-safe, and
 * must return empty (never throw) for a line they do not recognise.
 */
@FunctionalInterface
public interface ProgressParser {

    /**
     * @param line one log line, without its newline
     * @return the progress the line reports, or empty
     */
    Optional<Progress> parse(String line);
}
