package io.github.pvetasks.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's task files, as a pure function of simulated time: which tasks are in the {@code active}
 * file and which in the {@code index} archive (and {@code index.1}), and since when.
 *
 * <p>As on a real node, only {@code active_workers} moves a finished task to the archive, with
 * the time of archiving as its {@code endtime}: at once (on SIGCHLD in the daemon process that
 * forked it), unless that process is gone (an orphan): then at the next task start on the node
 * or the next pvestatd run, whichever comes first, and never while pvestatd hangs and nothing
 * starts. The archive line is appended before the active file is rewritten, so for a moment the
 * task is in both. {@code index} is rotated to {@code index.1} when it would grow past its size
 * limit; older tasks vanish from every list.
 */
final class TaskArchive {

    /** What a node's list reads at one moment. */
    record View(List<SimTask> active, List<SimTask> archived, Map<SimTask, Instant> archivedAt) {
    }

    /** Periods in which a node's pvestatd hangs: [from, until), until null while it still hangs. */
    record Hang(Instant from, Instant until) {
    }

    private TaskArchive() {
    }

    /**
     * @param nodeTasks every task of the node
     * @param now the moment of the read
     * @param b the node's behaviour
     * @param boot when the node booted (pvestatd runs every interval from then)
     * @param hangs when pvestatd hung
     * @return the active part in file order (start order), and the archive newest first
     */
    static View view(List<SimTask> nodeTasks, Instant now, NodeBehaviour b, Instant boot, List<Hang> hangs) {
        List<Instant> starts = new ArrayList<>();
        for (SimTask t : nodeTasks) {
            if (t.visibleAt(now)) {
                starts.add(t.start);
            }
        }
        Collections.sort(starts);
        Map<SimTask, Instant> archivedAt = new HashMap<>();
        List<SimTask> active = new ArrayList<>();
        List<SimTask> archived = new ArrayList<>();
        for (SimTask t : nodeTasks) {
            if (!t.visibleAt(now)) {
                continue;
            }
            Instant at = t.endedAt(now) ? archiveTime(t, starts, b, boot, hangs) : null;
            boolean inArchive = at != null && !at.isAfter(now);
            if (inArchive) {
                archivedAt.put(t, at);
                archived.add(t);
            }
            if (!inArchive || now.isBefore(at.plus(b.activeRewriteLag()))) {
                active.add(t);
            }
        }
        active.sort(Comparator.comparing((SimTask t) -> t.start).thenComparing(t -> t.upid.pid()));
        archived.sort(Comparator.comparing((SimTask t) -> archivedAt.get(t)).thenComparing(t -> t.start).thenComparing(t -> t.upid.pid()));
        return new View(active, rotate(archived, b.indexRotateBytes()), archivedAt);
    }

    private static Instant archiveTime(SimTask t, List<Instant> sortedStarts, NodeBehaviour b, Instant boot, List<Hang> hangs) {
        Instant end = t.end();
        if (!t.orphan) {
            return end;
        }
        Instant best = null;
        int i = Collections.binarySearch(sortedStarts, end);
        int from = i >= 0 ? i : -i - 1;
        for (int k = from; k < sortedStarts.size(); k++) {
            if (!sortedStarts.get(k).equals(t.start)) {
                best = sortedStarts.get(k);
                break;
            }
        }
        Instant tick = nextTick(end, b.pvestatdInterval(), boot, hangs);
        if (tick != null && (best == null || tick.isBefore(best))) {
            best = tick;
        }
        return best;
    }

    private static Instant nextTick(Instant after, Duration interval, Instant boot, List<Hang> hangs) {
        Instant t = after;
        for (int guard = 0; guard < 10_000; guard++) {
            long n = Duration.between(boot, t).toNanos();
            long step = interval.toNanos();
            Instant tick = boot.plusNanos((n + step - 1) / step * step);
            Hang hung = null;
            for (Hang h : hangs) {
                if (!tick.isBefore(h.from()) && (h.until() == null || tick.isBefore(h.until()))) {
                    hung = h;
                }
            }
            if (hung == null) {
                return tick;
            }
            if (hung.until() == null) {
                return null;
            }
            t = hung.until();
        }
        return null;
    }

    /** Keeps what {@code index} and {@code index.1} hold, newest first. */
    private static List<SimTask> rotate(List<SimTask> inArchiveOrder, int limit) {
        List<SimTask> index = new ArrayList<>();
        List<SimTask> index1 = new ArrayList<>();
        long bytes = 0;
        for (SimTask t : inArchiveOrder) {
            long line = t.upid.toString().length() + 1 + 8 + 1 + t.exitStatus().length() + 1;
            if (bytes + line > limit && !index.isEmpty()) {
                index1 = index;
                index = new ArrayList<>();
                bytes = 0;
            }
            index.add(t);
            bytes += line;
        }
        List<SimTask> out = new ArrayList<>(index.size() + index1.size());
        for (int i = index.size() - 1; i >= 0; i--) {
            out.add(index.get(i));
        }
        for (int i = index1.size() - 1; i >= 0; i--) {
            out.add(index1.get(i));
        }
        return out;
    }
}
