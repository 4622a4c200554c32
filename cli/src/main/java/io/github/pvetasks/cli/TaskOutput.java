package io.github.pvetasks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the task commands share: their JSON shapes, how a user is shown, and parsing a UPID argument. */
final class TaskOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TaskOutput() {
    }

    /** A status as JSON: the same fields and meanings as a list item. */
    static Map<String, Object> json(TaskStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upid", s.upid().toString());
        m.put("node", s.upid().node());
        m.put("type", s.upid().type());
        m.put("id", s.upid().id());
        m.put("user", s.user());
        s.tokenId().ifPresent(t -> m.put("tokenid", t));
        m.put("starttime", s.startTime().toString());
        m.put("status", s.isRunning() ? "running" : "stopped");
        s.exitStatus().ifPresent(e -> outcome(m, e));
        return m;
    }

    /** A list item as JSON: the same fields and meanings as a status, plus its end time. */
    static Map<String, Object> json(TaskInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upid", t.upid().toString());
        m.put("node", t.node());
        m.put("type", t.type());
        m.put("id", t.id());
        m.put("user", t.user());
        t.tokenId().ifPresent(x -> m.put("tokenid", x));
        m.put("starttime", t.startTime().toString());
        t.endTime().ifPresent(e -> m.put("endtime", e.toString()));
        m.put("status", t.isRunning() ? "running" : "stopped");
        t.exitStatus().ifPresent(e -> outcome(m, e));
        return m;
    }

    private static void outcome(Map<String, Object> m, ExitStatus e) {
        m.put("exitstatus", e.raw());
        m.put("outcome", e.kind().apiName());
    }

    /**
     * Who started a task, as Proxmox VE's own task lists show it: {@code root@pam!ci} for a
     * token, {@code root@pam} otherwise.
     */
    static String user(String user, Optional<String> tokenId, Upid upid) {
        if (tokenId.isPresent()) {
            return user + "!" + tokenId.get();
        }
        return upid.user().startsWith(user) ? upid.user() : user; // an archived token task: the UPID keeps the token
    }

    static String user(TaskStatus s) {
        return user(s.user(), s.tokenId(), s.upid());
    }

    static String user(TaskInfo t) {
        return user(t.user(), t.tokenId(), t.upid());
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (Exception e) {
            throw new CliException("cannot write JSON: " + e.getMessage());
        }
    }

    static Upid upid(String text) {
        try {
            return Upid.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    static int exitCode(ExitStatus s) {
        return (s.isSuccess() ? ExitCode.OK : ExitCode.TASK_FAILED).code;
    }

    /** A task's label: type, id if any, node; a second task with the same label gets its pid. */
    static String label(Upid u, Set<String> taken) {
        String base = u.type() + (u.id().isEmpty() ? "" : " " + u.id()) + "@" + u.node();
        return taken.add(base) ? base : base + " (pid " + u.pid() + ")";
    }
}
