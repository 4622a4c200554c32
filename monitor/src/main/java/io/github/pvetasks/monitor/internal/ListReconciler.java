package io.github.pvetasks.monitor.internal;

import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.Upid;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one node list against the watched tasks: each watched task is running, finished with the
 * exit status the server read from its log, or not shown (then only its status can tell). Pure:
 * no threads, no I/O, no state.
 *
 * <p>A task may be listed twice in one answer (the server appends the archive line before it
 * rewrites its active file, and reads the active file first); a finished entry always wins over a
 * running one, whatever the order.
 */
public final class ListReconciler {

    /** What the list says of one watched task. */
    public static final class Sighting {
        /** The list shows the task running. */
        public static final Sighting RUNNING = new Sighting(null);
        /** The list does not show the task (only its status can tell). */
        public static final Sighting NOT_SHOWN = new Sighting(null);

        private final ExitStatus exit;

        private Sighting(ExitStatus exit) {
            this.exit = exit;
        }

        /**
         * @param exit the exit status the list shows
         * @return a finished sighting
         */
        public static Sighting finished(ExitStatus exit) {
            return new Sighting(exit);
        }

        /** @return the exit status when the list shows the task finished */
        public Optional<ExitStatus> exit() {
            return Optional.ofNullable(exit);
        }

        @Override
        public String toString() {
            return this == RUNNING ? "running" : this == NOT_SHOWN ? "not shown" : "finished(" + exit.raw() + ")";
        }
    }

    private ListReconciler() {
    }

    /**
     * @param watched the tasks asked about
     * @param items the list's items, in the server's order
     * @return a sighting for every watched task
     */
    public static Map<Upid, Sighting> reconcile(Collection<Upid> watched, Collection<TaskInfo> items) {
        Map<Upid, Sighting> out = new HashMap<>(watched.size() * 2);
        for (Upid u : watched) {
            out.put(u, Sighting.NOT_SHOWN);
        }
        for (TaskInfo item : items) {
            Sighting before = out.get(item.upid());
            if (before == null || before.exit != null) {
                continue; // not watched, or already seen finished
            }
            if (item.isRunning()) {
                out.put(item.upid(), Sighting.RUNNING);
            } else if (item.exitStatus().isPresent()) {
                out.put(item.upid(), Sighting.finished(item.exitStatus().get()));
            }
            // a stopped item without an exit status says nothing: the status call will
        }
        return out;
    }
}
