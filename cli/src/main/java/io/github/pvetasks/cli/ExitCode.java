package io.github.pvetasks.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every exit code of the command line, in one place. Each command's {@code --help} lists the
 * codes that command uses, in its own words ({@link #helpFor(String)}).
 */
enum ExitCode {
    /** Done; every task looked at ended with success (warnings included); stop: the stop ended the task. */
    OK(0),
    /** A task ended with an error, or unknown. */
    TASK_FAILED(1),
    /** The command could not do its work: bad usage, connection, authentication, a refusal, a watch that timed out. */
    ERROR(2),
    /** The task still runs: status, or stop at its deadline. */
    STILL_RUNNING(3),
    /** stop: there was nothing to stop, the task had ended (or ended by itself first). */
    NOTHING_TO_STOP(4);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }

    private static final String FAILED = "a task ended with an error (or an unknown status)";
    private static final String ERROR_TEXT = "bad usage, or the command could not do its work (connection, authentication, "
            + "a refusal by the server, --timeout passed)";

    /**
     * @param command a subcommand's name, or the root's
     * @return code -> meaning, for that command's help
     */
    static Map<String, String> helpFor(String command) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (command) {
            case "status":
                m.put("0", "the task ended with success (WARNINGS: n included)");
                m.put("1", "the task ended with an error (or an unknown status)");
                m.put("2", ERROR_TEXT.replace(", --timeout passed", ""));
                m.put("3", "the task still runs");
                break;
            case "stop":
                m.put("0", "stopped as asked: the task was running, the server took the stop, and the task has ended "
                        + "(usually with an error such as 'received interrupt': that is the stop)");
                m.put("2", "the stop could not be sent or was refused (no such task, no permission: Sys.Modify on the node, "
                        + "connection, authentication), or bad usage");
                m.put("3", "the server took the stop, but the task still runs at the deadline (--timeout, default 1m)");
                m.put("4", "nothing to stop: the task had already ended, or ended by itself with success before the stop "
                        + "reached it (its outcome is printed)");
                break;
            case "list": case "upid": case "exit-status": case "progress": case "simulator": case "generate-completion":
                m.put("0", "done");
                m.put("2", ERROR_TEXT.replace(", --timeout passed", ""));
                break;
            default:
                m.put("0", "done; every task waited for ended with success (WARNINGS: n included)");
                m.put("1", FAILED);
                m.put("2", ERROR_TEXT);
        }
        return m;
    }
}
