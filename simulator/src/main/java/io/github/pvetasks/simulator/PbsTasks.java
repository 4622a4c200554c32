package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Proxmox Backup Server's tasks, as functions of simulated time (pbs-task-api.md). One daemon
 * runs every task, so UPIDs share pid and pstart and differ by a task counter; worker ids are
 * systemd-escaped; every log line starts with its RFC 3339 time. A stop is only a request to
 * abort: tasks that check for it end at their next check with their own words, others run on.
 * There is no archive lag: a task is finished in every view the moment its last line is written.
 * Thread-safe (one lock).
 */
final class PbsTasks {

    /** Types that check for an abort at their check points, and end there. */
    private static final Set<String> CHECKS_ABORT = Set.of("verify", "verify_group", "verify_snapshot", "verificationjob",
            "garbage_collection", "tape-backup", "tape-backup-job", "tape-restore");
    /** How long until a checking task reaches its next check point. */
    static final Duration ABORT_CHECK = Duration.ofSeconds(1);
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /** One task. */
    final class Task {
        final Upid upid;
        final Instant start;
        final TaskScript script;
        Instant abortRequestedAt;

        Task(Upid upid, Instant start, TaskScript script) {
            this.upid = upid;
            this.start = start;
            this.script = script;
        }

        /** @return when it ends: its script's end, or the abort's, whichever comes first */
        Instant end() {
            Instant natural = start.plus(script.duration());
            return abortEnd().filter(a -> a.isBefore(natural)).orElse(natural);
        }

        private Optional<Instant> abortEnd() {
            if (abortRequestedAt == null || abortText().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(CHECKS_ABORT.contains(upid.type()) ? abortRequestedAt.plus(ABORT_CHECK) : abortRequestedAt);
        }

        /** @return what the task ends with when aborted; empty for tasks that never check */
        private Optional<String> abortText() {
            String type = upid.type();
            if (CHECKS_ABORT.contains(type)) {
                return Optional.of("abort requested - aborting task");
            }
            switch (type) {
                case "backup": case "reader": return Optional.of("task aborted");
                case "syncjob": return Optional.of("sync aborted");
                case "sync": return Optional.of("pull aborted");
                default: return Optional.empty(); // prune, aptupdate, datastore create: run to the end
            }
        }

        /** @return whether the abort ended it (it reached a check point before its own end) */
        boolean aborted() {
            return abortEnd().map(a -> a.isBefore(start.plus(script.duration()))).orElse(false);
        }

        boolean runningAt(Instant t) {
            return !t.isBefore(start) && t.isBefore(end());
        }

        /** @return the exit status once ended: PBS writes {@code unknown} when the last line is no TASK line */
        String exitStatus() {
            if (aborted()) {
                return abortText().orElseThrow();
            }
            return script.outcome() == TaskScript.Outcome.KILLED ? "unknown" : script.exitStatus();
        }

        /** @return the log at time t, each line prefixed with its time */
        List<String> logAt(Instant t) {
            List<String> out = new ArrayList<>();
            Instant end = end();
            Instant until = t.isBefore(end) ? t : end;
            List<TimedLine> lines = new ArrayList<>();
            script.lines().forEach(l -> lines.add(new TimedLine(start.plus(l.at()), l.text())));
            if (abortRequestedAt != null) {
                lines.add(new TimedLine(abortRequestedAt, "received abort request ..."));
            }
            lines.sort(Comparator.comparing(TimedLine::at));
            for (TimedLine l : lines) {
                if (!l.at().isAfter(until)) {
                    out.add(stamp(l.at()) + ": " + l.text());
                }
            }
            if (!t.isBefore(end)) {
                if (aborted()) {
                    out.add(stamp(end) + ": " + "TASK ERROR: " + abortText().orElseThrow());
                } else {
                    script.finalLine().ifPresent(f -> out.add(stamp(end) + ": " + f));
                }
            }
            return out;
        }
    }

    private record TimedLine(Instant at, String text) {
    }

    private final SimClock clock;
    private final String node;
    private final ZoneOffset offset;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final long pid = 0x3E8;
    private final long pstart = 0x2A5F3;
    private long counter;

    PbsTasks(SimClock clock, String node, ZoneOffset offset) {
        this.clock = clock;
        this.node = node;
        this.offset = offset;
    }

    String node() {
        return node;
    }

    Instant now() {
        return clock.now();
    }

    private String stamp(Instant t) {
        return RFC3339.format(OffsetDateTime.ofInstant(t, offset)); // "+00:00" for UTC, never "Z"
    }

    /**
     * @param type the worker type
     * @param id the worker id, unescaped (may be empty)
     * @param authId who started it
     * @param script what it does
     * @return the new task's UPID
     */
    synchronized Upid start(String type, String id, String authId, TaskScript script) {
        Instant now = clock.now();
        String text = String.format(Locale.ROOT, "UPID:%s:%08X:%08X:%08X:%08X:%s:%s:%s:", node, pid, pstart, counter++,
                now.getEpochSecond(), type, escape(id), authId);
        Upid upid = Upid.parse(text);
        tasks.put(text, new Task(upid, now, script));
        return upid;
    }

    synchronized Optional<Task> task(String upid) {
        return Optional.ofNullable(tasks.get(upid));
    }

    synchronized List<Task> all() {
        return new ArrayList<>(tasks.values());
    }

    /** Asks a task to abort; answers at once whatever happens (PBS only logs failures). */
    synchronized void abort(String upid) {
        Task t = tasks.get(upid);
        Instant now = clock.now();
        if (t != null && t.runningAt(now) && t.abortRequestedAt == null) {
            t.abortRequestedAt = now;
        }
    }

    /** systemd unit escaping, as PBS writes worker ids: '/' is '-', other bytes outside [A-Za-z0-9_.] are \xNN. */
    static String escape(String id) {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'
                    || (b == '.' && i > 0);
            if (b == '/') {
                sb.append('-');
            } else if (plain) {
                sb.append((char) b);
            } else {
                sb.append(String.format(Locale.ROOT, "\\x%02x", b));
            }
        }
        return sb.toString();
    }
}
