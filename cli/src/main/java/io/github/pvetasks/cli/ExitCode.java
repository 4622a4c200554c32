package io.github.pvetasks.cli;

/** Every exit code of the command line, in one place (listed in {@code pve-tasks --help}). */
enum ExitCode {
    /** Done; every task looked at ended with success (warnings included). */
    OK(0, "done; every task ended with success (WARNINGS: n included)"),
    /** A task ended with an error, or unknown. */
    TASK_FAILED(1, "a task ended with an error (or an unknown status)"),
    /** The command could not do its work: bad usage, connection, authentication, a watch that failed or timed out. */
    ERROR(2, "bad usage, or the command could not do its work (connection, authentication, timeout)"),
    /** {@code status}: the task still runs. */
    STILL_RUNNING(3, "status: the task still runs");

    final int code;
    final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** @return code -> meaning, for every command's help */
    static java.util.Map<String, String> helpList() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (ExitCode c : values()) {
            m.put(Integer.toString(c.code), c.meaning);
        }
        return m;
    }
}
