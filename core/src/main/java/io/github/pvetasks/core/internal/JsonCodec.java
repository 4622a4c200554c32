package io.github.pvetasks.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.pvetasks.core.ExitStatus;
import io.github.pvetasks.core.PveProtocolException;
import io.github.pvetasks.core.TaskInfo;
import io.github.pvetasks.core.TaskListPage;
import io.github.pvetasks.core.TaskLogLine;
import io.github.pvetasks.core.TaskLogPage;
import io.github.pvetasks.core.TaskStart;
import io.github.pvetasks.core.TaskState;
import io.github.pvetasks.core.TaskStatus;
import io.github.pvetasks.core.Upid;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Proxmox VE response bodies into domain values. Tolerant where real servers vary (unknown
 * fields, key order, {@code total} absent, numbers sent as strings, {@code RUNNING} list items,
 * log lines out of order), strict where a wrong value would mislead (a missing status, a UPID
 * that does not parse, a field of the wrong type), and then it says which request and field.
 */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static {
        // Limit nesting so a hostile body cannot exhaust the stack; PVE answers are shallow.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private JsonCodec() {
    }

    /**
     * @param body the response body
     * @param request {@code METHOD /path}, for messages
     * @return the root object
     * @throws PveProtocolException when the body is empty, not JSON, or not an object
     */
    public static JsonNode readRoot(byte[] body, String request) {
        if (body.length == 0) {
            throw new PveProtocolException(request + ": the response body is empty, expected a JSON object with 'data'");
        }
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (first < body.length && body[first] == '<') {
            throw new PveProtocolException(request + ": the server answered with HTML, not JSON (a proxy or error page?): "
                    + snippet(body));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PveProtocolException(request + ": the response is not valid JSON (" + e.getOriginalMessage()
                    + "): " + snippet(body), e);
        } catch (IOException e) {
            throw new PveProtocolException(request + ": cannot read the response body: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PveProtocolException(request + ": expected a JSON object with 'data', got " + snippet(body));
        }
        return root;
    }

    /**
     * Reads an error body when there is one; never fails.
     *
     * @param body a body that may be empty, HTML or JSON
     * @return the root object, if the body is one
     */
    public static Optional<JsonNode> tryReadRoot(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String snippet(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 120), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        return "'" + s + (body.length > 120 ? "...'" : "'") + " (" + body.length + " bytes)";
    }

    /**
     * @param root the envelope
     * @param request for messages
     * @return the {@code data} member
     */
    public static JsonNode data(JsonNode root, String request) {
        JsonNode data = root.get("data");
        if (data == null) {
            throw new PveProtocolException(request + ": the response has no 'data' member");
        }
        return data;
    }

    /**
     * @param root an error envelope
     * @return its {@code errors} map, values without trailing newlines
     */
    public static Map<String, String> errors(JsonNode root) {
        JsonNode errors = root.get("errors");
        Map<String, String> out = new LinkedHashMap<>();
        if (errors != null && errors.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = errors.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                out.put(e.getKey(), (v.isTextual() ? v.asText() : v.toString()).strip());
            }
        }
        return out;
    }

    /**
     * @param root an error envelope
     * @return its {@code message}, stripped, when present and not blank
     */
    public static Optional<String> message(JsonNode root) {
        JsonNode m = root.get("message");
        if (m == null || m.isNull()) {
            return Optional.empty();
        }
        String s = (m.isTextual() ? m.asText() : m.toString()).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * @param data the status object
     * @param upid the UPID asked for
     * @param observedAt when it was read
     * @param request for messages
     * @return the status
     */
    public static TaskStatus status(JsonNode data, Upid upid, Instant observedAt, String request) {
        requireObject(data, "data", request);
        String echoed = optionalText(data, "upid", request);
        if (echoed != null && !echoed.equals(upid.toString())) {
            throw new PveProtocolException(request + ": the server answered for task '" + echoed
                    + "', not for the task asked for");
        }
        String state = requiredText(data, "status", request);
        TaskState parsed;
        switch (state.toLowerCase(Locale.ROOT)) {
            case "running": parsed = TaskState.RUNNING; break;
            case "stopped": parsed = TaskState.STOPPED; break;
            default:
                throw new PveProtocolException(request + ": field 'status' is '" + state + "', expected 'running' or 'stopped'");
        }
        TaskStatus.Builder b = TaskStatus.builder(upid, parsed, observedAt);
        String user = optionalText(data, "user", request);
        if (user != null) {
            b.user(user);
        }
        String tokenId = optionalText(data, "tokenid", request);
        if (tokenId != null) {
            b.tokenId(tokenId);
        }
        if (parsed == TaskState.STOPPED) {
            // A stopped task always has an exit status on PVE; an absent one reads as unknown.
            String exit = optionalText(data, "exitstatus", request);
            b.exitStatus(ExitStatus.parse(exit == null ? "" : exit, upid.product()));
        }
        return b.build();
    }

    /**
     * @param root the log envelope
     * @param request for messages
     * @return the page; the "no content" placeholder of an empty log becomes an empty page
     */
    public static TaskLogPage logPage(JsonNode root, String request) {
        JsonNode data = data(root, request);
        requireArray(data, "data", request);
        List<TaskLogLine> lines = new ArrayList<>(data.size());
        for (JsonNode item : data) {
            requireObject(item, "data[]", request);
            long n = requiredLong(item, "n", request);
            if (n < 1) {
                throw new PveProtocolException(request + ": log line number " + n + " is below 1");
            }
            JsonNode t = item.get("t");
            String text = t == null || t.isNull() ? "" : t.isTextual() ? t.asText() : t.toString();
            lines.add(new TaskLogLine(n, text));
        }
        lines.sort(Comparator.comparingLong(TaskLogLine::n));
        long total = optionalLong(root, "total", request).orElse(lines.isEmpty() ? 0 : lines.get(lines.size() - 1).n());
        if (total == 1 && lines.size() == 1 && lines.get(0).n() == 1 && lines.get(0).text().equals("no content")) {
            return TaskLogPage.empty();
        }
        return new TaskLogPage(lines, Math.max(total, 0));
    }

    /**
     * @param root the list envelope
     * @param request for messages
     * @return the page; an absent total means 0 (the server leaves it out then)
     */
    public static TaskListPage listPage(JsonNode root, String request) {
        List<TaskInfo> items = taskInfos(data(root, request), request);
        long total = optionalLong(root, "total", request).orElse((long) items.size());
        return new TaskListPage(items, Math.max(total, items.size()));
    }

    /**
     * @param data an array of task list items
     * @param request for messages
     * @return the items
     */
    public static List<TaskInfo> taskInfos(JsonNode data, String request) {
        requireArray(data, "data", request);
        List<TaskInfo> items = new ArrayList<>(data.size());
        int i = 0;
        for (JsonNode item : data) {
            items.add(taskInfo(item, request + " item " + i++));
        }
        return items;
    }

    private static TaskInfo taskInfo(JsonNode item, String where) {
        requireObject(item, "item", where);
        String upidText = requiredText(item, "upid", where);
        Upid upid;
        try {
            upid = Upid.parse(upidText);
        } catch (IllegalArgumentException e) {
            throw new PveProtocolException(where + ": " + e.getMessage(), e);
        }
        TaskInfo.Builder b = TaskInfo.builder(upid);
        String node = optionalText(item, "node", where);
        if (node != null) {
            b.node(node);
        }
        String user = optionalText(item, "user", where);
        String tokenId = optionalText(item, "tokenid", where);
        // The list's active part carries a token's user unsplit ("root@pam!ci", no tokenid); the
        // archive part and the status split it. One caller must look the same in both.
        if (user != null && tokenId == null && user.indexOf('!') > 0) {
            tokenId = user.substring(user.indexOf('!') + 1);
            user = user.substring(0, user.indexOf('!'));
        }
        if (user != null) {
            b.user(user);
        }
        if (tokenId != null) {
            b.tokenId(tokenId);
        }
        String status = optionalText(item, "status", where);
        Optional<Long> endtime = optionalLong(item, "endtime", where);
        boolean running = "RUNNING".equalsIgnoreCase(status) || (status == null && endtime.isEmpty());
        if (!running) {
            b.finished(ExitStatus.parse(status == null ? "" : status, upid.product()));
            endtime.ifPresent(e -> b.endTime(Instant.ofEpochSecond(e)));
        }
        return b.build();
    }

    /**
     * @param data the {@code data} of a task-starting call
     * @param request for messages
     * @return started with the UPID, or not started with the answer
     */
    public static TaskStart taskStart(JsonNode data, String request) {
        if (data.isObject() && data.path("upid").isTextual() && data.path("upid").asText().startsWith("UPID:")) {
            data = data.get("upid"); // consoles and tunnels answer an object holding the UPID
        }
        if (data.isTextual() && data.asText().startsWith("UPID:")) {
            try {
                return TaskStart.started(Upid.parse(data.asText()));
            } catch (IllegalArgumentException e) {
                throw new PveProtocolException(request + ": the server answered with a malformed UPID: " + e.getMessage(), e);
            }
        }
        return TaskStart.notStarted(request, data.toString());
    }

    /**
     * @param data the data of {@code GET /version}
     * @return the version; fields the server leaves out are empty
     */
    public static io.github.pvetasks.core.ServerVersion serverVersion(JsonNode data) {
        String request = "GET /version";
        String version = requiredText(data, "version", request);
        String release = optionalText(data, "release", request);
        String repoId = optionalText(data, "repoid", request);
        return new io.github.pvetasks.core.ServerVersion(version, release == null ? "" : release, repoId == null ? "" : repoId);
    }

    /**
     * @param data the data of a login
     * @param field a field name
     * @param request for messages
     * @return the field's text
     */
    public static String requiredText(JsonNode data, String field, String request) {
        String s = optionalText(data, field, request);
        if (s == null) {
            throw new PveProtocolException(request + ": field '" + field + "' is missing");
        }
        return s;
    }

    /**
     * @param data an object
     * @param field a field name
     * @param request for messages
     * @return the text, a number as text, or null when absent or null
     */
    public static String optionalText(JsonNode data, String field, String request) {
        JsonNode v = data.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw new PveProtocolException(request + ": field '" + field + "' must be a string, got " + abbreviate(v));
    }

    private static long requiredLong(JsonNode data, String field, String request) {
        return optionalLong(data, field, request).orElseThrow(
                () -> new PveProtocolException(request + ": field '" + field + "' is missing"));
    }

    /**
     * @param data an object
     * @param field a field name
     * @param request for messages
     * @return the integer, accepting integral numbers and numeric strings
     */
    public static Optional<Long> optionalLong(JsonNode data, String field, String request) {
        JsonNode v = data.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Optional.of(v.asLong());
        }
        if (v.isTextual()) {
            try {
                return Optional.of(Long.parseLong(v.asText().strip()));
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new PveProtocolException(request + ": field '" + field + "' must be an integer, got " + abbreviate(v));
    }

    private static void requireObject(JsonNode v, String what, String request) {
        if (v == null || !v.isObject()) {
            throw new PveProtocolException(request + ": '" + what + "' must be an object, got " + abbreviate(v));
        }
    }

    private static void requireArray(JsonNode v, String what, String request) {
        if (v == null || !v.isArray()) {
            throw new PveProtocolException(request + ": '" + what + "' must be an array, got " + abbreviate(v));
        }
    }

    private static String abbreviate(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
