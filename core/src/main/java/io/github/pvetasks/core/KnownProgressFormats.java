package io.github.pvetasks.core;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress line formats Proxmox VE writes, from its source and from real logs of PVE 5 to 9.
 * A cheap substring check picks the candidate format before any regex runs, so lines without
 * progress (the vast majority) cost one or two {@code indexOf} calls.
 */
final class KnownProgressFormats implements ProgressParser {

    private static final String SIZE = "(\\d+(?:\\.\\d+)?) ?([KMGTPE]?i?B)";

    /** {@code mirror-scsi0: transferred 4.2 GiB of 32.0 GiB (13.13%) in 31s[, ready]}; without job: qemu-img. */
    private static final Pattern RENDERED_TRANSFER = Pattern.compile(
            "^(?:(\\S+): )?transferred " + SIZE + " of " + SIZE + " \\((\\d+(?:\\.\\d+)?)%\\)(?: in (.+?))?(?:, (?:ready|still busy))?\\s*$");

    /** PVE 5/6: {@code [drive-scsi0: ]transferred: X bytes remaining: R bytes total: T bytes progression: P %[ busy: b ready: r]}. */
    private static final Pattern LEGACY_TRANSFER = Pattern.compile(
            "^(?:(\\S+): )?transferred: (\\d+) bytes remaining: (\\d+) bytes total: (\\d+) bytes progression: (\\d+(?:\\.\\d+)?) %.*$");

    /** {@code INFO:  45% (14.4 GiB of 32.0 GiB) in 1m 5s, read: 230.0 MiB/s, write: 201.3 MiB/s}. */
    private static final Pattern VZDUMP = Pattern.compile(
            "^INFO: +(\\d{1,3})% \\(" + SIZE + " of " + SIZE + "\\) in ([^,]+), read: " + SIZE + "/s, write: " + SIZE + "/s\\s*$");

    /** PVE 5: {@code INFO: status: 1% (346030080/32212254720), sparse 0% (51142656), duration 3, read/write 115/98 MB/s}. */
    private static final Pattern VZDUMP_LEGACY = Pattern.compile(
            "^INFO: status: (\\d{1,3})% \\((\\d+)/(\\d+)\\), sparse .*?duration (\\d+),.*$");

    /** {@code [YYYY-MM-DD HH:MM:SS ]migration active, transferred 2.0 GiB of 12.6 GiB VM-state, 1.1 GiB/s}. */
    private static final Pattern MIGRATION = Pattern.compile(
            "^(?:\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} )?migration active, transferred " + SIZE + " of " + SIZE
                    + " VM-state, " + SIZE + "/s.*$");

    /** PVE 5/6: {@code [ts ]migration status: active (transferred 404734383, remaining 1652740096), total 2165121024)}. */
    private static final Pattern MIGRATION_LEGACY = Pattern.compile(
            "^(?:\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} )?migration status: active \\(transferred (\\d+), remaining (\\d+)\\), total (\\d+)\\).*$");

    /** VMA and PBS restore: {@code progress 7% (read 603979776 bytes[, zeroes = 52% (314572800 bytes)], duration 1 sec)}. */
    private static final Pattern RESTORE = Pattern.compile(
            "^progress (\\d{1,3})% \\(read (\\d+) bytes(?:, zeroes = \\d+% \\(\\d+ bytes\\))?, duration (\\d+) sec\\)\\s*$");

    /** PBS verify, pull sync, tape: {@code percentage done: 98.25% (18/19 groups, ...)}; push sync writes {@code Percentage}. */
    private static final Pattern PBS = Pattern.compile("^[Pp]ercentage done: (\\d+(?:\\.\\d+)?)%.*$");

    /** PBS garbage collection: {@code marked 45% (120 of 266 index files)} in phase 1, {@code processed 45% (1234 chunks)} in phase 2. */
    private static final Pattern PBS_GC = Pattern.compile("^(marked|processed) (\\d{1,3})% \\(.*\\)\\s*$");

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([dhms])");

