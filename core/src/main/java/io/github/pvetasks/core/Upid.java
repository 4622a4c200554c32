package io.github.pvetasks.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Proxmox task id (UPID), as Proxmox VE and Proxmox Backup Server write it.
 *
 * <p>Two forms exist. Proxmox VE (Perl, {@code PVE::UPID}):
 * {@code UPID:node:PID:PSTART:STARTTIME:type:id:user:}. Proxmox Backup Server (Rust,
 * {@code proxmox-schema upid.rs}) adds a task counter after {@code PSTART} and writes the worker
 * id systemd-unit-escaped. {@link #parse(String)} accepts exactly what the servers' own regexes
 * accept and nothing else, and {@link #toString()} gives back the parsed text unchanged, so a
 * UPID can be stored and passed back to the server without loss.
 *
 * <p>Instances are immutable and thread-safe. Two UPIDs are equal when their text is equal.
 */
public final class Upid {

    private static final int MAX_QUOTED_INPUT = 200;

    private final String text;
    private final Product product;
    private final String node;
    private final long pid;
    private final long pstart;
    private final long taskCounter;
    private final long startEpochSecond;
    private final String type;
    private final String rawId;
    private final String id;
    private final String user;

    private Upid(String text, Product product, String node, long pid, long pstart, long taskCounter,
            long startEpochSecond, String type, String rawId, String id, String user) {
        this.text = text;
        this.product = product;
        this.node = node;
        this.pid = pid;
        this.pstart = pstart;
        this.taskCounter = taskCounter;
        this.startEpochSecond = startEpochSecond;
        this.type = type;
        this.rawId = rawId;
        this.id = id;
        this.user = user;
    }

    /**
     * Parses a UPID in either form.
     *
     * @param text the UPID exactly as the server sent it
     * @return the parsed UPID; its {@link #toString()} equals {@code text}
     * @throws IllegalArgumentException if {@code text} is null or not a UPID the server would
     *         accept; the message names the first bad field and quotes the input
     */
    public static Upid parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("UPID must not be null");
        }
        if (!text.startsWith("UPID:")) {
            throw invalid(text, "the prefix", "must be 'UPID:', got '" + text.substring(0, Math.min(5, text.length())) + "'");
        }
        String body = text.substring(5);
        boolean closed = body.endsWith(":");
        String[] f = (closed ? body.substring(0, body.length() - 1) : body).split(":", -1);
        if (f.length != 7 && f.length != 8) {
            throw invalid(text, "the fields", "must be node:pid:pstart:starttime:type:id:user (7, Proxmox VE) or "
                    + "node:pid:pstart:task-id:starttime:type:id:user (8, Proxmox Backup Server) between 'UPID:' and a "
                    + "closing ':', got " + f.length + (f.length == 1 ? " field" : " fields"));
        }
        if (!closed) {
            throw invalid(text, "the user field", "must be followed by a closing ':', got '" + f[f.length - 1] + "' at the end");
        }
        if (f.length == 7) {
            return parsePve(text, f);
        }
        return parsePbs(text, f);
    }

    /**
     * Tells whether {@code text} is a valid UPID, without throwing.
     *
     * @param text any string, may be null
     * @return true when {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Upid parsePve(String text, String[] f) {
        String node = checkNode(text, f[0]);
        long pid = hex(text, "pid", f[1], 8, 8);
        long pstart = hex(text, "pstart", f[2], 8, 9);
        long start = hex(text, "starttime", f[3], 8, 8);
        String type = checkText(text, "type", f[4], false, false);
        String id = checkText(text, "id", f[5], true, false);
        String user = checkText(text, "user", f[6], false, false);
        return new Upid(text, Product.PVE, node, pid, pstart, -1, start, type, id, id, user);
    }

    private static Upid parsePbs(String text, String[] f) {
        String node = checkNode(text, f[0]);
        long pid = hex(text, "pid", f[1], 8, 8);
        long pstart = hex(text, "pstart", f[2], 8, 9);
        long counter = hex(text, "task id", f[3], 8, 16);
        long start = hex(text, "starttime", f[4], 8, 8);
        String type = checkText(text, "type", f[5], false, true);
        String rawId = checkText(text, "id", f[6], true, true);
        String user = checkText(text, "user", f[7], false, true);
        String id = unescapeSystemdId(text, rawId);
        return new Upid(text, Product.PBS, node, pid, pstart, counter, start, type, rawId, id, user);
    }

    private static String checkNode(String text, String node) {
        if (!PveIdentifiers.isValidNodeName(node)) {
            throw invalid(text, "node", "must be a node name (letters, digits and '-', not starting or ending with '-'), got '"
                    + node + "'");
        }
        return node;
    }

    private static long hex(String text, String field, String value, int minDigits, int maxDigits) {
        int n = value.length();
        boolean ok = n >= minDigits && n <= maxDigits;
        for (int i = 0; ok && i < n; i++) {
            ok = isAsciiHex(value.charAt(i));
        }
        if (!ok) {
            String digits = minDigits == maxDigits ? String.valueOf(minDigits) : minDigits + " to " + maxDigits;
            throw invalid(text, field, "must be " + digits + " hex digits, got '" + value + "'");
        }
        return Long.parseUnsignedLong(value, 16);
    }

    private static String checkText(String text, String field, String value, boolean mayBeEmpty, boolean slashAllowed) {
        if (value.isEmpty() && !mayBeEmpty) {
            throw invalid(text, field, "must not be empty (expected " + (field.equals("type") ? "a worker type such as qmclone"
                    : "a user such as root@pam") + ")");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isWhiteSpace(c)) {
                throw invalid(text, field, "must not contain whitespace, got '" + value + "'");
            }
            if (c == '/' && !slashAllowed) {
                throw invalid(text, field, "must not contain '/', got '" + value + "'");
            }
        }
        return value;
    }

    /** PBS writes worker ids systemd-unit-escaped: '-' stands for '/', '\xNN' for a byte. */
    private static String unescapeSystemdId(String text, String raw) {
        if (raw.indexOf('\\') < 0 && raw.indexOf('-') < 0) {
            return raw;
        }
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(in.length);
        for (int i = 0; i < in.length; ) {
            byte b = in[i];
            if (b == '\\') {
                if (in.length - i < 4 || in[i + 1] != 'x' || !isAsciiHex((char) in[i + 2]) || !isAsciiHex((char) in[i + 3])) {
                    throw invalid(text, "id", "must use \\xNN escapes only, got a bad escape sequence in '" + raw + "'");
                }
                out.put((byte) Integer.parseInt(new String(in, i + 2, 2, StandardCharsets.US_ASCII), 16));
                i += 4;
            } else {
                out.put(b == '-' ? (byte) '/' : b);
                i++;
            }
        }
        out.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(out).toString();
        } catch (CharacterCodingException e) {
            throw invalid(text, "id", "must unescape to UTF-8, got bytes that are not UTF-8 from '" + raw + "'");
        }
    }

    static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    /** Unicode White_Space, which is what {@code \s} means in the servers' Perl and Rust regexes. */
    static boolean isWhiteSpace(char c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    private static IllegalArgumentException invalid(String text, String field, String problem) {
        String quoted = text.length() > MAX_QUOTED_INPUT ? text.substring(0, MAX_QUOTED_INPUT) + "..." : text;
        return new IllegalArgumentException("invalid UPID '" + quoted + "': " + field + " " + problem);
    }

    /** @return which server family wrote this UPID */
    public Product product() {
        return product;
    }

    /** @return the node that runs the task; requests about the task go to this node */
    public String node() {
        return node;
    }

    /** @return the process id of the worker */
    public long pid() {
        return pid;
    }

    /**
     * @return the worker's process start time in clock ticks since boot (not an epoch time);
     *         together with {@link #pid()} it tells whether the worker still runs
     */
    public long pstart() {
        return pstart;
    }

    /** @return the PBS task counter inside the worker process; empty for Proxmox VE UPIDs */
    public OptionalLong taskCounter() {
        return product == Product.PBS ? OptionalLong.of(taskCounter) : OptionalLong.empty();
    }

    /** @return when the task started, to the second */
    public Instant startTime() {
        return Instant.ofEpochSecond(startEpochSecond);
    }

    /** @return the worker type, such as {@code qmclone} or {@code vzdump} */
    public String type() {
        return type;
    }

    /**
     * The worker id. For a clone it is the <em>source</em> VM id; it may be empty, and it may
     * hold punctuation such as {@code 100-scsi0>101-scsi1}. For PBS UPIDs it is unescaped.
     *
     * @return the worker id, possibly empty
     */
    public String id() {
        return id;
    }

    /** @return the worker id exactly as written in the UPID (escaped for PBS) */
    public String rawId() {
        return rawId;
    }

    /**
     * @return who started the task: {@code user@realm}, or the full token id
     *         {@code user@realm!token} when an API token started it
     */
    public String user() {
        return user;
    }

    /** @return the user without a token part: {@code user@realm} */
    public String userWithoutToken() {
        int bang = tokenSeparator();
        return bang < 0 ? user : user.substring(0, bang);
    }

    /** @return the API token name when a token started the task */
    public Optional<String> tokenId() {
        int bang = tokenSeparator();
        return bang < 0 ? Optional.empty() : Optional.of(user.substring(bang + 1));
    }

    private int tokenSeparator() {
        int at = user.indexOf('@');
        int bang = user.lastIndexOf('!');
        return bang > at && at >= 0 ? bang : -1;
    }

    /** @return the UPID text exactly as parsed */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Upid && ((Upid) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
