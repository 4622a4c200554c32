package io.github.pvetasks.jpms;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The published jars as modules: started on the module path, and described by {@code jar --describe-module}. */
class ModulePathIT {

    static final boolean JAVA_21 = Runtime.version().feature() >= 21;

    static List<Path> modulePath() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("jpms.modulePathFile")), StandardCharsets.UTF_8).strip();
        return Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).collect(Collectors.toList());
    }

    static Path jar(String artifact) throws IOException {
        return modulePath().stream().filter(p -> p.getFileName().toString().startsWith(artifact + "-"))
                .findFirst().orElseThrow(() -> new AssertionError(artifact + " is not on the module path"));
    }

    @Test
    void aModularConsumerRunsOnTheModulePathWithEachTransport() throws Exception {
        List<String> path = new ArrayList<>();
        path.add(System.getProperty("jpms.consumerJar"));
        modulePath().forEach(p -> path.add(p.toString()));
        String javaCommand = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(javaCommand, "-p", String.join(java.io.File.pathSeparator, path)));
        if (!JAVA_21) {
            // Vert.x 5 has no module descriptor before Java 21: its jars (and so the simulator and the
            // Vert.x transport, which name it) are automatic modules there, which nothing resolves unless asked.
            command.addAll(List.of("--add-modules", "ALL-MODULE-PATH"));
        }
        command.addAll(List.of("-m", "io.github.pvetasks.jpms/io.github.pvetasks.jpms.ModularConsumer"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("transport=jdk module=io.github.pvetasks.transport.jdk automatic=false outcome=ok");
        assertThat(out).contains("durable=ok module=io.github.pvetasks.jdbc automatic=false delivered=1");
        // Vert.x 5 is a named module from Java 21 on; so is our Vert.x transport's descriptor
        assertThat(out).contains("transport=vertx module=io.github.pvetasks.transport.vertx automatic=" + !JAVA_21 + " outcome=ok");
    }

    static String describe(Path jar) {
        ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--describe-module", "--file", jar.toString()));
        if (JAVA_21) {
            args.addAll(List.of("--release", Integer.toString(Runtime.version().feature())));
        }
        assertThat(tool.run(out, out, args.toArray(new String[0]))).as(bytes.toString(StandardCharsets.UTF_8)).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static List<String> lines(String description, String directive) {
        return description.lines().filter(l -> l.startsWith(directive + " ")).map(String::strip).sorted().collect(Collectors.toList());
    }

    @Test
    void eachPublishedModuleExportsItsApiOnlyAndDeclaresItsServices() throws Exception {
        String core = describe(jar("pve-tasks-core"));
        assertThat(core).startsWith("io.github.pvetasks.core@");
        assertThat(lines(core, "exports")).containsExactly("exports io.github.pvetasks.core", "exports io.github.pvetasks.core.requests",
                "exports io.github.pvetasks.core.spi");
        assertThat(core).contains("uses io.github.pvetasks.core.spi.PveTransportProvider").doesNotContain("exports io.github.pvetasks.core.internal")
                .contains("contains io.github.pvetasks.core.internal");
        assertThat(lines(core, "requires")).doesNotContain("requires com.fasterxml.jackson.databind transitive");

        String jdk = describe(jar("pve-tasks-transport-jdk"));
        assertThat(lines(jdk, "exports")).containsExactly("exports io.github.pvetasks.transport.jdk");
        assertThat(jdk).contains("requires io.github.pvetasks.core transitive")
                .contains("provides io.github.pvetasks.core.spi.PveTransportProvider with io.github.pvetasks.transport.jdk.JdkPveTransportProvider");

        String monitor = describe(jar("pve-tasks-monitor"));
        assertThat(lines(monitor, "exports")).containsExactly("exports io.github.pvetasks.monitor");
        // the parts the durable monitor reuses: to it alone
        assertThat(lines(monitor, "qualified")).containsExactly("qualified exports io.github.pvetasks.monitor.internal to io.github.pvetasks.jdbc");
        String jdbc = describe(jar("pve-tasks-jdbc"));
        assertThat(lines(jdbc, "exports")).containsExactly("exports io.github.pvetasks.jdbc");
        assertThat(jdbc).contains("requires com.github.kagkarlsson.scheduler").contains("requires io.github.pvetasks.monitor transitive");
        assertThat(lines(describe(jar("pve-tasks-metrics")), "exports")).containsExactly("exports io.github.pvetasks.metrics");

        for (String vertxBased : new String[] {"pve-tasks-transport-vertx", "pve-tasks-simulator"}) {
            String d = describe(jar(vertxBased));
            String name = "io.github.pvetasks." + vertxBased.substring("pve-tasks-".length()).replace('-', '.');
            if (JAVA_21) {
                assertThat(d).as(vertxBased).contains("releases: 21").contains(name + "@")
                        .contains("exports " + name).doesNotContain(".internal");
            } else {
                // the same name on Java 17, as an automatic module
                assertThat(d).as(vertxBased).contains("No module descriptor found. Derived automatic module.").contains(name + "@");
            }
        }
        if (JAVA_21) {
            assertThat(describe(jar("pve-tasks-transport-vertx")))
                    .contains("provides io.github.pvetasks.core.spi.PveTransportProvider with io.github.pvetasks.transport.vertx.VertxPveTransportProvider");
        }
    }

    @Test
    void noPackageIsSplitAcrossTheModules() throws Exception {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<String> split = new ArrayList<>();
        for (Path jar : modulePath()) {
            if (!jar.getFileName().toString().startsWith("pve-tasks-")) {
                continue;
            }
            try (java.util.jar.JarFile f = new java.util.jar.JarFile(jar.toFile())) {
                f.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF") && n.contains("/"))
                        .map(n -> n.substring(0, n.lastIndexOf('/'))).distinct().forEach(pkg -> {
                            String before = owner.putIfAbsent(pkg, jar.getFileName().toString());
                            if (before != null && !before.equals(jar.getFileName().toString())) {
                                split.add(pkg + " in " + before + " and " + jar.getFileName());
                            }
                        });
            }
        }
        assertThat(split).isEmpty();
        assertThat(Optional.ofNullable(owner.get("io/github/pvetasks/core/requests"))).hasValueSatisfying(v -> assertThat(v).startsWith("pve-tasks-core-"));
    }
}