    @Override
    public Optional<Progress> parse(String line) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        try {
            return recognise(TaskLogLine.withoutTimestamp(line)); // PBS lines start with their time
        } catch (IllegalArgumentException e) {
            // An absurd number (too many digits, a percentage over 100): not progress we can trust.
            return Optional.empty();
        }
    }

    private static Optional<Progress> recognise(String line) {
        int transferred = line.indexOf("transferred");
        if (transferred >= 0) {
            if (line.indexOf("migration", 0) >= 0) {
                return migration(line);
            }
            return transfer(line);
        }
        if (line.startsWith("INFO: ")) {
            return vzdump(line);
        }
        if (line.startsWith("progress ")) {
            return restore(line);
        }
        if (line.startsWith("percentage done: ") || line.startsWith("Percentage done: ")) {
            return pbs(line);
        }
        if (line.startsWith("marked ") || line.startsWith("processed ")) {
            return garbageCollection(line);
        }
        return Optional.empty();
    }

    private static Optional<Progress> transfer(String line) {
        Matcher m = RENDERED_TRANSFER.matcher(line);
        if (m.matches()) {
            String job = m.group(1);
            Progress.Builder b = Progress.builder(job == null ? ProgressFormat.QEMU_IMG : ProgressFormat.MIRROR, line)
                    .fraction(Double.parseDouble(m.group(6)) / 100)
                    .bytes(bytes(m.group(2), m.group(3)), bytes(m.group(4), m.group(5)));
            if (job != null) {
                b.phase(job);
            }
            if (m.group(7) != null) {
                duration(m.group(7)).ifPresent(b::elapsed);
            }
            return Optional.of(b.build());
        }
        m = LEGACY_TRANSFER.matcher(line);
        if (m.matches()) {
            String job = m.group(1);
            long done = Long.parseLong(m.group(2));
            long total = Long.parseLong(m.group(4));
            Progress.Builder b = Progress.builder(job == null ? ProgressFormat.QEMU_IMG : ProgressFormat.MIRROR, line)
                    .fraction(Double.parseDouble(m.group(5)) / 100).bytes(done, total);
            if (job != null) {
                b.phase(job);
            }
            return Optional.of(b.build());
        }
        return Optional.empty();
    }

    private static Optional<Progress> vzdump(String line) {
        Matcher m = VZDUMP.matcher(line);
        if (m.matches()) {
            Progress.Builder b = Progress.builder(ProgressFormat.VZDUMP, line)
                    .fraction(Integer.parseInt(m.group(1)) / 100.0)
                    .bytes(bytes(m.group(2), m.group(3)), bytes(m.group(4), m.group(5)))
                    .bytesPerSecond(bytes(m.group(9), m.group(10)));
            duration(m.group(6)).ifPresent(b::elapsed);
            return Optional.of(b.build());
        }
        m = VZDUMP_LEGACY.matcher(line);
        if (m.matches()) {
            return Optional.of(Progress.builder(ProgressFormat.VZDUMP, line)
                    .fraction(Integer.parseInt(m.group(1)) / 100.0)
                    .bytes(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)))
                    .elapsed(Duration.ofSeconds(Long.parseLong(m.group(4))))
                    .build());
        }
        return Optional.empty();
    }

    private static Optional<Progress> migration(String line) {
        Matcher m = MIGRATION.matcher(line);
        if (m.matches()) {
            long done = bytes(m.group(1), m.group(2));
            long total = bytes(m.group(3), m.group(4));
            Progress.Builder b = Progress.builder(ProgressFormat.MIGRATION, line).bytes(done, total)
                    .bytesPerSecond(bytes(m.group(5), m.group(6)));
            if (total > 0) {
                // RAM dirtied during the copy can be sent twice, so "done" may pass "total".
                b.fraction(Math.min(1.0, (double) done / total));
            }
            return Optional.of(b.build());
        }
        m = MIGRATION_LEGACY.matcher(line);
        if (m.matches()) {
            long done = Long.parseLong(m.group(1));
            long total = Long.parseLong(m.group(3));
            Progress.Builder b = Progress.builder(ProgressFormat.MIGRATION, line).bytes(done, total);
            if (total > 0) {
                b.fraction(Math.min(1.0, (double) done / total));
            }
            return Optional.of(b.build());
        }
        return Optional.empty();
    }

    private static Optional<Progress> restore(String line) {
        Matcher m = RESTORE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Progress.builder(ProgressFormat.RESTORE, line)
                .fraction(Math.min(100, Integer.parseInt(m.group(1))) / 100.0)
                .bytesDone(Long.parseLong(m.group(2)))
                .elapsed(Duration.ofSeconds(Long.parseLong(m.group(3))))
                .build());
    }

    private static Optional<Progress> pbs(String line) {
        Matcher m = PBS.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        double percent = Double.parseDouble(m.group(1));
        if (percent > 100) {
            return Optional.empty();
        }
        return Optional.of(Progress.builder(ProgressFormat.PBS, line).fraction(percent / 100).build());
    }

    private static Optional<Progress> garbageCollection(String line) {
        Matcher m = PBS_GC.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int percent = Integer.parseInt(m.group(2));
        if (percent > 100) {
            return Optional.empty();
        }
        String phase = m.group(1).equals("marked") ? "GC phase1 (mark used chunks)" : "GC phase2 (sweep unused chunks)";
        return Optional.of(Progress.builder(ProgressFormat.PBS_GC, line).fraction(percent / 100.0).phase(phase).build());
    }

    /** Sizes as {@code PVE::Format::render_bytes} prints them: base 1024, units B to EiB. */
    static long bytes(String number, String unit) {
        double value = Double.parseDouble(number);
        int power;
        switch (unit.charAt(0)) {
            case 'K': power = 1; break;
            case 'M': power = 2; break;
            case 'G': power = 3; break;
            case 'T': power = 4; break;
            case 'P': power = 5; break;
            case 'E': power = 6; break;
            default: power = 0;
        }
        double base = unit.length() == 3 || power == 0 ? 1024 : 1000;
        double result = value * Math.pow(base, power);
        return result >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(result);
    }

    /** Durations as {@code PVE::Format::render_duration} prints them: {@code 1h 2m 5s}, {@code 0s}. */
    static Optional<Duration> duration(String text) {
        Matcher m = DURATION_PART.matcher(text);
        long seconds = 0;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                return Optional.empty();
            }
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "d": seconds += n * 86400; break;
                case "h": seconds += n * 3600; break;
                case "m": seconds += n * 60; break;
                default: seconds += n;
            }
            end = m.end();
            any = true;
        }
        return any && text.substring(end).isBlank() ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }
}
