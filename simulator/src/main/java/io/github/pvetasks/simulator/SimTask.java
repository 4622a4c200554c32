package io.github.pvetasks.simulator;

import io.github.pvetasks.core.Upid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated task. Its state is a function of simulated time, so nothing needs a timer: the
 * log at time t is the script's lines up to t, and the task has ended once t passes its end.
 * Guarded by the simulator's state lock.
 */
final class SimTask {

    /** PVE's stop: SIGTERM, a check once a second, then SIGKILL after 5 s. */
    static final Duration KILL_AFTER = Duration.ofSeconds(5);
    /** How long after the SIGKILL the worker is gone (the DELETE has answered by then). */
    static final Duration KILL_LAG = Duration.ofMillis(100);

    final Upid upid;
    final String node;
    final Instant start;
    final TaskScript script;
    /** Runs once when the task ends on its own with success (inventory changes and the like). */
    final Runnable onSuccess;
    /** Runs once when the task ends without success (releasing a reserved VM id, say). */
    final Runnable onFailure;
    Instant stopRequestedAt;
    boolean reaped;
    /** Whether the daemon process that forked it is gone when it ends (see {@link TaskArchive}). */
    boolean orphan;
    /** Whether the cluster broadcast at its end failed (see {@link NodeBehaviour#lostBroadcastShare()}). */
    boolean endBroadcastLost;
    /** How long the last line of the running task shows only its first half. */
    Duration halfWrittenLine = Duration.ZERO;

    SimTask(Upid upid, Instant start, TaskScript script, Runnable onSuccess, Runnable onFailure) {
        this.upid = upid;
        this.node = upid.node();
        this.start = start;
        this.script = script;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
    }

    Instant naturalEnd() {
        return start.plus(script.duration());
    }

    private Instant stopEnd() {
        return stopRequestedAt.plus(script.ignoresTerm() ? KILL_AFTER.plus(KILL_LAG) : Duration.ZERO);
    }

    boolean stoppedByUser() {
        return stopRequestedAt != null && stopEnd().isBefore(naturalEnd());
    }

    Instant end() {
        return stoppedByUser() ? stopEnd() : naturalEnd();
    }

    boolean visibleAt(Instant t) {
        return !t.isBefore(start);
    }

    boolean runningAt(Instant t) {
        return visibleAt(t) && t.isBefore(end());
    }

    boolean endedAt(Instant t) {
        return !t.isBefore(end());
    }

    /** @return the exit status once ended, as {@code read_status} derives it from the last log line */
    String exitStatus() {
        if (stoppedByUser()) {
            return script.ignoresTerm() ? "unexpected status" : script.interruptMessage();
        }
        return script.exitStatus();
    }

    boolean succeeded() {
        return !stoppedByUser() && (script.outcome() == TaskScript.Outcome.OK || script.outcome() == TaskScript.Outcome.WARNINGS);
    }

    /**
     * @return the log file as the server reads it at time t: while the task runs, a line written
     *         less than {@link #halfWrittenLine} ago is still half written (its first half)
     */
    List<String> servedLogAt(Instant t) {
        List<String> lines = logAt(t);
        if (lines.isEmpty() || endedAt(t) || halfWrittenLine.isZero()) {
            return lines;
        }
        Instant lastWritten = null;
        for (TaskScript.Line line : script.lines()) {
            Instant at = start.plus(line.at());
            if (!at.isAfter(t)) {
                lastWritten = at;
            }
        }
        if (lastWritten != null && t.isBefore(lastWritten.plus(halfWrittenLine))) {
            String last = lines.get(lines.size() - 1);
            List<String> out = new ArrayList<>(lines.subList(0, lines.size() - 1));
            out.add(last.substring(0, Math.max(1, last.length() / 2)));
            return out;
        }
        return lines;
    }

    /** @return the log file's complete lines at time t (what the worker has written or is writing) */
    List<String> logAt(Instant t) {
        List<String> out = new ArrayList<>();
        if (!visibleAt(t)) {
            return out;
        }
        Instant cutoff = stoppedByUser() ? stopRequestedAt : naturalEnd();
        Instant until = t.isBefore(cutoff) ? t : cutoff;
        for (TaskScript.Line line : script.lines()) {
            if (!start.plus(line.at()).isAfter(until)) {
                out.add(line.text());
            }
        }
        if (endedAt(t)) {
            if (stoppedByUser()) {
                out.addAll(script.interruptLines());
                if (!script.ignoresTerm()) {
                    out.add("TASK ERROR: " + script.interruptMessage());
                }
            } else {
                script.finalLine().ifPresent(out::add);
            }
        }
        return out;
    }
}
