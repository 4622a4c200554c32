package io.github.pvetasks.cli;

import picocli.CommandLine.Option;

/** The {@code --output} option: text for people, json for programs. */
final class OutputOption {
    @Option(names = "--output", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    String format;

    /** @return whether standard output is one JSON document */
    boolean json() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException("unknown output format '" + format + "': use text or json");
        }
        return format.equals("json");
    }
}
