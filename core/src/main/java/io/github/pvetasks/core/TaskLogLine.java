package io.github.pvetasks.core;

/**
 * One line of a task log. Proxmox Backup Server starts every line with an RFC 3339 time and
 * {@code ": "} ({@code 2026-09-06T09:54:25-05:00: TASK OK}); Proxmox VE lines have none.
 * {@link #message()} is the line without it, for reading what the line says.
 *
 * @param n the 1-based line number the server gives
 * @param text the line, without its newline
 */
public record TaskLogLine(long n, String text) {

    /**
     * @param n the 1-based line number
     * @param text the line
     * @throws IllegalArgumentException when {@code n < 1} or the text is null
     */
    public TaskLogLine {
        if (n < 1) {
            throw new IllegalArgumentException("log line number must be 1 or more, got " + n);
        }
        PveIdentifiers.requireNonNull(text, "log line text");
    }

    /** @return the line without a leading RFC 3339 time stamp (PBS); the text itself otherwise */
    public String message() {
        return withoutTimestamp(text);
    }

    /**
     * @param line a log line
     * @return the line without a leading {@code YYYY-MM-DDTHH:MM:SS[.fff](Z|+hh:mm): }
     */
    public static String withoutTimestamp(String line) {
        PveIdentifiers.requireNonNull(line, "log line text");
        int end = timestampEnd(line);
        return end < 0 ? line : line.substring(end);
    }

    /** @return the index after "time: ", or -1 when the line does not start with one; no regex, as every line passes here */
    private static int timestampEnd(String s) {
        if (s.length() < 22 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || !digits(s, 0, 4) || !digits(s, 5, 7) || !digits(s, 8, 10) || !digits(s, 11, 13)
                || !digits(s, 14, 16) || !digits(s, 17, 19)) {
            return -1;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < s.length() && s.charAt(i) == 'Z') {
            i++;
        } else if (i + 6 <= s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') && digits(s, i + 1, i + 3)
                && s.charAt(i + 3) == ':' && digits(s, i + 4, i + 6)) {
            i += 6;
        } else {
            return -1;
        }
        return s.startsWith(": ", i) ? i + 2 : -1;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
