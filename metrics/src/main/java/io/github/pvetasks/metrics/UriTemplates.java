package io.github.pvetasks.metrics;

import java.util.Set;

/**
 * Turns API paths into bounded templates for tags: node names, UPIDs, VM ids, storage, volume
 * and snapshot names become placeholders.
 */
final class UriTemplates {

    private static final Set<String> NAMED_AFTER = Set.of("nodes", "storage", "snapshot", "content");

    private UriTemplates() {
    }

    static String of(String path) {
        String[] segments = path.split("/", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            String previous = i > 0 ? segments[i - 1] : "";
            String out;
            if (s.startsWith("UPID%3A") || s.startsWith("UPID:")) {
                out = "{upid}";
            } else if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
                out = "{vmid}";
            } else if (NAMED_AFTER.contains(previous) && !s.isEmpty()) {
                out = "{" + (previous.equals("nodes") ? "node" : previous.equals("content") ? "volume"
                        : previous.equals("snapshot") ? "snapname" : "storage") + "}";
            } else {
                out = s;
            }
            if (i > 0) {
                sb.append('/');
            }
            sb.append(out);
        }
        return sb.toString();
    }
}
