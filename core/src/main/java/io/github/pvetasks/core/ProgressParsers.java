package io.github.pvetasks.core;

import java.util.List;
import java.util.Optional;

/** Ready-made {@link ProgressParser}s and ways to combine them. */
public final class ProgressParsers {

    private static final ProgressParser DEFAULTS = new KnownProgressFormats();

    private ProgressParsers() {
    }

    /**
     * A parser for every format Proxmox VE prints: QEMU mirror jobs (PVE 5 to 9 forms),
     * qemu-img convert (old and new), vzdump, live migration (old and new), VMA and PBS restore,
     * and PBS {@code percentage done} lines.
     *
     * @return the parser
     */
    public static ProgressParser defaults() {
        return DEFAULTS;
    }

    /**
     * The first parser that recognises a line wins.
     *
     * @param parsers the parsers, tried in order
     * @return the combined parser
     */
    public static ProgressParser firstOf(ProgressParser... parsers) {
        PveIdentifiers.requireNonNull(parsers, "progress parsers");
        List<ProgressParser> list = List.of(parsers);
        return line -> {
            for (ProgressParser p : list) {
                Optional<Progress> r = p.parse(line);
                if (r.isPresent()) {
                    return r;
                }
            }
            return Optional.empty();
        };
    }

    /**
     * The progress of the last line that reports any.
     *
     * @param parser the parser to use
     * @param lines log lines in order
     * @return the latest progress, or empty when no line reports progress
     */
    public static Optional<Progress> latest(ProgressParser parser, List<TaskLogLine> lines) {
        PveIdentifiers.requireNonNull(parser, "progress parser");
        PveIdentifiers.requireNonNull(lines, "log lines");
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<Progress> p = parser.parse(lines.get(i).text());
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }
}
