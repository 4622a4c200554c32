package io.github.pvetasks.cli;

/** A user error the CLI reports as one line, with exit code 2. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
