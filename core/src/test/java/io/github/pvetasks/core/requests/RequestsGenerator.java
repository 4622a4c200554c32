package io.github.pvetasks.core.requests;

import io.github.pvetasks.core.EndpointParam;
import io.github.pvetasks.core.TaskEndpoint;
import io.github.pvetasks.core.TaskEndpoints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the typed request builders from the facts table: one class per group of endpoints, one
 * factory and one builder per endpoint, required parameters as the factory's arguments and
 * optional ones as named setters. Its output is committed; {@code GeneratedRequestsTest} fails
 * when the table and the committed code drift apart, and rewrites them with
 * {@code -Dpvetasks.regenerate=true}.
 */
final class RequestsGenerator {

    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("GuestRequests", "Virtual machines (qemu): create, clone, start, stop, migrate, snapshots, disks, consoles.");
        GROUPS.put("ContainerRequests", "Containers (lxc): create, clone, start, stop, migrate, snapshots, volumes, consoles.");
        GROUPS.put("StorageRequests", "Storage and disks: downloads, volumes, backups' pruning, disk initialisation and wiping, local storages.");
        GROUPS.put("CephRequests", "Ceph: OSDs, monitors, managers, metadata servers, pools, file systems, flags.");
        GROUPS.put("NodeRequests", "A node: services, packages, certificates, network, backups (vzdump), start/stop/migrate all, shells.");
        GROUPS.put("ClusterRequests", "The cluster: bulk actions, ACME accounts, creating and joining a cluster.");
        GROUPS.put("AccessRequests", "Access control: realm synchronisation.");
    }

    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
            "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private", "protected",
            "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
            "transient", "try", "void", "volatile", "while", "build", "set", "endpoint", "self", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait");

    private RequestsGenerator() {
    }

    static String group(TaskEndpoint e) {
        String p = e.path();
        if (p.startsWith("/nodes/{node}/qemu")) {
            return "GuestRequests";
        }
        if (p.startsWith("/nodes/{node}/lxc")) {
            return "ContainerRequests";
        }
        if (p.startsWith("/nodes/{node}/storage") || p.startsWith("/nodes/{node}/disks")) {
            return "StorageRequests";
        }
        if (p.startsWith("/nodes/{node}/ceph")) {
            return "CephRequests";
        }
        if (p.startsWith("/cluster")) {
            return "ClusterRequests";
        }
        if (p.startsWith("/access")) {
            return "AccessRequests";
        }
        return "NodeRequests";
    }

    /** @return file name -> source, for every group */
    static Map<String, String> generate() {
        Map<String, List<TaskEndpoint>> byGroup = new LinkedHashMap<>();
        GROUPS.keySet().forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (TaskEndpoint e : TaskEndpoints.pve().all()) {
            byGroup.get(group(e)).add(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        byGroup.forEach((g, endpoints) -> out.put(g + ".java", groupClass(g, endpoints)));
        return out;
    }

    private static String groupClass(String group, List<TaskEndpoint> endpoints) {
        StringBuilder b = new StringBuilder();
        b.append("package io.github.pvetasks.core.requests;\n\n");
        b.append("import io.github.pvetasks.core.spi.HttpMethod;\n\n");
        b.append("import javax.annotation.processing.Generated;\n\n");
        b.append("/**\n * ").append(GROUPS.get(group)).append("\n *\n");
        b.append(" * <p>Generated from the facts table ({@code pve-api/task-endpoints.tsv}) by {@code RequestsGenerator};\n");
        b.append(" * do not edit. Each factory takes the required parameters; optional ones are named setters; every\n");
        b.append(" * value is checked as it is set, and {@code build()} gives a {@link io.github.pvetasks.core.TaskRequest}.\n */\n");
        b.append("@Generated(value = \"io.github.pvetasks.core.requests.RequestsGenerator\", comments = \"from pve-api/task-endpoints.tsv\")\n");
        b.append("public final class ").append(group).append(" {\n\n    private ").append(group).append("() {\n    }\n");
        Map<String, Integer> apiNames = new LinkedHashMap<>();
        endpoints.forEach(e -> apiNames.merge(e.apiName(), 1, Integer::sum));
        Set<String> names = new HashSet<>();
        for (TaskEndpoint e : endpoints) {
            String method = camel(e.apiName(), false);
            if (apiNames.get(e.apiName()) > 1) { // the same handler name on several paths: say which
                List<String> literals = new ArrayList<>();
                for (String seg : e.path().substring(1).split("/")) {
                    if (!seg.startsWith("{")) {
                        literals.add(seg);
                    }
                }
                String last = literals.get(literals.size() - 1);
                if (last.equalsIgnoreCase(e.apiName()) && literals.size() > 1) {
                    last = literals.get(literals.size() - 2);
                }
                method = method + camel(last, true);
            }
            while (!names.add(method)) {
                method = method + camel(e.method().name().toLowerCase(Locale.ROOT), true);
            }
            endpoint(b, e, method);
        }
        return b.append("}\n").toString();
    }

    private static void endpoint(StringBuilder b, TaskEndpoint e, String method) {
        String cls = camel(method, true);
        List<EndpointParam> required = e.required();
        List<String> args = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (EndpointParam p : required) {
            String v = javaName(p.name());
            args.add(javaType(p) + " " + v);
            sets.add("            set(\"" + p.name() + "\", " + v + ");\n");
        }
        String what = e.method() + " " + e.path() + "} (starts " + String.join(" or ", e.workerTypes()) + ")";
        String answer = e.answer() == TaskEndpoint.Answer.NONE
                ? " It never answers the task's UPID: find the task in the node's list by worker type and start time." : "";
        b.append("\n    /**\n     * {@code ").append(what).append(".").append(answer).append("\n     *\n");
        for (EndpointParam p : required) {
            b.append("     * @param ").append(javaName(p.name())).append(" ").append(html(p.toString())).append("\n");
        }
        b.append("     * @return the builder; optional parameters are its setters\n     */\n");
        b.append("    public static ").append(cls).append(" ").append(method).append("(").append(String.join(", ", args)).append(") {\n");
        b.append("        return new ").append(cls).append("(").append(String.join(", ",
                required.stream().map(p -> javaName(p.name())).toArray(String[]::new))).append(");\n    }\n");
        b.append("\n    /** Builder of {@code ").append(what).append(". */\n");
        b.append("    public static final class ").append(cls).append(" extends TypedTaskRequest<").append(cls).append("> {\n\n");
        b.append("        private ").append(cls).append("(").append(String.join(", ", args)).append(") {\n");
        b.append("            super(HttpMethod.").append(e.method().name()).append(", \"").append(e.path()).append("\");\n");
        sets.forEach(b::append);
        b.append("        }\n");
        for (EndpointParam p : e.params().values()) {
            if (required.contains(p)) {
                continue;
            }
            boolean indexed = p.name().endsWith("[n]");
            String base = indexed ? p.name().substring(0, p.name().length() - 3) : p.name();
            String setter = javaName(base);
            b.append("\n        /**\n");
            b.append("         * Sets {@code ").append(html(base)).append(indexed ? "N" : "").append("}, checked at once.\n         *\n");
            if (indexed) {
                b.append("         * @param n the index ({@code ").append(base).append("0}, {@code ").append(base).append("1}, ...)\n");
            }
            b.append("         * @param value ").append(html(p.toString())).append(p.defaultValue().map(d -> ", default " + html(d)).orElse(""))
                    .append(p.enumValues().isEmpty() ? "" : ", one of " + String.join(", ", p.enumValues())).append("\n");
            b.append("         * @return this builder\n         */\n");
            if (indexed) {
                b.append("        public ").append(cls).append(" ").append(setter).append("(int n, ").append(javaType(p))
                        .append(" value) {\n            return set(\"").append(base).append("\" + n, value);\n        }\n");
            } else {
                b.append("        public ").append(cls).append(" ").append(setter).append("(").append(javaType(p))
                        .append(" value) {\n            return set(\"").append(p.name()).append("\", value);\n        }\n");
            }
        }
        b.append("    }\n");
    }

    private static String javaType(EndpointParam p) {
        switch (p.type()) {
            case "boolean": return "boolean";
            case "integer": return "long";
            case "number": return "double";
            default: return "String";
        }
    }

    static String javaName(String apiName) {
        String n = camel(apiName, false);
        return RESERVED.contains(n) ? n + "Value" : n;
    }

    static String camel(String s, boolean upperFirst) {
        StringBuilder b = new StringBuilder();
        boolean up = upperFirst;
        for (char c : s.toCharArray()) {
            if (c == '_' || c == '-' || c == '[' || c == ']' || c == '.') {
                up = b.length() > 0 || upperFirst;
                continue;
            }
            b.append(up ? Character.toUpperCase(c) : b.length() == 0 && !upperFirst ? Character.toLowerCase(c) : c);
            up = false;
        }
        return b.toString();
    }

    /** Text from the facts table, safe inside Javadoc ({@code <non-literal>} is a default there). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;");
    }
}
